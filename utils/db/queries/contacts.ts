import Dexie from 'dexie';
import type { InsynDatabase } from '../database';
import type { ContactChannel, ContactOutcome, ContactRecord, PupilRecord } from '../records';
import { endOfDay, startOfDay } from './dates';
import { clampPage, slicePage, type PageRequest, type PageResult } from './page';
import { foldedPupilNames, pupilsById } from './pupils';
import { hasSnapshot, snapshot } from './snapshot';
import { foldText, isSearch, searchWords } from './text';

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

const newestFirst = (a: ContactRecord, b: ContactRecord) => b.at - a.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The contact log, newest first, one page at a time.
 * - Only dates (or nothing): the page is read straight off the `at` index, the total counted natively.
 * - One pupil: that pupil's contacts, by the `pupilId` index (a handful of rows).
 * - A date span with other filters: the span is read by the index and the rest checked in memory.
 * - Otherwise (channel, outcome, words): the in-memory copy of the log (see snapshot.ts).
 */
export async function listContacts(db: InsynDatabase, filter: ContactFilter, page: PageRequest): Promise<PageResult<ContactRow>> {
  const from = filter.from ? startOfDay(filter.from) : undefined;
  const to = filter.to ? endOfDay(filter.to) : undefined;
  const byDate = () => db.contacts.where('at').between(from ?? Dexie.minKey, to ?? Dexie.maxKey, true, false);
  const residual = await residualPredicate(db, filter, from, to);

  if (!residual && !filter.pupilId) {
    const { offset, limit } = clampPage(page);
    // A whole-table count is kept by IndexedDB; a range count walks the range.
    const count = from === undefined && to === undefined ? db.contacts.count() : byDate().count();
    const [total, rows] = await Promise.all([count, byDate().reverse().offset(offset).limit(limit).toArray()]);
    return { rows: await withPupils(db, rows), total, offset };
  }

  const keep = (c: ContactRecord) => (!filter.pupilId || c.pupilId === filter.pupilId) && (!residual || residual(c));
  let rows: ContactRecord[];
  if (filter.pupilId && !hasSnapshot(db, 'contacts')) {
    rows = (await db.contacts.where('pupilId').equals(filter.pupilId).toArray()).filter(keep).sort(newestFirst);
  } else if ((from !== undefined || to !== undefined) && !hasSnapshot(db, 'contacts')) {
    rows = (await byDate().toArray()).filter(keep).sort(newestFirst);
  } else {
    rows = (await snapshot(db, 'contacts', newestFirst)).filter(keep);
  }
  const result = slicePage(rows, page);
  return { ...result, rows: await withPupils(db, result.rows) };
}

/** Everything the indexes cannot answer, as one predicate; undefined when nothing is left to check. */
async function residualPredicate(db: InsynDatabase, filter: ContactFilter, from?: number, to?: number): Promise<((c: ContactRecord) => boolean) | undefined> {
  const checks: Array<(c: ContactRecord) => boolean> = [];
  if (filter.channel) checks.push((c) => c.channel === filter.channel);
  if (filter.outcome) checks.push((c) => c.outcome === filter.outcome);
  if (isSearch(filter.text)) {
    const words = searchWords(filter.text);
    const names = await foldedPupilNames(db);
    checks.push((c) => {
      const text = `${names.get(c.pupilId) ?? ''} ${foldedText(c)}`;
      return words.every((w) => text.includes(w));
    });
  }
  if (checks.length === 0 && !filter.pupilId) return undefined;
  if (from !== undefined) checks.push((c) => c.at >= from);
  if (to !== undefined) checks.push((c) => c.at < to);
  return (c) => checks.every((check) => check(c));
}

/** A contact's own searchable text, folded once per stored row (rows of the in-memory copy are reused). */
const folded = new WeakMap<ContactRecord, string>();
function foldedText(contact: ContactRecord): string {
  let text = folded.get(contact);
  if (text === undefined) folded.set(contact, (text = foldText(`${contact.withWhom} ${contact.summary} ${contact.subjects.join(' ')}`)));
  return text;
}

async function withPupils(db: InsynDatabase, rows: ContactRecord[]): Promise<ContactRow[]> {
  const pupils = await pupilsById(db, rows.map((r) => r.pupilId));
  return rows.map((r) => ({ ...r, pupil: pupils.get(r.pupilId) }));
}
