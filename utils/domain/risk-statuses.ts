/** Where a stored risk stands: open until a contact is logged, the page no longer shows it, or the teacher decides. */
export const RISK_STATUSES = ['open', 'contacted', 'resolved', 'dismissed'] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];
