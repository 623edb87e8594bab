import type { InsynDatabase } from '../db/database';
import { logEvent } from '../db/events';
import type { PupilRecord, SchoolExportRecord } from '../db/records';
import { pupilTraces, withoutPupil, type PupilTraces } from '../privacy/pupil-traces';

/**
 * Erasure on request (docs/privacy.md): one pupil everywhere, or everything. The school's
 * own record is InfoMentor and its archive; these are the teacher's copies, so erasure is real deletion.
 */
export type PupilErasure = Record<string, number>;

/** Tables that are not rows about pupils: visits and arrivals are searched on their own, files too. */
const NOT_ROWS = new Set(['visits', 'arrivals', 'schoolExports']);

/** A file a principal collected, as erasure reads it (utils/export/schema.ts has the whole shape). */
type CollectedFile = { tables: Record<string, object[]> & { pupils: PupilRecord[] } };

/** What else keeps page addresses (the tabs' status in session storage): forgets those naming her. */
export type ForgetPages = (mentions: (url: string) => boolean) => Promise<number>;

/**
 * Deletes one pupil and every trace of her, in one transaction (pupil-traces.ts says what a trace is):
 * her rows under every id that is her (duplicates by name included), templates and page recipes that
 * name her, events about any of these, page visits whose address names her or carries her InfoMentor
 * id, when those rows arrived, and her rows in the teachers' files a principal collected. Then, through
 * `forgetPages` (the dashboard passes utils/tabs' forgetPagesNaming), the per-tab statuses in session
 * storage whose address names her. The erasure is logged without saying
 * whom it concerned.
 */
export async function erasePupil(db: InsynDatabase, pupilId: string, forgetPages: ForgetPages = async () => 0): Promise<PupilErasure> {
  const rowTables = db.tables.filter((table) => !NOT_ROWS.has(table.name));
  const { erased, traces } = await db.transaction('rw', db.tables, async () => {
    const rows = await Promise.all(rowTables.map((table) => table.toArray()));
    const current = Object.fromEntries(rowTables.map((table, i) => [table.name, rows[i]!])) as CollectedFile['tables'];
    const self = current.pupils.find((p) => p.id === pupilId);
    const traces = pupilTraces(pupilId, self, current.pupils);
    const { removed } = withoutPupil(current, traces);
    const erased = {} as PupilErasure;
    for (const { name } of rowTables) {
      const keys = removed[name]!.map(primaryKey);
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
  erased.sessions = await forgetPages(traces.mentions);
  return erased;
}

const primaryKey = (row: object): string | number => {
  const { id, key } = row as { id?: string | number; key?: string };
  return id ?? key!;
};

/** A principal's collected files: each file loses her rows, found by her id and name in that file. */
async function eraseFromSchoolExports(db: InsynDatabase, pupilId: string, self: Parameters<typeof pupilTraces>[1]): Promise<number> {
  let changed = 0;
  for (const record of (await db.schoolExports.toArray()) as SchoolExportRecord<CollectedFile>[]) {
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
