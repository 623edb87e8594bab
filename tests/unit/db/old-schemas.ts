import type Dexie from 'dexie';
import { sampleTables } from '../export/sample-data';

/**
 * The stores of each schema version an installed Insyn may have left on a teacher's computer. Frozen
 * copies on purpose: the migrations are tested on what was, not on what database.ts says today.
 */
export const V1_STORES = {
  visits: '++id, at, url',
  pupils: 'id, group, lastSeen',
  risks: 'id, pupilId, status, subject, term, firstSeen',
  documents: 'id, pupilId, type, term',
  contacts: 'id, pupilId, at, followUp',
  checklist: 'id, pupilId, kind, status, due, term',
  templates: 'id',
  recipes: 'id',
  settings: 'key',
  events: '++id, at',
};

export const V2_STORES = { ...V1_STORES, schoolExports: 'id, teacher, school, exportedAt' };
export const V3_STORES = { ...V2_STORES, checklist: 'id, pupilId, kind, status, due, term, [status+due]' };
/** Version 4 changed no store (an upgrade function only). */
export const V4_STORES = V3_STORES;
export const V6_STORES = { ...V4_STORES, adaptations: 'id, pupilId, evaluationDue', referrals: 'id, pupilId, madeOn' };
export const V7_STORES = {
  ...V6_STORES,
  checklist: 'id, pupilId, kind, status, due, term, [status+due], [kind+due]',
  contacts: 'id, pupilId, at, followUp, [channel+at], [outcome+at]',
  risks: 'id, pupilId, status, subject, term, firstSeen, [status+firstSeen]',
};
/** Version 8 added when imported rows arrived. */
export const V8_STORES = { ...V7_STORES, arrivals: '[table+id], at' };

/** What a database of a version before 6 could hold: everything but the support chain. */
export const beforeSupport = () => ({ ...sampleTables(), adaptations: [], referrals: [] });
export const writeRows = async (db: Dexie, tables: ReturnType<typeof sampleTables>) => {
  for (const [table, rows] of Object.entries(tables)) if (rows.length) await db.table(table).bulkPut(rows as object[]);
};

/** Each version a database may be found at before 8, with what it could hold: for upgrade tests. */
export const versionsBefore8 = (): [number, Record<string, string>, ReturnType<typeof sampleTables>][] => [
  [1, V1_STORES, beforeSupport()],
  [2, V2_STORES, beforeSupport()],
  [3, V3_STORES, beforeSupport()],
  [4, V4_STORES, beforeSupport()],
  [6, V6_STORES, sampleTables()],
  [7, V7_STORES, sampleTables()],
];
