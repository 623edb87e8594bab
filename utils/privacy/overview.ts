import type { InsynDatabase } from '../db/database';
import { matchesQuery } from '../db/queries/text';
import type { PupilRecord } from '../db/records';
import { loadSettings } from '../settings/store';
import { planPurge, type PurgePlan, type PurgeTable } from './retention';

/** What the dashboard's privacy section shows: what is stored and what retention will delete. */
export interface PrivacyOverview {
  /** Rows per table, for "what Insyn stores". */
  counts: Record<string, number>;
  plan: PurgePlan;
  /** The pupils the plan's rows concern, by id, to name them in the preview. */
  names: Map<string, string>;
}

export async function loadPrivacyOverview(db: InsynDatabase, now: number): Promise<PrivacyOverview> {
  const settings = await loadSettings(db);
  const [counts, plan] = await Promise.all([countStored(db), planPurge(db, now, settings)]);
  const ids = [...new Set(plan.items.flatMap((i) => (i.pupilId ? [i.pupilId] : [])))];
  const pupils = await db.pupils.bulkGet(ids);
  const names = new Map(pupils.filter((p): p is PupilRecord => p !== undefined).map((p) => [p.id, p.name]));
  return { counts, plan, names };
}

export async function countStored(db: InsynDatabase): Promise<Record<string, number>> {
  const counts = await Promise.all(db.tables.map(async (table) => [table.name, await table.count()] as const));
  return Object.fromEntries(counts);
}

/** The plan summed up per table, with the earliest day anything of that kind will be deleted. */
export function summarisePlan(plan: PurgePlan): { table: PurgeTable; count: number; firstDeletion: number }[] {
  const byTable = new Map<PurgeTable, { table: PurgeTable; count: number; firstDeletion: number }>();
  for (const item of plan.items) {
    const entry = byTable.get(item.table) ?? { table: item.table, count: 0, firstDeletion: item.deleteOn };
    entry.count += 1;
    entry.firstDeletion = Math.min(entry.firstDeletion, item.deleteOn);
    byTable.set(item.table, entry);
  }
  return [...byTable.values()];
}

/** Pupils whose name or group contains every word of the query (accents and case ignored), by name. */
export function findPupils(pupils: readonly PupilRecord[], query: string, limit = 20): PupilRecord[] {
  const matches = matchesQuery(query);
  if (!matches) return [];
  return pupils
    .filter((p) => matches(`${p.name} ${p.group ?? ''}`))
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'))
    .slice(0, limit);
}
