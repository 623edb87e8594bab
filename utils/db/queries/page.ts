import type { Collection } from 'dexie';

/**
 * One page of a list. The dashboard renders at most MAX_PAGE_SIZE rows at a time so that a teacher with
 * 20,000 contacts gets the same quick page as one with twenty.
 */
export const MAX_PAGE_SIZE = 100;

/**
 * How far a list counts its matches before it says "fler än": IndexedDB counts row by row (a count of
 * 50,000 items costs more than reading a page of them), and no teacher pages to row 5,000 anyway.
 */
export const COUNT_CAP = 500;

export interface PageRequest {
  offset: number;
  limit: number;
}

export interface PageResult<T> {
  rows: T[];
  /** All rows that match the filter, not just this page; with `more`, a lower bound. */
  total: number;
  /** True when more than `total` rows match: counting stopped early ("fler än {total}"). */
  more?: true;
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

/**
 * How many rows a collection holds, counted to COUNT_CAP or past the page asked for, whichever is
 * further: the keys alone are read, in one request, and never more than that many.
 */
export async function countUpTo(collection: Collection, page: PageRequest): Promise<{ total: number; more?: true }> {
  const { offset, limit } = clampPage(page);
  const cap = Math.max(COUNT_CAP, offset + limit);
  const keys = await collection.limit(cap + 1).primaryKeys();
  return keys.length > cap ? { total: cap, more: true } : { total: keys.length };
}

/**
 * A page from rows found in order by a scan that stops once the page is full and one row more is seen
 * (`complete` when the scan reached the end): the total is then a lower bound.
 */
export function foundPage<T>(found: T[], complete: boolean, page: PageRequest): PageResult<T> {
  const { offset, limit } = clampPage(page);
  const rows = found.slice(offset, offset + limit);
  if (complete) return { rows, total: found.length, offset };
  return { rows, total: offset + limit, more: true, offset };
}
