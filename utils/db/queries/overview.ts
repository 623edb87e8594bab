import Dexie from 'dexie';
import type { InsynDatabase } from '../database';
import { countUpTo } from './page';
import { withPupils, type ChecklistRow } from './checklist';
import { withContactPupils, type ContactRow } from './contacts';
import { addDays, endOfDay, startOfDay } from '../../domain/dates';
import { listRisks, type RiskRow } from './risks';
import type { StorageState } from '../../domain/storage-budget';

/** How many rows each list of the overview shows; the full lists are a click away. */
export const OVERVIEW_LIST = 10;
/** Follow-ups due within this many days count as due now. */
export const FOLLOW_UP_DAYS = 7;

export interface Overview {
  openRisks: { total: number; oldest: RiskRow[] };
  /** Counted to COUNT_CAP (page.ts): `more` when more are overdue. */
  overdue: { total: number; more?: true; soonest: ChecklistRow[] };
  /** Contacts logged between the term's first and last day, counted to COUNT_CAP; undefined when no term is current. */
  contactsThisTerm?: { total: number; more?: true };
  followUps: { total: number; soonest: ContactRow[] };
  /** How full the store of page readings is, when the caller counted it (utils/store/budgets.ts). */
  storage?: StorageState;
}

/**
 * What needs the teacher now: open risks (longest waiting first), overdue checklist items, contacts
 * this term, and follow-ups due from today to a week ahead. `term` is the current term's first and
 * last day as ISO dates.
 */
export async function overview(db: InsynDatabase, today: string, term?: { start: string; end: string }): Promise<Overview> {
  const first = { offset: 0, limit: OVERVIEW_LIST };
  const followUpsDue = () => db.contacts.where('followUp').between(today, addDays(today, FOLLOW_UP_DAYS), true, true);
  // Every list reads its pupils as soon as its own rows are in, not once all the lists are (one wait, not two).
  const [risks, overdue, contactsThisTerm, followUpTotal, followUpRows] = await Promise.all([
    listRisks(db, { status: 'open' }, first),
    overdueItems(db, today),
    term ? countUpTo(db.contacts.where('at').between(startOfDay(term.start), endOfDay(term.end), true, false), first) : undefined,
    followUpsDue().count(),
    followUpsDue()
      .limit(OVERVIEW_LIST)
      .toArray()
      .then((rows) => withContactPupils(db, rows)),
  ]);
  return {
    openRisks: { total: risks.total, oldest: risks.rows },
    overdue: { total: overdue.total, more: overdue.more, soonest: overdue.rows },
    contactsThisTerm,
    followUps: { total: followUpTotal, soonest: followUpRows },
  };
}

/** The overdue items, most overdue first, off the [status+due] index. */
async function overdueItems(db: InsynDatabase, today: string): Promise<{ total: number; more?: true; rows: ChecklistRow[] }> {
  const range = () => db.checklist.where('[status+due]').between(['open', Dexie.minKey], ['open', addDays(today, -1)], true, true);
  const [count, rows] = await Promise.all([
    countUpTo(range(), { offset: 0, limit: OVERVIEW_LIST }),
    range().limit(OVERVIEW_LIST).toArray(),
  ]);
  return { ...count, rows: await withPupils(db, rows) };
}
