/** What a teacher owes guardians, one checklist item each (utils/checklist/generate.ts). */
export const CHECKLIST_KINDS = ['guardian-contact', 'written-assessment', 'iup-published', 'iup-posted', 'decision-sent-home', 'progress-meeting'] as const;
export type ChecklistKind = (typeof CHECKLIST_KINDS)[number];
