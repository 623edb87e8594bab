/** Where a document stands as the page shows it. */
export const DOCUMENT_STATUSES = ['in-progress', 'complete'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];
