/**
 * One page of a list. The dashboard renders at most MAX_PAGE_SIZE rows at a time so that a teacher with
 * 20,000 contacts gets the same quick page as one with twenty.
 */
export const MAX_PAGE_SIZE = 100;

export interface PageRequest {
  offset: number;
  limit: number;
}

export interface PageResult<T> {
  rows: T[];
  /** All rows that match the filter, not just this page. */
  total: number;
  offset: number;
}

export const FIRST_PAGE: PageRequest = { offset: 0, limit: MAX_PAGE_SIZE };

/** Keeps a requested page within bounds: no negative offset, 1–MAX_PAGE_SIZE rows. */
export function clampPage(page: PageRequest): PageRequest {
  const limit = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(page.limit) || MAX_PAGE_SIZE));
  return { offset: Math.max(0, Math.floor(page.offset) || 0), limit };
}

/** Sorts and slices rows already narrowed by an index; used where a residual predicate ruled out native counts. */
export function slicePage<T>(rows: T[], page: PageRequest): PageResult<T> {
  const { offset, limit } = clampPage(page);
  return { rows: rows.slice(offset, offset + limit), total: rows.length, offset };
}
