import type { Table } from 'dexie';
import type { InsynDatabase } from '../db/database';
import { logEvent } from '../db/events';
import type { Settings } from '../settings/schema';
import { loadSettings } from '../settings/store';

/**
 * Retention (GLOSSARY "Data protection points", JOURNEYS default 13 months): what is finished is deleted
 * a chosen number of months after it was last touched — and never without notice.
 *
 * The notice rule is stateless so it cannot drift: an item is *listed* (shown in the dashboard's privacy
 * section as "will be deleted") from the day it reaches the retention age, and the daily purge deletes it
 * only once it has been listed for NOTICE_DAYS. Nothing is deleted that was not listed for a week first.
 */
export const NOTICE_DAYS = 7;
const DAY = 24 * 60 * 60 * 1000;
/** An open risk is an unanswered duty: only these are ever deleted. */
const CLOSED_RISK = ['contacted', 'resolved', 'dismissed'] as const;

export type PurgeTable = 'checklist' | 'contacts' | 'risks' | 'documents' | 'visits' | 'events' | 'pupils';

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
 * - events (the history of who did what) that old;
 * - pupils not seen for that long with nothing left about them once the above is gone.
 */
export async function planPurge(db: InsynDatabase, now: number, settings: Pick<Settings, 'retentionMonths'>): Promise<PurgePlan> {
  const months = settings.retentionMonths;
  const item = (table: PurgeTable, id: string | number, since: number, pupilId?: string): PurgeItem | undefined => {
    const listedOn = addMonths(since, months);
    if (listedOn > now) return undefined;
    return { table, id, since, deleteOn: listedOn + NOTICE_DAYS * DAY, ...(pupilId !== undefined ? { pupilId } : {}) };
  };
  // Nothing touched after this can have reached the retention age (a month is at least 28 days; a day
  // more for clock changes), so the indexes narrow each table to the old rows before `item` decides.
  const bound = now - (months * 28 - 1) * DAY;
  return db.transaction('r', Object.values(purgeTables(db)), async () => {
    // Plain key-range reads (getAll) and filtering here: a filtered cursor is far slower in IndexedDB.
    const [checklist, contacts, risks, documents, visits, events, oldPupils] = await Promise.all([
      db.checklist.where('status').equals('done').toArray((rows) => rows.filter((c) => (c.closedAt ?? 0) <= bound)),
      db.contacts.toArray((rows) => rows.filter((c) => c.updated <= bound)),
      Promise.all(CLOSED_RISK.map((status) => db.risks.where('status').equals(status).toArray())).then((rows) =>
        rows.flat().filter((r) => r.lastSeen <= bound),
      ),
      db.documents.toArray((rows) => rows.filter((d) => d.lastSeen <= bound)),
      db.visits.where('at').belowOrEqual(bound).toArray(),
      db.events.where('at').belowOrEqual(bound).toArray(),
      db.pupils.where('lastSeen').belowOrEqual(bound).toArray(),
    ]);
    const items: PurgeItem[] = [];
    const add = (candidate: PurgeItem | undefined) => candidate && items.push(candidate);
    for (const c of checklist) add(item('checklist', c.id, c.closedAt ?? 0, c.pupilId));
    for (const c of contacts) add(item('contacts', c.id, c.followUp ? Math.max(c.updated, endOfIsoDate(c.followUp)) : c.updated, c.pupilId));
    for (const r of risks) add(item('risks', r.id, r.lastSeen, r.pupilId));
    for (const d of documents) add(item('documents', d.id, d.lastSeen, d.pupilId));
    for (const v of visits) if (v.id !== undefined) add(item('visits', v.id, v.at));
    for (const e of events) if (e.id !== undefined) add(item('events', e.id, e.at));
    items.push(...(await orphanPupils(db, oldPupils.flatMap((p) => item('pupils', p.id, p.lastSeen, p.id) ?? []), items)));
    return { now, retentionMonths: months, items };
  });
}

/**
 * The pupils among `candidates` with nothing left once `listed` is deleted, each deleted with the last
 * of their rows. Only the candidates' rows are read, through the pupilId indexes.
 */
async function orphanPupils(db: InsynDatabase, candidates: PurgeItem[], listed: PurgeItem[]): Promise<PurgeItem[]> {
  if (candidates.length === 0) return [];
  const ids = candidates.map((c) => String(c.id));
  const listedKeys = new Set(listed.map(key));
  const keep = new Set<string>();
  const latestDeletion = new Map<string, number>();
  for (const i of listed) if (i.pupilId) latestDeletion.set(i.pupilId, Math.max(latestDeletion.get(i.pupilId) ?? 0, i.deleteOn));
  const referring = await Promise.all(
    (['checklist', 'contacts', 'risks', 'documents'] as const).map(async (table) => {
      const index = (purgeTables(db)[table] as Table<{ id: string; pupilId: string }, string>).where('pupilId');
      const rows = await Promise.all(ids.map((id) => index.equals(id).primaryKeys()));
      return rows.flatMap((keys, i) => keys.map((id) => ({ table, id, pupilId: ids[i]! })));
    }),
  );
  for (const row of referring.flat()) if (!listedKeys.has(key(row))) keep.add(row.pupilId);
  return candidates
    .filter((c) => !keep.has(String(c.id)))
    .map((c) => ({ ...c, deleteOn: Math.max(c.deleteOn, latestDeletion.get(String(c.id)) ?? 0) }));
}

/** The part of a plan the daily purge may delete now: items listed for at least NOTICE_DAYS. */
export function duePart(plan: PurgePlan): PurgePlan {
  return { ...plan, items: plan.items.filter((i) => i.deleteOn <= plan.now) };
}

/**
 * Deletes what the plan lists, in one transaction: all of it or nothing. The plan is checked again inside
 * the transaction, so an item touched after the plan was shown (a contact edited, a pupil seen again)
 * is kept. Returns the number of rows deleted per table.
 */
export async function purge(db: InsynDatabase, plan: PurgePlan): Promise<Partial<Record<PurgeTable, number>>> {
  return db.transaction('rw', Object.values(purgeTables(db)), async () => {
    const fresh = await planPurge(db, plan.now, plan);
    const stillDue = new Set(fresh.items.map(key));
    const deleted: Partial<Record<PurgeTable, number>> = {};
    const byTable = new Map<PurgeTable, (string | number)[]>();
    for (const i of plan.items) {
      if (!stillDue.has(key(i))) continue;
      const ids = byTable.get(i.table) ?? [];
      ids.push(i.id);
      byTable.set(i.table, ids);
    }
    for (const [table, ids] of byTable) {
      await (purgeTables(db)[table] as Table<unknown, string | number>).bulkDelete(ids);
      deleted[table] = ids.length;
    }
    if (byTable.size) await logEvent(db, 'privacy/purge', undefined, plan.now);
    return deleted;
  });
}

/** The daily alarm's retention run: deletes what has been listed for at least NOTICE_DAYS, nothing else. */
export async function runScheduledPurge(db: InsynDatabase, now: number): Promise<Partial<Record<PurgeTable, number>>> {
  return purge(db, duePart(await planPurge(db, now, await loadSettings(db))));
}

const purgeTables = (db: InsynDatabase) => ({
  checklist: db.checklist,
  contacts: db.contacts,
  risks: db.risks,
  documents: db.documents,
  visits: db.visits,
  events: db.events,
  pupils: db.pupils,
});

const key = (i: Pick<PurgeItem, 'table' | 'id'>) => `${i.table}\u0000${i.id}`;
