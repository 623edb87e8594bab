import type { InsynDatabase } from '../db/database';
import { logEvent } from '../db/events';
import type { SchoolExportRecord } from '../db/records';
import { readTables } from '../export/read-tables';
import { TABLE_NAMES, type InsynExport, type TableName } from '../export/schema';
import { pupilTraces, withoutPupil, type PupilTraces } from '../privacy/pupil-traces';
import { forgetPagesNaming } from '../tabs/tab-status';

/**
 * Erasure on request (docs/privacy.md): one pupil everywhere, or everything. The school's
 * own record is InfoMentor and its archive; these are the teacher's copies, so erasure is real deletion.
 */
export type PupilErasure = Record<TableName | 'visits' | 'schoolExports' | 'sessions', number>;

/**
 * Deletes one pupil and every trace of her, in one transaction (pupil-traces.ts says what a trace is):
 * her rows under every id that is her (duplicates by name included), templates and page recipes that
 * name her, events about any of these, page visits whose address names her or carries her InfoMentor
 * id, when those rows arrived, and her rows in the teachers' files a principal collected. Then the
 * per-tab statuses in session storage whose address names her. The erasure is logged without saying
 * whom it concerned.
 */
export async function erasePupil(db: InsynDatabase, pupilId: string): Promise<PupilErasure> {
  const tables = [...TABLE_NAMES.map((name) => db.table(name)), db.visits, db.arrivals, db.schoolExports];
  const { erased, traces } = await db.transaction('rw', tables, async () => {
    const current = await readTables(db);
    const self = current.pupils.find((p) => p.id === pupilId);
    const traces = pupilTraces(pupilId, self, current.pupils);
    const { removed } = withoutPupil(current, traces);
    const erased = {} as PupilErasure;
    for (const name of TABLE_NAMES) {
      const keys = (removed[name] as object[]).map(primaryKey);
      await db.table(name).bulkDelete(keys);
      await db.arrivals.bulkDelete(keys.map((id): [string, string | number] => [name, id]));
      erased[name] = keys.length;
    }
    const visits = (await db.visits.toArray()).flatMap((v) => (v.id !== undefined && traces.mentions(v.url) ? [v.id] : []));
    await db.visits.bulkDelete(visits);
    erased.visits = visits.length;
    erased.schoolExports = await eraseFromSchoolExports(db, pupilId, self);
    erased.sessions = 0;
    if (Object.values(erased).some((n) => n > 0)) await logEvent(db, 'privacy/erase-pupil');
    return { erased, traces };
  });
  erased.sessions = await forgetPagesNaming(traces.mentions);
  return erased;
}

const primaryKey = (row: object): string | number => {
  const { id, key } = row as { id?: string | number; key?: string };
  return id ?? key!;
};

/** A principal's collected files: each file loses her rows, found by her id and name in that file. */
async function eraseFromSchoolExports(db: InsynDatabase, pupilId: string, self: Parameters<typeof pupilTraces>[1]): Promise<number> {
  let changed = 0;
  for (const record of (await db.schoolExports.toArray()) as SchoolExportRecord<InsynExport>[]) {
    const traces: PupilTraces = pupilTraces(pupilId, self, record.data.tables.pupils);
    const { kept, removed } = withoutPupil(record.data.tables, traces);
    if (!Object.values(removed).some((rows) => rows.length > 0)) continue;
    await db.schoolExports.put({ ...record, data: { ...record.data, tables: kept } });
    changed++;
  }
  return changed;
}

/**
 * Deletes everything Insyn keeps: every table of the database (settings, templates and recipes too) and
 * the per-tab status in session storage. The language choice in storage.local is removed as well, so
 * nothing is left behind.
 */
export async function eraseEverything(db: InsynDatabase): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
  });
  await Promise.all([browser.storage.session.clear(), browser.storage.local.clear()]);
}
