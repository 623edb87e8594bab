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
export async function refreshChecklist(db: InsynDatabase, now: number, pupilIds?: readonly string[]): Promise<RefreshResult> {
  const tables = [db.pupils, db.risks, db.documents, db.referrals, db.settings, db.checklist];
  return db.transaction('rw', tables, async () => {
    const ids = pupilIds ? [...new Set(pupilIds)] : undefined;
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
    const desired = generateChecklist({ pupils, risks, documents, referrals, settings }).filter(
      (item) => item.due >= cutoff || stored.has(item.id),
    );
    const { put, remove } = reconcile(existing, desired, now);
    await db.checklist.bulkPut(put);
    await db.checklist.bulkDelete(remove);
    return { written: put.length, removed: remove.length };
  });
}
