import type { z } from 'zod';
import type { requestSchemas } from '../messaging/protocol';
import { guardianContactId } from '../checklist/ids';
import { loadSettings } from '../settings/store';
import type { InsynDatabase } from '../db/database';
import { logEvent } from '../db/events';
import type { ChecklistRecord, ContactRecord, RiskRecord } from '../db/records';
import { contactCovers } from './risks';

export type ContactInput = z.output<(typeof requestSchemas)['contact/log']> & { author?: string };
export type ContactPatch = Partial<Pick<ContactRecord, 'at' | 'channel' | 'withWhom' | 'summary' | 'outcome' | 'followUp'>>;

/**
 * Logs a guardian contact about one pupil's risks: the risks become 'contacted', their guardian-contact
 * items close (closed by the contact), and the event is kept. All risks must exist and be the same pupil's.
 */
export async function logContact(db: InsynDatabase, input: ContactInput, now: number): Promise<ContactRecord> {
  return db.transaction('rw', [db.risks, db.contacts, db.checklist, db.settings, db.events], async () => {
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
    if (input.followUp) contact.followUp = input.followUp;
    await db.contacts.add(contact);
    await db.risks.bulkPut(risks.map(({ statusReason: _reason, ...r }) => ({ ...r, status: 'contacted' })));
    const items = (await db.checklist.bulkGet(risks.map((r) => guardianContactId(r.id)))).filter((i) => i !== undefined);
    await db.checklist.bulkPut(
      items.filter((i) => i.status === 'open').map((i): ChecklistRecord => ({ ...i, status: 'done', closedBy: 'contact', closedAt: now })),
    );
    await logEvent(db, 'contact/log', contact.id, now);
    return contact;
  });
}

/** Corrects a logged contact (what, when, how); which risks it answers stays. */
export async function updateContact(db: InsynDatabase, id: string, patch: ContactPatch, now = Date.now()): Promise<ContactRecord> {
  return db.transaction('rw', [db.contacts, db.events], async () => {
    const contact = await db.contacts.get(id);
    if (!contact) throw new Error('unknown contact');
    const next: ContactRecord = { ...contact, ...patch, updated: now };
    if (patch.followUp === undefined && 'followUp' in patch) delete next.followUp;
    await db.contacts.put(next);
    await logEvent(db, 'contact/update', id, now);
    return next;
  });
}

/**
 * Deletes a contact. What it answered opens again (risks back to 'open', their guardian-contact items
 * reopened) unless another contact still answers it.
 */
export async function deleteContact(db: InsynDatabase, id: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', [db.risks, db.contacts, db.checklist, db.settings, db.events], async () => {
    const contact = await db.contacts.get(id);
    if (!contact) return;
    const calendar = (await loadSettings(db)).terms;
    await db.contacts.delete(id);
    const others = await db.contacts.where('pupilId').equals(contact.pupilId).toArray();
    const risks = await db.risks.where('pupilId').equals(contact.pupilId).toArray();
    const reopened = risks.filter(
      (r) => r.status === 'contacted' && contactCovers(contact, r, calendar) && !others.some((c) => contactCovers(c, r, calendar)),
    );
    await db.risks.bulkPut(reopened.map((r) => ({ ...r, status: 'open' })));
    const items = (await db.checklist.bulkGet(reopened.map((r) => guardianContactId(r.id)))).filter((i) => i !== undefined);
    await db.checklist.bulkPut(
      items
        .filter((i) => i.closedBy === 'contact')
        .map(({ closedBy: _by, closedAt: _at, ...item }): ChecklistRecord => ({ ...item, status: 'open' })),
    );
    await logEvent(db, 'contact/delete', id, now);
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
