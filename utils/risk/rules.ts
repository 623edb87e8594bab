import { z } from 'zod';
import { DEFAULT_RISK_RULES, type RiskRules } from '../domain/risk-rules';

/** The risk rules as stored in settings. Only extension pages and the background import this (it needs zod). */
export const RiskRulesSchema = z.object({
  levelNotReached: z.boolean().default(DEFAULT_RISK_RULES.levelNotReached),
  gradeF: z.boolean().default(DEFAULT_RISK_RULES.gradeF),
  gradeDash: z.boolean().default(DEFAULT_RISK_RULES.gradeDash),
  commentPhrases: z.boolean().default(DEFAULT_RISK_RULES.commentPhrases),
  fInFinishedSubject: z.boolean().default(DEFAULT_RISK_RULES.fInFinishedSubject),
}) satisfies z.ZodType<RiskRules>;

export { DEFAULT_RISK_RULES, type RiskRules };
