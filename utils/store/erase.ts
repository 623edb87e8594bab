import type { InsynDatabase } from '../db/database';
import { logEvent } from '../db/events';
import { pageIdOf } from '../db/pupil-ids';

/**
 * Erasure on request (docs/privacy.md): one pupil everywhere, or everything. The school's
 * own record is InfoMentor and its archive; these are the teacher's copies, so erasure is real deletion.
 */

export interface PupilErasure {
  pupils: number;
  risks: number;
  documents: number;
  contacts: number;
  checklist: number;
  adaptations: number;
  referrals: number;
  events: number;
  visits: number;
}

/**
 * Deletes one pupil and every row about them, in one transaction: the pupil, their risks, documents,
 * contacts, checklist items and support chain, and every event that names any of these. Events name rows by id; a risk's
 * or document's id starts with the pupil's id, so events about rows deleted earlier (by retention) are
 * found too. Page visits whose address carries the pupil's InfoMentor id (a pupil's own page) go as well.
 * The erasure itself is logged without saying whom it concerned.
 */
export async function erasePupil(db: InsynDatabase, pupilId: string): Promise<PupilErasure> {
  const tables = [db.pupils, db.risks, db.documents, db.contacts, db.checklist, db.adaptations, db.referrals, db.events, db.visits];
  return db.transaction('rw', tables, async () => {
    const [risks, documents, contacts, checklist, adaptations, referrals] = await Promise.all([
      db.risks.where('pupilId').equals(pupilId).primaryKeys(),
      db.documents.where('pupilId').equals(pupilId).primaryKeys(),
      db.contacts.where('pupilId').equals(pupilId).primaryKeys(),
      db.checklist.where('pupilId').equals(pupilId).primaryKeys(),
      db.adaptations.where('pupilId').equals(pupilId).primaryKeys(),
      db.referrals.where('pupilId').equals(pupilId).primaryKeys(),
    ]);
    const named = new Set<string>([pupilId, ...risks, ...documents, ...contacts, ...checklist, ...adaptations, ...referrals]);
    const prefix = `${pupilId}|`;
    // Checklist ids are `<kind>|<risk or document id>|...`: they name the pupil after the first part.
    const aboutPupil = (subject: string) =>
      named.has(subject) || subject.startsWith(prefix) || subject.slice(subject.indexOf('|') + 1).startsWith(prefix);
    // One getAll and a filter here: a filtered cursor over a long event log is far slower.
    const events = (await db.events.toArray()).flatMap((e) =>
      e.id !== undefined && e.subject !== undefined && aboutPupil(e.subject) ? [e.id] : [],
    );
    const visits = await pupilVisits(db, pupilId);

    const pupils = (await db.pupils.get(pupilId)) ? 1 : 0;
    await Promise.all([
      db.pupils.delete(pupilId),
      db.risks.bulkDelete(risks),
      db.documents.bulkDelete(documents),
      db.contacts.bulkDelete(contacts),
      db.checklist.bulkDelete(checklist),
      db.adaptations.bulkDelete(adaptations),
      db.referrals.bulkDelete(referrals),
      db.events.bulkDelete(events),
      db.visits.bulkDelete(visits),
    ]);
    const erased = {
      pupils,
      risks: risks.length,
      documents: documents.length,
      contacts: contacts.length,
      checklist: checklist.length,
      adaptations: adaptations.length,
      referrals: referrals.length,
      events: events.length,
      visits: visits.length,
    };
    if (Object.values(erased).some((n) => n > 0)) await logEvent(db, 'privacy/erase-pupil');
    return erased;
  });
}

/** Visits to pages whose address names the pupil's InfoMentor id as a whole word (…/elev/4901, ?id=4901). */
async function pupilVisits(db: InsynDatabase, pupilId: string): Promise<number[]> {
  const pageId = pageIdOf(pupilId);
  if (!pageId) return [];
  const escaped = pageId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const token = new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u');
  return (await db.visits.toArray()).flatMap((v) => (v.id !== undefined && token.test(v.url) ? [v.id] : []));
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
