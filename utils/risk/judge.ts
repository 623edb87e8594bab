import type { AtRisk } from '../infomentor/analysis';
import { MAX_REASON_LENGTH, MAX_REASONS, MAX_ROWS } from '../infomentor/limits';
import { clip } from '../infomentor/normalise';
import type { Observation } from '../infomentor/reading';
import { findRiskPhrase } from '../infomentor/vocabulary';
import type { RiskRules } from '../domain/risk-rules';
import { REASONS } from './reasons';

type Source = AtRisk['source'];

/** The reasons one observation gives under the rules, each with the kind of evidence it rests on. */
const NONE: readonly [Source, string][] = Object.freeze([]);

function reasonsFor(observation: Observation, rules: RiskRules): readonly [Source, string][] {
  const { level, grade, comment } = observation;
  // Most pupils give no reason: answer them without allocating.
  if (level?.level !== 'insufficient' && grade !== 'F' && grade !== '–' && !comment) return NONE;
  const reasons: [Source, string][] = [];
  if (rules.levelNotReached && level?.level === 'insufficient') reasons.push(['assessment', REASONS.level(level)]);
  if (rules.gradeF && grade === 'F') reasons.push(['grade', REASONS.gradeF]);
  if (rules.gradeDash && grade === '–') reasons.push(['grade', REASONS.gradeDash]);
  if (rules.fInFinishedSubject && grade === 'F' && observation.finished) reasons.push(['grade', REASONS.fInFinishedSubject]);
  if (rules.commentPhrases && comment) {
    const excerpt = findRiskPhrase(comment);
    if (excerpt) reasons.push(['comment', REASONS.comment(excerpt)]);
  }
  return reasons;
}

/**
 * Step 3: one risk per pupil and subject, with every reason the page gives. A pupil not yet assessed
 * is no risk for that alone; risks come only from what a pupil's own row or block says.
 */
export function judge(observations: readonly Observation[], rules: RiskRules): AtRisk[] {
  const risks = new Map<string, AtRisk>();
  for (const observation of observations) {
    const reasons = reasonsFor(observation, rules);
    if (reasons.length === 0) continue;
    const { pupil, subject, term } = observation;
    const key = `${pupil.id === undefined ? `n:${pupil.name}` : `i:${pupil.id}`}\u0000${subject}`;
    let risk = risks.get(key);
    if (!risk) {
      if (risks.size >= MAX_ROWS) break;
      const [source] = reasons[0] as [Source, string];
      risk = { pupil: pupil.name, ...(pupil.id ? { pupilId: pupil.id } : {}), subject, ...(term ? { term } : {}), source, reasons: [] };
      risks.set(key, risk);
    }
    for (const [, reason] of reasons) {
      const text = clip(reason, MAX_REASON_LENGTH);
      if (risk.reasons.length < MAX_REASONS && !risk.reasons.includes(text)) risk.reasons.push(text);
    }
  }
  return [...risks.values()];
}
