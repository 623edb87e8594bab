import Dexie from 'dexie';
import type { InsynDatabase } from '../database';
import type { ChecklistKind, ChecklistRecord, PupilRecord } from '../records';
import { addDays, endOfWeek } from '../../domain/dates';
import { clampPage, slicePage, type PageRequest, type PageResult } from './page';
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

/**
 * The checklist, soonest due first, one page at a time.
 * - When the whole checklist is already in memory (see snapshot.ts): filtered there, whatever the filter.
 * - Only a due bucket (or nothing): the page is read straight off the `due` index.
 * - A pupil: their items by the `pupilId` index.
 * - Open items (the usual view): the in-memory copy of the open items, read by the `status` index.
 * - A group: its pupils' items by the `pupilId` index.
 * - Otherwise: the in-memory copy of the whole checklist.
 * The other conditions are checked in memory on the rows read.
 */
export async function listChecklist(
  db: InsynDatabase,
  filter: ChecklistFilter,
  page: PageRequest,
  today: string,
): Promise<PageResult<ChecklistRow>> {
  const range = filter.due ? dueRange(filter.due, today) : {};
  const byDue = () => db.checklist.where('due').between(range.from ?? Dexie.minKey, range.to ?? Dexie.maxKey, true, true);
  const status = filter.due === 'overdue' ? 'open' : filter.status;
  if (filter.due === 'overdue' && filter.status === 'done') return { rows: [], total: 0, offset: 0 };

  const onlyDue = !filter.group && !filter.subject && !filter.kind && !status && !filter.pupilId && !isSearch(filter.text);
  const inMemory = hasSnapshot(db, 'checklist');
  if (onlyDue && !inMemory) {
    const { offset, limit } = clampPage(page);
    // A whole-table count is kept by IndexedDB; a range count walks the range.
    const count = filter.due ? byDue().count() : db.checklist.count();
    const [total, rows] = await Promise.all([count, byDue().offset(offset).limit(limit).toArray()]);
    return { rows: await withPupils(db, rows), total, offset };
  }

  const groupIds = filter.group ? await pupilIdsInGroup(db, filter.group) : undefined;
  const inGroup = groupIds ? new Set(groupIds) : undefined;
  const subject = filter.subject ? foldText(filter.subject) : undefined;
  const named = isSearch(filter.text) ? await pupilIdsMatching(db, filter.text) : undefined;
  const keep = (item: ChecklistRecord) =>
    (!filter.pupilId || item.pupilId === filter.pupilId) &&
    (!inGroup || inGroup.has(item.pupilId)) &&
    (!status || item.status === status) &&
    (!filter.kind || item.kind === filter.kind) &&
    (!range.from || item.due >= range.from) &&
    (!range.to || item.due <= range.to) &&
    (!subject || foldText(item.subject ?? '') === subject) &&
    (!named || named.has(item.pupilId));

  let rows: ChecklistRecord[];
  if (inMemory) rows = (await snapshot(db, 'checklist')).filter(keep);
  else if (filter.pupilId) rows = (await db.checklist.where('pupilId').equals(filter.pupilId).toArray()).filter(keep).sort(soonestFirst);
  // Open items are the usual view and a small part of a long-used checklist: kept in memory on their own.
  else if (status === 'open') rows = (await snapshot(db, 'checklist', { index: 'status', value: 'open' })).filter(keep);
  else if (groupIds) rows = (await db.checklist.where('pupilId').anyOf(groupIds).toArray()).filter(keep).sort(soonestFirst);
  else rows = (await snapshot(db, 'checklist')).filter(keep);
  const result = slicePage(rows, page);
  return { ...result, rows: await withPupils(db, result.rows) };
}

async function withPupils(db: InsynDatabase, rows: ChecklistRecord[]): Promise<ChecklistRow[]> {
  const pupils = await pupilsById(
    db,
    rows.map((r) => r.pupilId),
  );
  return rows.map((r) => ({ ...r, pupil: pupils.get(r.pupilId) }));
}
