import type { InsynDatabase } from '../db/database';
import type { ReferralRecord } from '../db/records';
import type { Settings } from '../settings/schema';

/**
 * Retention (docs/privacy.md, *Retention*: 13 months by default): what is finished is deleted
 * a chosen number of months after it was last touched — and never without notice.
 *
 * The notice rule is stateless so it cannot drift: an item is *listed* (shown in the dashboard's privacy
 * section as "will be deleted") from the day it reaches the retention age, and the daily purge deletes it
 * only once it has been listed for NOTICE_DAYS. Nothing is deleted that was not listed for a week first.
 * A row that came from a file (an import or a restore) is listed no earlier than the moment it arrived
 * (the `arrivals` table): a 14-month-old backup's rows get their week of notice after the restore.
 */
export const NOTICE_DAYS = 7;
const DAY = 24 * 60 * 60 * 1000;

export const PURGE_TABLES = [
  'checklist',
  'contacts',
  'risks',
  'documents',
  'adaptations',
  'referrals',
  'visits',
  'events',
  'pupils',
] as const;
export type PurgeTable = (typeof PURGE_TABLES)[number];

export interface PurgeItem {
  table: PurgeTable;
  id: string | number;
  pupilId?: string;
  /** When it was closed or last touched: the retention period counts from here. */
  since: number;
  /** When the daily purge deletes it (listed since `since` + retention; deleted NOTICE_DAYS later). */
  deleteOn: number;
}

export interface PurgePlan {
  now: number;
  retentionMonths: number;
  items: PurgeItem[];
}

/** `at` moved by whole calendar months, the day clamped to the month's length (31 Mar − 1 month = 28/29 Feb). */
export function addMonths(at: number, months: number): number {
  const date = new Date(at);
  const day = date.getDate();
  date.setDate(1);
  date.setMonth(date.getMonth() + months);
  const lastDay = new Date(date.getFullYear(), date.getMonth() + 1, 0).getDate();
  date.setDate(Math.min(day, lastDay));
  return date.getTime();
}

/** Local midnight after an ISO date: a follow-up due that day keeps its contact until the day is over. */
function endOfIsoDate(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y!, m! - 1, d! + 1).getTime();
}

/**
 * Everything that has reached the retention age at `now`, with the day each will be deleted:
 * - checklist items done (closed) that long ago; open items are duties still owed and stay;
 * - contacts last updated that long ago, and whose follow-up date (if any) is that long past;
 * - risks no longer open (contacted, resolved, dismissed) and not seen on a page for that long;
 *   an open risk is an unanswered duty and stays until the teacher decides;
 * - documents (publish states seen on pages) and page visits not seen for that long;
 * - extra anpassningar evaluated as enough or not enough, and anmälningar whose decision reached home with
 *   its appeal instructions (an åtgärdsprogram once its follow-up ended it), last changed that long ago;
 *   a step still owed stays;
 * - events (the history of who did what) that old;
 * - pupils not seen for that long with nothing left about them once the above is gone.
 */
