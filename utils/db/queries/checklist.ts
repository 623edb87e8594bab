import Dexie from 'dexie';
import type { InsynDatabase } from '../database';
import type { ChecklistKind, ChecklistRecord, PupilRecord } from '../records';
import { addDays, endOfWeek } from './dates';
import { narrowest } from './narrowest';
import { clampPage, slicePage, type PageRequest, type PageResult } from './page';
import { pupilIdsInGroup, pupilNames, pupilsById } from './pupils';
import { foldText, matchesQuery } from './text';

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

/**
 * The checklist, soonest due first, one page at a time. Every filter that maps to an index (pupil,
 * group, status, kind, due) offers a candidate range; the smallest one is read and the others are
 * checked in memory. With no filter but a due bucket, the page is read straight off the `due` index.
 */
export async function listChecklist(db: InsynDatabase, filter: ChecklistFilter, page: PageRequest, today: string): Promise<PageResult<ChecklistRow>> {
  const range = filter.due ? dueRange(filter.due, today) : {};
  const byDue = () => db.checklist.where('due').between(range.from ?? Dexie.minKey, range.to ?? Dexie.maxKey, true, true);
  const status = filter.due === 'overdue' ? 'open' : filter.status;
  if (filter.due === 'overdue' && filter.status === 'done') return { rows: [], total: 0, offset: 0 };

  const onlyDue = !filter.group && !filter.subject && !filter.kind && !status && !filter.pupilId && !matchesQuery(filter.text ?? '');
  if (onlyDue) {
    const { offset, limit } = clampPage(page);
    const [total, rows] = await Promise.all([byDue().count(), byDue().offset(offset).limit(limit).toArray()]);
    return { rows: await withPupils(db, rows), total, offset };
  }

  const candidates = [byDue];
  let groupIds: Set<string> | undefined;
  if (filter.pupilId) candidates.push(() => db.checklist.where('pupilId').equals(filter.pupilId!));
  if (filter.group) {
    const ids = await pupilIdsInGroup(db, filter.group);
    groupIds = new Set(ids);
    candidates.push(() => db.checklist.where('pupilId').anyOf(ids));
  }
  if (status) candidates.push(() => db.checklist.where('status').equals(status));
  if (filter.kind) candidates.push(() => db.checklist.where('kind').equals(filter.kind!));
  const { open } = await narrowest(candidates);

  const subject = filter.subject ? foldText(filter.subject) : undefined;
  const matches = filter.text ? matchesQuery(filter.text) : undefined;
  const names = matches ? await pupilNames(db) : undefined;
  const rows = (await open().toArray()).filter(
    (item) =>
      (!filter.pupilId || item.pupilId === filter.pupilId) &&
      (!groupIds || groupIds.has(item.pupilId)) &&
      (!status || item.status === status) &&
      (!filter.kind || item.kind === filter.kind) &&
      (!range.from || item.due >= range.from) &&
      (!range.to || item.due <= range.to) &&
      (!subject || foldText(item.subject ?? '') === subject) &&
      (!matches || matches(names!.get(item.pupilId) ?? '')),
  );
  rows.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.id.localeCompare(b.id)));
  const result = slicePage(rows, page);
  return { ...result, rows: await withPupils(db, result.rows) };
}

async function withPupils(db: InsynDatabase, rows: ChecklistRecord[]): Promise<ChecklistRow[]> {
  const pupils = await pupilsById(db, rows.map((r) => r.pupilId));
  return rows.map((r) => ({ ...r, pupil: pupils.get(r.pupilId) }));
}
