/** The documents Insyn follows on InfoMentor's pages: written assessments, IUPs and decisions. */
export const DOCUMENT_TYPES = ['written-assessment', 'iup', 'action-programme', 'no-action-programme', 'adapted-study-plan'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** Decisions are sent home with their appeal instructions (the decision-sent-home checklist rule). */
export const DECISION_TYPES: readonly DocumentType[] = ['action-programme', 'no-action-programme', 'adapted-study-plan'];