export async function planPurge(db: InsynDatabase, now: number, settings: Pick<Settings, 'retentionMonths'>): Promise<PurgePlan> {
  const months = settings.retentionMonths;
  const arrived = new Map<string, number>();
  const item = (table: PurgeTable, id: string | number, since: number, pupilId?: string): PurgeItem | undefined => {
    const listedOn = Math.max(addMonths(since, months), arrived.get(purgeKey({ table, id })) ?? 0);
    if (listedOn > now) return undefined;
    return { table, id, since, deleteOn: listedOn + NOTICE_DAYS * DAY, ...(pupilId !== undefined ? { pupilId } : {}) };
  };
  // Nothing touched after this can have reached the retention age (a month is at least 28 days; a day
  // more for clock changes), so the `at` and `lastSeen` indexes narrow the largest tables to old rows.
  const bound = now - (months * 28 - 1) * DAY;
  return db.transaction('r', [...Object.values(purgeTables(db)), db.arrivals], async () => {
    for (const a of await db.arrivals.toArray()) arrived.set(purgeKey({ table: a.table as PurgeTable, id: a.id }), a.at);
    // Whole-table and key-range reads only (IndexedDB getAll): cursors cost a round trip per row. The
    // tables that refer to pupils are read whole, because a pupil stays while any row about them stays.
    const [checklist, contacts, risks, documents, adaptations, referrals, visits, events, oldPupils] = await Promise.all([
      db.checklist.toArray(),
      db.contacts.toArray(),
      db.risks.toArray(),
      db.documents.toArray(),
      db.adaptations.toArray(),
      db.referrals.toArray(),
      db.visits.where('at').belowOrEqual(bound).toArray(),
      db.events.where('at').belowOrEqual(bound).toArray(),
      db.pupils.where('lastSeen').belowOrEqual(bound).toArray(),
    ]);
    const items: PurgeItem[] = [];
    const keep = new Set<string>();
    const latestDeletion = new Map<string, number>();
    const consider = (pupilId: string, candidate: PurgeItem | undefined) => {
      if (!candidate) return keep.add(pupilId);
      items.push(candidate);
      latestDeletion.set(pupilId, Math.max(latestDeletion.get(pupilId) ?? 0, candidate.deleteOn));
    };

    for (const c of checklist) consider(c.pupilId, c.status === 'done' ? item('checklist', c.id, c.closedAt ?? 0, c.pupilId) : undefined);
    for (const c of contacts)
      consider(c.pupilId, item('contacts', c.id, c.followUp ? Math.max(c.updated, endOfIsoDate(c.followUp)) : c.updated, c.pupilId));
    for (const r of risks) consider(r.pupilId, r.status === 'open' ? undefined : item('risks', r.id, r.lastSeen, r.pupilId));
    for (const d of documents) consider(d.pupilId, item('documents', d.id, d.lastSeen, d.pupilId));
    for (const a of adaptations)
      consider(
        a.pupilId,
        a.evaluation === 'enough' || a.evaluation === 'not-enough' ? item('adaptations', a.id, a.updated, a.pupilId) : undefined,
      );
    for (const r of referrals) consider(r.pupilId, referralFinished(r) ? item('referrals', r.id, r.updated, r.pupilId) : undefined);
    for (const row of [...visits.map((v) => ['visits', v] as const), ...events.map((e) => ['events', e] as const)]) {
      const candidate = row[1].id !== undefined ? item(row[0], row[1].id, row[1].at) : undefined;
      if (candidate) items.push(candidate);
    }
    for (const p of oldPupils) {
      const own = keep.has(p.id) ? undefined : item('pupils', p.id, p.lastSeen, p.id);
      if (own) items.push({ ...own, deleteOn: Math.max(own.deleteOn, latestDeletion.get(p.id) ?? 0) });
    }
    return { now, retentionMonths: months, items };
  });
}

function referralFinished(r: ReferralRecord): boolean {
  const home = r.decision !== undefined && r.appealInstructions === true && r.receivedOn !== undefined;
  return home && (r.decision !== 'action-programme' || r.followUpOutcome === 'end');
}

/** The part of a plan the daily purge may delete now: items listed for at least NOTICE_DAYS. */
export function duePart(plan: PurgePlan): PurgePlan {
  return { ...plan, items: plan.items.filter((i) => i.deleteOn <= plan.now) };
}

/** The tables retention reads and the purge (utils/store/purge.ts) deletes from. */
export const purgeTables = (db: InsynDatabase) => ({
  checklist: db.checklist,
  contacts: db.contacts,
  risks: db.risks,
  documents: db.documents,
  adaptations: db.adaptations,
  referrals: db.referrals,
  visits: db.visits,
  events: db.events,
  pupils: db.pupils,
});

/** One key for an item of a table, for sets and maps of items. */
export const purgeKey = (i: Pick<PurgeItem, 'table' | 'id'>) => `${i.table}\u0000${i.id}`;
