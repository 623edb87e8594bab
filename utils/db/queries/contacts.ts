import Dexie from 'dexie';
import type { InsynDatabase } from '../database';
import type { ContactChannel, ContactOutcome, ContactRecord, PupilRecord } from '../records';
import { endOfDay, startOfDay } from './dates';
import { narrowest } from './narrowest';
import { clampPage, slicePage, type PageRequest, type PageResult } from './page';
import { pupilNames, pupilsById } from './pupils';
import { matchesQuery } from './text';

export interface ContactFilter {
  /** Words that must all appear in the pupil's name, with whom, the summary or the subjects. */
  text?: string;
  channel?: ContactChannel;
  outcome?: ContactOutcome;
  /** ISO dates, both inclusive. */
  from?: string;
  to?: string;
  pupilId?: string;
}

export interface ContactRow extends ContactRecord {
  pupil?: PupilRecord;
}

/**
 * The contact log, newest first, one page at a time. Without a channel, outcome or search the page is
 * read straight off the `at` index (native count, cursor skips to the offset); otherwise the narrowest
 * index range (date span or pupil) is read once and the rest is filtered in memory.
 */
export async function listContacts(db: InsynDatabase, filter: ContactFilter, page: PageRequest): Promise<PageResult<ContactRow>> {
  const from = filter.from ? startOfDay(filter.from) : -Infinity;
  const to = filter.to ? endOfDay(filter.to) : Infinity;
  const byDate = () => db.contacts.where('at').between(from === -Infinity ? Dexie.minKey : from, to === Infinity ? Dexie.maxKey : to, true, false);
  const residual = await residualPredicate(db, filter, from, to);

  if (!residual && !filter.pupilId) {
    const { offset, limit } = clampPage(page);
    const [total, rows] = await Promise.all([byDate().count(), byDate().reverse().offset(offset).limit(limit).toArray()]);
    return { rows: await withPupils(db, rows), total, offset };
  }

  const candidates = [byDate];
  if (filter.pupilId) candidates.push(() => db.contacts.where('pupilId').equals(filter.pupilId!));
  const { open } = await narrowest(candidates);
  const rows = (await open().toArray()).filter((c) => (residual ? residual(c) : true) && (!filter.pupilId || c.pupilId === filter.pupilId));
  rows.sort((a, b) => b.at - a.at || a.id.localeCompare(b.id));
  const result = slicePage(rows, page);
  return { ...result, rows: await withPupils(db, result.rows) };
}

/** Everything the indexes cannot answer, as one predicate; undefined when nothing is left to check. */
async function residualPredicate(db: InsynDatabase, filter: ContactFilter, from: number, to: number): Promise<((c: ContactRecord) => boolean) | undefined> {
  const checks: Array<(c: ContactRecord) => boolean> = [];
  if (filter.channel) checks.push((c) => c.channel === filter.channel);
  if (filter.outcome) checks.push((c) => c.outcome === filter.outcome);
  if (filter.pupilId && (from !== -Infinity || to !== Infinity)) checks.push((c) => c.at >= from && c.at < to);
  const matches = filter.text ? matchesQuery(filter.text) : undefined;
  if (matches) {
    const names = await pupilNames(db);
    checks.push((c) => matches(`${names.get(c.pupilId) ?? ''} ${c.withWhom} ${c.summary} ${c.subjects.join(' ')}`));
  }
  if (checks.length === 0) return undefined;
  return (c) => checks.every((check) => check(c));
}

async function withPupils(db: InsynDatabase, rows: ContactRecord[]): Promise<ContactRow[]> {
  const pupils = await pupilsById(db, rows.map((r) => r.pupilId));
  return rows.map((r) => ({ ...r, pupil: pupils.get(r.pupilId) }));
}
