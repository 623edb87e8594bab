import Dexie from 'dexie';
import type { InsynDatabase } from '../database';
import type { ContactChannel, ContactOutcome, ContactRecord, PupilRecord } from '../records';
import { endOfDay, startOfDay } from '../../domain/dates';
import { clampPage, slicePage, type PageRequest, type PageResult } from './page';
import { foldedPupilNames, pupilsById } from './pupils';
import { hasSnapshot, ORDER, snapshot } from './snapshot';
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

const newestFirst = ORDER.contacts;

/**
 * The contact log, newest first, one page at a time.
 * - When the whole log is already in memory (see snapshot.ts): filtered there, whatever the filter.
 * - Only dates (or nothing): the page is read straight off the `at` index, the total counted natively.
 * - One pupil: that pupil's contacts, by the `pupilId` index (a handful of rows).
 * - A date span with other filters: the span is read by the index and the rest checked in memory.
 * - Otherwise (channel, outcome, words): the in-memory copy of the log (see snapshot.ts).
 */
export async function listContacts(db: InsynDatabase, filter: ContactFilter, page: PageRequest): Promise<PageResult<ContactRow>> {
  const from = filter.from ? startOfDay(filter.from) : undefined;
  const to = filter.to ? endOfDay(filter.to) : undefined;
  const byDate = () => db.contacts.where('at').between(from ?? Dexie.minKey, to ?? Dexie.maxKey, true, false);
  const residual = await residualPredicate(db, filter);

  const inMemory = hasSnapshot(db, 'contacts');
  if (!residual && !filter.pupilId && !inMemory) {
    const { offset, limit } = clampPage(page);
    // A whole-table count is kept by IndexedDB; a range count walks the range.
    const count = from === undefined && to === undefined ? db.contacts.count() : byDate().count();
    const [total, rows] = await Promise.all([count, byDate().reverse().offset(offset).limit(limit).toArray()]);
    return { rows: await withPupils(db, rows), total, offset };
  }

  const keep = (c: ContactRecord) =>
    (!filter.pupilId || c.pupilId === filter.pupilId) &&
    (from === undefined || c.at >= from) &&
    (to === undefined || c.at < to) &&
    (!residual || residual(c));
  let rows: ContactRecord[];
  if (filter.pupilId && !inMemory) {
    rows = (await db.contacts.where('pupilId').equals(filter.pupilId).toArray()).filter(keep).sort(newestFirst);
  } else if ((from !== undefined || to !== undefined) && !inMemory) {
    rows = (await byDate().toArray()).filter(keep).sort(newestFirst);
  } else {
    rows = (await snapshot(db, 'contacts')).filter(keep);
  }
  const result = slicePage(rows, page);
  return { ...result, rows: await withPupils(db, result.rows) };
}

/** The conditions no index answers (channel, outcome, words), as one predicate; undefined when there are none. */
async function residualPredicate(db: InsynDatabase, filter: ContactFilter): Promise<((c: ContactRecord) => boolean) | undefined> {
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
  if (checks.length === 0) return undefined;
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
  const pupils = await pupilsById(
    db,
    rows.map((r) => r.pupilId),
  );
  return rows.map((r) => ({ ...r, pupil: pupils.get(r.pupilId) }));
}
