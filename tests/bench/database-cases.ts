import type { InsynDatabase } from '../../utils/db/database';
import { listChecklist } from '../../utils/db/queries/checklist';
import { listContacts } from '../../utils/db/queries/contacts';
import { overview } from '../../utils/db/queries/overview';
import { FIRST_PAGE } from '../../utils/db/queries/page';
import { snapshot } from '../../utils/db/queries/snapshot';
import { exportCsvFile } from '../../utils/export/actions';
import { seedData, SIZES, TODAY } from './seed-data';

/**
 * What the dashboard does with a full database, each as one timed case: the same code runs against
 * fake-indexeddb in Node and against Chromium's IndexedDB in the extension's own page.
 */
export interface DatabaseCase {
  name: string;
  kind: 'list' | 'export';
  /** The table whose in-memory copy the dashboard's section starts reading a second after it opens. */
  warms?: 'contacts' | 'checklist';
  run(db: InsynDatabase): Promise<unknown>;
}

export const LIST_BUDGET_MS = 50;
export const EXPORT_BUDGET_MS = 500;

const term = { start: '2026-01-07', end: '2026-06-12' };
const CSV_CHOICE = { pseudonymise: false, appVersion: 'bench', now: Date.parse(`${TODAY}T12:00:00Z`) };

export const DATABASE_CASES: DatabaseCase[] = [
  { name: 'overview (dashboard start)', kind: 'list', run: (db) => overview(db, TODAY, term) },
  { name: 'contacts: first page', kind: 'list', warms: 'contacts', run: (db) => listContacts(db, {}, FIRST_PAGE) },
  { name: 'contacts: filter channel', kind: 'list', warms: 'contacts', run: (db) => listContacts(db, { channel: 'telefon' }, FIRST_PAGE) },
  { name: 'contacts: search text', kind: 'list', warms: 'contacts', run: (db) => listContacts(db, { text: 'matematik berg' }, FIRST_PAGE) },
  {
    name: 'contacts: one month',
    kind: 'list',
    warms: 'contacts',
    run: (db) => listContacts(db, { from: '2026-02-01', to: '2026-02-28' }, FIRST_PAGE),
  },
  { name: 'checklist: first page', kind: 'list', warms: 'checklist', run: (db) => listChecklist(db, {}, FIRST_PAGE, TODAY) },
  { name: 'checklist: overdue', kind: 'list', warms: 'checklist', run: (db) => listChecklist(db, { due: 'overdue' }, FIRST_PAGE, TODAY) },
  {
    name: 'checklist: open, one group',
    kind: 'list',
    warms: 'checklist',
    run: (db) => listChecklist(db, { status: 'open', group: '5A' }, FIRST_PAGE, TODAY),
  },
  {
    name: 'checklist: filter kind',
    kind: 'list',
    warms: 'checklist',
    run: (db) => listChecklist(db, { kind: 'iup-posted' }, FIRST_PAGE, TODAY),
  },
  {
    name: 'checklist: search text',
    kind: 'list',
    warms: 'checklist',
    run: (db) => listChecklist(db, { text: 'öberg' }, FIRST_PAGE, TODAY),
  },
  // The export buttons' own path (read, protected pupils, CSV), as the dashboard runs it.
  { name: `export ${SIZES.contacts} contacts as CSV`, kind: 'export', run: (db) => exportCsvFile(db, 'contacts', CSV_CHOICE) },
  { name: `export ${SIZES.checklist} checklist items as CSV`, kind: 'export', run: (db) => exportCsvFile(db, 'checklist', CSV_CHOICE) },
];

export async function seedDatabase(db: InsynDatabase): Promise<void> {
  const data = seedData();
  await db.transaction('rw', [db.pupils, db.contacts, db.checklist, db.risks, db.events], async () => {
    await db.pupils.bulkAdd(data.pupils);
    await db.contacts.bulkAdd(data.contacts);
    await db.checklist.bulkAdd(data.checklist);
    await db.risks.bulkAdd(data.risks);
    await db.events.bulkAdd(data.events);
  });
}

/**
 * Forgets what the query layer keeps in memory, as any write does (snapshot.ts): the next run is what a
 * teacher sees when opening a list in a fresh dashboard or after new data arrived.
 */
async function touch(db: InsynDatabase): Promise<void> {
  await db.transaction('rw', [db.contacts, db.checklist, db.risks], async () => {
    await db.contacts.update('contact-0', { updated: Date.now() });
    await db.checklist.update('checklist-0', { closedAt: Date.now() });
    await db.risks.toCollection().limit(1).modify({ lastSeen: Date.now() });
  });
  await new Promise((done) => setTimeout(done, 0));
}

export interface CaseTimes {
  /** Each run right after a write: nothing of the table is in memory yet. */
  cold: number[];
  /**
   * Each run after another with no write between, once the section's in-memory copy is read as the dashboard
   * reads it (a second after the list opens; untimed here): what changing a filter costs.
   */
  warm: number[];
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/** Milliseconds per run of each case, cold and warm. */
export async function timeDatabaseCases(db: InsynDatabase, samples: number): Promise<Record<string, CaseTimes>> {
  const times: Record<string, CaseTimes> = {};
  for (const dbCase of DATABASE_CASES) {
    const runs = dbCase.kind === 'export' ? Math.min(samples, 3) : samples;
    const result: CaseTimes = (times[dbCase.name] = { cold: [], warm: [] });
    for (let i = 0; i < runs; i++) {
      await touch(db);
      result.cold.push(await timed(() => dbCase.run(db)));
      if (dbCase.warms) await snapshot(db, dbCase.warms);
      result.warm.push(await timed(() => dbCase.run(db)));
    }
  }
  return times;
}
