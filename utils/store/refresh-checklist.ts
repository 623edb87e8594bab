import { rowsOfPupils } from '../db/by-pupil';
import type { InsynDatabase } from '../db/database';
import { isoDate } from '../domain/dates';
import { addMonths } from '../privacy/retention';
import { loadSettings } from '../settings/store';
import { reconcile } from '../checklist/close';
import { generateChecklist } from '../checklist/generate';

export interface RefreshResult {
  /** Items added or changed (closed, reopened, new due date). */
  written: number;
  removed: number;
}

/**
 * Brings the checklist in line with what Insyn knows: generates what is owed and reconciles it with the
 * stored items. Only the given pupils when `pupilIds` is passed (after a reading), else everyone (daily).
 * Running it again with nothing new changes nothing.
 */
/**
 * The pupils and everyone in their groups: what a group owes (the omdömen of the subjects the teacher
 * teaches there, utils/checklist/expected.ts) depends on the whole group, so a reading of some of its
 * pupils refreshes all of them, and a refresh after a reading gives what the daily one gives.
 */
async function withTheirGroups(db: InsynDatabase, pupilIds: readonly string[]): Promise<string[]> {
  const pupils = (await db.pupils.bulkGet([...new Set(pupilIds)])).filter((p) => p !== undefined);
  const groups = [...new Set(pupils.map((p) => p.group).filter((g) => g !== undefined))];
  const mates = groups.length ? await db.pupils.where('group').anyOf(groups).primaryKeys() : [];
  return [...new Set([...pupilIds, ...mates])];
}

export async function refreshChecklist(db: InsynDatabase, now: number, pupilIds?: readonly string[]): Promise<RefreshResult> {
  const tables = [db.pupils, db.risks, db.documents, db.referrals, db.settings, db.checklist];
  return db.transaction('rw', tables, async () => {
    const ids = pupilIds ? await withTheirGroups(db, pupilIds) : undefined;
    const [settings, pupils, risks, documents, referrals, existing] = await Promise.all([
      loadSettings(db),
      ids ? db.pupils.bulkGet(ids).then((rows) => rows.filter((p) => p !== undefined)) : db.pupils.toArray(),
      ids ? rowsOfPupils(db.risks, ids) : db.risks.toArray(),
      ids ? rowsOfPupils(db.documents, ids) : db.documents.toArray(),
      ids ? rowsOfPupils(db.referrals, ids) : db.referrals.toArray(),
      ids ? rowsOfPupils(db.checklist, ids) : db.checklist.toArray(),
    ]);
    // Nothing is created that retention would already have deleted: a duty older than that was purged
    // on purpose and must not come back from a document or risk that happens to remain.
    const cutoff = isoDate(addMonths(now, -settings.retentionMonths));
    const stored = new Set(existing.map((item) => item.id));
    const desired = generateChecklist({ pupils, risks, documents, referrals, settings, today: isoDate(now) }).filter(
      (item) => item.due >= cutoff || stored.has(item.id),
    );
    const { put, remove } = reconcile(existing, desired, now);
    await db.checklist.bulkPut(put);
    await db.checklist.bulkDelete(remove);
    return { written: put.length, removed: remove.length };
  });
}
