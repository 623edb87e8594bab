/** A checklist item is open until done; `closedBy` says what closed it. */
export const CHECKLIST_STATUSES = ['open', 'done'] as const;
export type ChecklistStatus = (typeof CHECKLIST_STATUSES)[number];

export const CLOSED_BY = ['page', 'teacher', 'contact'] as const;
export type ClosedBy = (typeof CLOSED_BY)[number];
