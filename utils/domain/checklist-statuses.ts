/** A checklist item is open until done; `closedBy` says what closed it. */
export const CHECKLIST_STATUSES = ['open', 'done'] as const;
export type ChecklistStatus = (typeof CHECKLIST_STATUSES)[number];

/** `support`: noted in the support chain (an utredning started, a decision received with its appeal instructions). */
export const CLOSED_BY = ['page', 'teacher', 'contact', 'support'] as const;
export type ClosedBy = (typeof CLOSED_BY)[number];
