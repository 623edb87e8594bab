import Dexie from 'dexie';
import type { InsynDatabase } from '../database';
import type { ChecklistKind, ChecklistRecord, PupilRecord } from '../records';
import { addDays, endOfWeek } from '../../domain/dates';
import { clampPage, countUpTo, foundPage, slicePage, type PageRequest, type PageResult } from './page';
import { ascending, scan } from './scan';
import { pupilIdsInGroup, pupilIdsMatching, pupilsById } from './pupils';
import { hasSnapshot, ORDER, snapshot } from './snapshot';
import { foldText, isSearch } from './text';

/** When an item is due, relative to today: overdue means still open and past its date. */
export type DueBucket = 'overdue' | 'this-week' | 'later';
export const DUE_BUCKETS: readonly DueBucket[] = ['overdue', 'this-week', 'later'];

export interface ChecklistFilter {
  group?: string;
  /** Compared case- and accent-insensitively. */
  subject?: string;
  kind?: ChecklistKind;
  status?: ChecklistRecord['status'];
  due?: DueBucket;
  pupilId?: string;
  /** Words that must all appear in the pupil's name or group. */
  text?: string;
}

export interface ChecklistRow extends ChecklistRecord {
  pupil?: PupilRecord;
}

/** The ISO date range [from, to] of a due bucket, `to` undefined for open-ended. */
export function dueRange(bucket: DueBucket, today: string): { from?: string; to?: string } {
  const sunday = endOfWeek(today);
  if (bucket === 'overdue') return { to: addDays(today, -1) };
  if (bucket === 'this-week') return { from: today, to: sunday };
  return { from: addDays(sunday, 1) };
}

const soonestFirst = ORDER.checklist;

/** Up to this many pupils (a group, a name search) are read pupil by pupil, with an exact total. */
export const PUPIL_READS = 50;

/**
 * The checklist, soonest due first, one page at a time.
 * - When the whole checklist is already in memory (see snapshot.ts): filtered there, whatever the filter.
 * - A pupil, a group or a name search that finds few pupils: those pupils' items by the `pupilId` index.
 * - Otherwise the items are read in due order off the index that narrows most (`[status+due]`,
 *   `[kind+due]` or `due`): a page straight off it when nothing else is asked, with the total counted
 *   to COUNT_CAP (page.ts); with other conditions, batches checked in memory until the page is full,
 *   the total then a lower bound ("fler än").
 */
export async function listChecklist(
  db: InsynDatabase,
  filter: ChecklistFilter,
  page: PageRequest,
  today: string,
): Promise<PageResult<ChecklistRow>> {
  const range = filter.due ? dueRange(filter.due, today) : {};
  const status = filter.due === 'overdue' ? 'open' : filter.status;
  if (filter.due === 'overdue' && filter.status === 'done') return { rows: [], total: 0, offset: 0 };

  const groupIds = filter.group ? new Set(await pupilIdsInGroup(db, filter.group)) : undefined;
  const named = isSearch(filter.text) ? await pupilIdsMatching(db, filter.text) : undefined;
  const subject = filter.subject ? foldText(filter.subject) : undefined;
  const keep = (item: ChecklistRecord) =>
    (!filter.pupilId || item.pupilId === filter.pupilId) &&
    (!groupIds || groupIds.has(item.pupilId)) &&
    (!status || item.status === status) &&
    (!filter.kind || item.kind === filter.kind) &&
    (!range.from || item.due >= range.from) &&
    (!range.to || item.due <= range.to) &&
    (!subject || foldText(item.subject ?? '') === subject) &&
    (!named || named.has(item.pupilId));

  let result: PageResult<ChecklistRecord>;
  const pupilIds = filter.pupilId ? new Set([filter.pupilId]) : smallest(groupIds, named);
  if (hasSnapshot(db, 'checklist')) result = slicePage((await snapshot(db, 'checklist')).filter(keep), page);
  else if (pupilIds && pupilIds.size <= PUPIL_READS)
    result = slicePage((await itemsOf(db, pupilIds)).filter(keep).sort(soonestFirst), page);
  else result = await byDueIndex(db, { status, kind: filter.kind, ...range }, !!(groupIds || named || subject), keep, page);
  return { ...result, rows: await withPupils(db, result.rows) };
}

/** The smaller of two sets of pupils (either may be missing), or undefined when neither narrows. */
function smallest(a?: Set<string>, b?: Set<string>): Set<string> | undefined {
  if (!a || !b) return a ?? b;
  return a.size <= b.size ? a : b;
}

/** Each pupil's items in one bulk read of its own (an `anyOf` would walk a cursor a row at a time). */
async function itemsOf(db: InsynDatabase, pupilIds: Set<string>): Promise<ChecklistRecord[]> {
  const each = await Promise.all([...pupilIds].map((id) => db.checklist.where('pupilId').equals(id).toArray()));
  return each.flat();
}

interface Narrowed {
  status?: ChecklistRecord['status'];
  kind?: ChecklistKind;
  from?: string;
  to?: string;
}

/** The page off the index that narrows most; `residual` when `keep` checks more than that index does. */
async function byDueIndex(
  db: InsynDatabase,
  { status, kind, from, to }: Narrowed,
  residual: boolean,
  keep: (item: ChecklistRecord) => boolean,
  page: PageRequest,
): Promise<PageResult<ChecklistRecord>> {
  const first = from ?? Dexie.minKey;
  const last = to ?? Dexie.maxKey;
  const prefix = status ? ({ field: 'status', value: status } as const) : kind ? ({ field: 'kind', value: kind } as const) : undefined;
  const lower = prefix ? [prefix.value, first] : first;
  const upper = prefix ? [prefix.value, last] : last;
  const index = prefix ? `[${prefix.field}+due]` : 'due';
  const { offset, limit } = clampPage(page);
  if (!residual && !(status && kind)) {
    const range = () => db.checklist.where(index).between(lower, upper, true, true);
    const [count, rows] = await Promise.all([countUpTo(range(), page), range().offset(offset).limit(limit).toArray()]);
    return { rows, ...count, offset };
  }
  const keyOf = (item: ChecklistRecord) => (prefix ? [item[prefix.field], item.due] : item.due);
  const { found, complete } = await scan(ascending(db.checklist, index, lower, upper, keyOf), keep, offset + limit + 1);
  return foundPage(found, complete, page);
}

/** The rows with their pupils, for display. */
export async function withPupils(db: InsynDatabase, rows: ChecklistRecord[]): Promise<ChecklistRow[]> {
  const pupils = await pupilsById(
    db,
    rows.map((r) => r.pupilId),
  );
  return rows.map((r) => ({ ...r, pupil: pupils.get(r.pupilId) }));
}
