import Dexie from 'dexie';
import type { InsynDatabase } from '../database';
import type { ContactChannel, ContactOutcome, ContactRecord, PupilRecord } from '../records';
import { endOfDay, startOfDay } from '../../domain/dates';
import { clampPage, countUpTo, foundPage, slicePage, type PageRequest, type PageResult } from './page';
import { scan, timeSpans } from './scan';
import { foldedPupilNames, pupilsById } from './pupils';
import { hasSnapshot, ORDER, snapshot } from './snapshot';
import { contactText } from './contact-text';
import { isSearch, searchWords } from './text';

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

const newestFirst = ORDER.contacts;

/**
 * The contact log, newest first, one page at a time.
 * - When the whole log is already in memory (see snapshot.ts): filtered there, whatever the filter.
 * - One pupil: that pupil's contacts, by the `pupilId` index (a handful of rows).
 * - Nothing, dates, a channel or an outcome: the page is read straight off the `at`, `[channel+at]` or
 *   `[outcome+at]` index, the total counted to COUNT_CAP (page.ts).
 * - Otherwise (words, or a channel and an outcome): spans of time read newest first and checked in
 *   memory until the page is full (scan.ts), the total then a lower bound ("fler än").
 */
export async function listContacts(db: InsynDatabase, filter: ContactFilter, page: PageRequest): Promise<PageResult<ContactRow>> {
  const from = filter.from ? startOfDay(filter.from) : undefined;
  const to = filter.to ? endOfDay(filter.to) : undefined;
  const scanned = !filter.pupilId && (isSearch(filter.text) || Boolean(filter.channel && filter.outcome));
  // A scan's spans are bounded by the log's first and last moments, asked beside the pupils' names.
  const [residual, early] = await Promise.all([
    residualPredicate(db, filter),
    scanned && !hasSnapshot(db, 'contacts') ? logBounds(db) : undefined,
  ]);
  const keep = (c: ContactRecord) =>
    (!filter.pupilId || c.pupilId === filter.pupilId) &&
    (from === undefined || c.at >= from) &&
    (to === undefined || c.at < to) &&
    (!residual || residual(c));

  let result: PageResult<ContactRecord>;
  if (hasSnapshot(db, 'contacts')) result = slicePage((await snapshot(db, 'contacts')).filter(keep), page);
  else if (filter.pupilId)
    result = slicePage((await db.contacts.where('pupilId').equals(filter.pupilId).toArray()).filter(keep).sort(newestFirst), page);
  else if (!scanned) result = await byIndex(db, filter, from, to, page);
  else {
    const { offset, limit } = clampPage(page);
    const bounds = early ?? (await logBounds(db));
    const oldest = Math.max(from ?? -Infinity, bounds.first);
    const newest = Math.min(to ?? Infinity, bounds.last + 1);
    const { found, complete } = await scan(timeSpans(db.contacts, oldest, newest, newestFirst), keep, offset + limit + 1);
    result = foundPage(found, complete, page);
  }
  return { ...result, rows: await withContactPupils(db, result.rows) };
}

/** The first and last moments in the log (0 when it is empty): a span before or after them reads nothing. */
async function logBounds(db: InsynDatabase): Promise<{ first: number; last: number }> {
  const [first, last] = await Promise.all([db.contacts.orderBy('at').first(), db.contacts.orderBy('at').last()]);
  return { first: first?.at ?? 0, last: last?.at ?? 0 };
}

/** A page straight off the index in list order: by channel or outcome when one is asked, else by date. */
async function byIndex(db: InsynDatabase, filter: ContactFilter, from: number | undefined, to: number | undefined, page: PageRequest) {
  const { offset, limit } = clampPage(page);
  const first = from ?? Dexie.minKey;
  const last = to ?? Dexie.maxKey;
  const prefix = filter.channel ?? filter.outcome;
  const index = filter.channel ? '[channel+at]' : filter.outcome ? '[outcome+at]' : 'at';
  const range = () =>
    prefix === undefined
      ? db.contacts.where(index).between(first, last, true, false)
      : db.contacts.where(index).between([prefix, first], [prefix, last], true, false);
  const [count, rows] = await Promise.all([countUpTo(range(), page), range().reverse().offset(offset).limit(limit).toArray()]);
  return { rows, ...count, offset };
}

/** The conditions no index answers (channel, outcome, words), as one predicate; undefined when there are none. */
async function residualPredicate(db: InsynDatabase, filter: ContactFilter): Promise<((c: ContactRecord) => boolean) | undefined> {
  const checks: Array<(c: ContactRecord) => boolean> = [];
  if (filter.channel) checks.push((c) => c.channel === filter.channel);
  if (filter.outcome) checks.push((c) => c.outcome === filter.outcome);
  if (isSearch(filter.text)) {
    const words = searchWords(filter.text);
    const names = await foldedPupilNames(db);
    // A word has no space, so it is in the pupil's name and group or in the contact's text, never across both.
    checks.push((c) => {
      const name = names.get(c.pupilId) ?? '';
      const text = contactText(c);
      return words.every((w) => name.includes(w) || text.includes(w));
    });
  }
  if (checks.length === 0) return undefined;
  return (c) => checks.every((check) => check(c));
}

/** Contacts with their pupils, for a list that shows names: one bulk read of the pupils. */
export async function withContactPupils(db: InsynDatabase, rows: ContactRecord[]): Promise<ContactRow[]> {
  const pupils = await pupilsById(
    db,
    rows.map((r) => r.pupilId),
  );
  return rows.map((r) => ({ ...r, pupil: pupils.get(r.pupilId) }));
}
