import type { z } from 'zod';
import type { requestSchemas } from '../messaging/protocol';
import { guardianContactId } from '../checklist/ids';
import { guardiansOwed, type GuardianNumber } from '../domain/guardians';
import { loadSettings } from '../settings/store';
import type { InsynDatabase } from '../db/database';
import { logEvent } from '../db/events';
import type { ContactRecord, PupilRecord, RiskRecord } from '../db/records';
import { settleInformed } from './informed';

export type ContactInput = z.output<(typeof requestSchemas)['contact/log']> & { author?: string };
export type ContactPatch = Partial<
  Pick<ContactRecord, 'at' | 'channel' | 'withWhom' | 'summary' | 'outcome' | 'guardians' | 'retry' | 'followUp'>
>;
/** What the teacher says about a pupil's guardians and needs, on the dashboard. */
export type PupilFactsPatch = Partial<Pick<PupilRecord, 'guardians' | 'guardianExempt' | 'protectedData' | 'interpreter'>>;

const uniqueGuardians = (guardians: readonly GuardianNumber[]) => [...new Set(guardians)].sort();

const TABLES = (db: InsynDatabase) => [db.pupils, db.risks, db.documents, db.referrals, db.contacts, db.checklist, db.settings, db.events];

/**
 * Logs a guardian contact (an attempt and its outcome) about one pupil's risks. Only a contact that
 * informs every guardian owed the information makes the risks 'contacted' and closes their
 * guardian-contact items; an attempt leaves them open. All risks must exist and be the same pupil's.
 */
export async function logContact(db: InsynDatabase, input: ContactInput, now: number): Promise<ContactRecord> {
  return db.transaction('rw', TABLES(db), async () => {
    const found = await db.risks.bulkGet([...input.riskIds]);
    const risks = found.filter((r): r is RiskRecord => r !== undefined);
    if (risks.length !== found.length) throw new Error('unknown risk');
    const pupilIds = new Set(risks.map((r) => r.pupilId));
    if (pupilIds.size !== 1) throw new Error('a contact concerns one pupil');
    const author = input.author ?? (await loadSettings(db)).teacherName;
    const contact: ContactRecord = {
      id: crypto.randomUUID(),
      pupilId: risks[0]!.pupilId,
      subjects: [...new Set(risks.map((r) => r.subject))],
      riskIds: risks.map((r) => r.id),
      at: input.at,
      channel: input.channel,
      withWhom: input.withWhom,
      summary: input.summary,
      outcome: input.outcome,
      author,
      created: now,
      updated: now,
    };
    // Always stored, so that only contacts from before guardians were asked lack it.
    const pupil = await db.pupils.get(contact.pupilId);
    contact.guardians = uniqueGuardians(input.guardians ?? guardiansOwed(pupil ?? {}).slice(0, 1));
    if (contact.guardians.length === 0) contact.guardians = [1];
    if (input.retry) contact.retry = input.retry;
    if (input.followUp) contact.followUp = input.followUp;
    await db.contacts.add(contact);
    // The teacher acted on these risks: a decision taken before ("inte i risk") gives way to the contact.
    const decided = risks.filter((r) => r.status === 'dismissed' || r.status === 'resolved');
    await db.risks.bulkPut(decided.map(({ statusReason: _reason, ...r }) => ({ ...r, status: 'open' })));
    await settleInformed(db, [contact.pupilId], (await loadSettings(db)).terms, now);
    await logEvent(db, 'contact/log', contact.id, now);
    return contact;
  });
}

/** Corrects a logged contact (what, when, how, with which guardians); which risks it answers stays. */
export async function updateContact(db: InsynDatabase, id: string, patch: ContactPatch, now = Date.now()): Promise<ContactRecord> {
  return db.transaction('rw', TABLES(db), async () => {
    const contact = await db.contacts.get(id);
    if (!contact) throw new Error('unknown contact');
    const next: ContactRecord = { ...contact, ...patch, updated: now };
    for (const key of ['followUp', 'retry', 'guardians'] as const) if (key in patch && patch[key] === undefined) delete next[key];
    if (next.guardians) next.guardians = uniqueGuardians(next.guardians);
    await db.contacts.put(next);
    // A corrected outcome ("ej nådd" was in fact "nådd") changes who is informed.
    await settleInformed(db, [contact.pupilId], (await loadSettings(db)).terms, now);
    await logEvent(db, 'contact/update', id, now);
    return next;
  });
}

/**
 * Deletes a contact. What it answered opens again (risks back to 'open', their guardian-contact items
 * reopened) unless the other contacts still inform every guardian.
 */
export async function deleteContact(db: InsynDatabase, id: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', TABLES(db), async () => {
    const contact = await db.contacts.get(id);
    if (!contact) return;
    await db.contacts.delete(id);
    await settleInformed(db, [contact.pupilId], (await loadSettings(db)).terms, now);
    await logEvent(db, 'contact/delete', id, now);
  });
}

/** The teacher's facts about a pupil (guardians, protected data, interpreter); who is informed follows at once. */
export async function updatePupilFacts(db: InsynDatabase, pupilId: string, patch: PupilFactsPatch, now = Date.now()): Promise<PupilRecord> {
  return db.transaction('rw', TABLES(db), async () => {
    const pupil = await db.pupils.get(pupilId);
    if (!pupil) throw new Error('unknown pupil');
    const next: PupilRecord = { ...pupil, ...patch };
    for (const key of Object.keys(patch) as (keyof PupilFactsPatch)[]) if (patch[key] === undefined) delete next[key];
    if (next.guardianExempt && next.guardianExempt.guardian > (next.guardians ?? 2)) delete next.guardianExempt;
    await db.pupils.put(next);
    await settleInformed(db, [pupilId], (await loadSettings(db)).terms, now);
    await logEvent(db, 'pupil/facts', pupilId, now);
    return next;
  });
}

/**
 * Deletes a contact and returns how to undo it: the contact, and that pupil's risks and guardian-contact
 * items exactly as they were before the delete reopened them.
 */
export async function deleteContactWithUndo(
  db: InsynDatabase,
  id: string,
  now = Date.now(),
): Promise<{ contact: ContactRecord; restore: () => Promise<void> } | undefined> {
  const contact = await db.contacts.get(id);
  if (!contact) return undefined;
  const risks = await db.risks.where('pupilId').equals(contact.pupilId).toArray();
  const items = (await db.checklist.bulkGet(risks.map((r) => guardianContactId(r.id)))).filter((i) => i !== undefined);
  await deleteContact(db, id, now);
  return {
    contact,
    restore: () =>
      db.transaction('rw', [db.contacts, db.risks, db.checklist, db.events], async () => {
        await db.contacts.put(contact);
        await db.risks.bulkPut(risks);
        await db.checklist.bulkPut(items);
        await logEvent(db, 'contact/restore', contact.id, now);
      }),
  };
}
