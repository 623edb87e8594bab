/** The documents Insyn follows on InfoMentor's pages: written assessments, IUPs and decisions. */
export const DOCUMENT_TYPES = [
  'written-assessment',
  'iup',
  'action-programme',
  'no-action-programme',
  'adapted-study-plan',
  'other-decision',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/**
 * Decisions are sent home with their appeal instructions (the decision-sent-home checklist rule, and the
 * support chain's decision-appeal rule). `other-decision` is any other appealable decision, such as a
 * placement in a special teaching group; pages never show it, a teacher notes it in the support chain.
 */
export const DECISION_TYPES = [
  'action-programme',
  'no-action-programme',
  'adapted-study-plan',
  'other-decision',
] as const satisfies readonly DocumentType[];
export type DecisionType = (typeof DECISION_TYPES)[number];

export function isDecision(type: DocumentType): type is DecisionType {
  return (DECISION_TYPES as readonly DocumentType[]).includes(type);
}
