/**
 * Which rules turn what a page shows into a risk. Kept free of zod so the content script can import the
 * defaults without bundling the schema library; the settings schema is utils/risk/rules.ts.
 */
export interface RiskRules {
  /** Ämnesomdöme "otillräckliga kunskaper" (Lgr22) or "ej uppnått" (Lgr11). */
  levelNotReached: boolean;
  /** Grade F. */
  gradeF: boolean;
  /** Grade "–": no basis for a grade. */
  gradeDash: boolean;
  /** A comment saying the pupil risks not reaching the requirements ("riskerar att inte nå", "F-varning"). */
  commentPhrases: boolean;
  /** 10 kap. 22 §: an F in a subject the page marks as finished; the teacher owes a written assessment (skriftlig bedömning). */
  fInFinishedSubject: boolean;
}

export const DEFAULT_RISK_RULES: Readonly<RiskRules> = Object.freeze({
  levelNotReached: true,
  gradeF: true,
  gradeDash: true,
  commentPhrases: true,
  fInFinishedSubject: true,
});
