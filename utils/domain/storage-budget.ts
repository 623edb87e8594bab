/**
 * How much page readings may store (issue 22). The page is untrusted: a reading at the protocol's
 * per-message bounds (20,000 pupils) is valid, yet no teacher's page shows that many pupils Insyn has
 * never seen, and three such readings would push a backup past what the import takes (50 MB). The
 * figures leave a whole school's year lists far inside: a class is about 30, a year of a large school
 * a few hundred.
 */
export const STORAGE_BUDGET = {
  /** New pupils (not stored before) one reading may add. */
  newPupilsPerReading: 1_000,
  /** New pupils one tab may add within an hour: a page inventing pupils on every change stops there. */
  newPupilsPerTabHour: 2_000,
  /**
   * Rows pages fill (pupils, risks, documents, checklist items) that the database may hold before
   * readings add no new pupils: some 20 MB of backup, well under the import's 50 MB.
   */
  storedRows: 100_000,
  /** From this share of `storedRows` on, the teacher is told the store is nearly full. */
  nearShare: 0.8,
} as const;
export type StorageBudget = { readonly [K in keyof typeof STORAGE_BUDGET]: number };

/** Which budget stopped a reading. */
export const BUDGET_KINDS = ['reading', 'tab-hour', 'stored'] as const;
export type BudgetKind = (typeof BUDGET_KINDS)[number];

/** How full the store is, for the popup's and the overview's notice. */
export type StorageState = 'ok' | 'near' | 'full';

export function storageState(rows: number, budget: StorageBudget = STORAGE_BUDGET): StorageState {
  if (rows >= budget.storedRows) return 'full';
  return rows >= budget.storedRows * budget.nearShare ? 'near' : 'ok';
}
