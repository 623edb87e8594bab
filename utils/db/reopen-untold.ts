import type { Transaction } from 'dexie';
import { informs } from '../domain/contact-outcomes';
import type { ChecklistRecord, ContactRecord, RiskRecord } from './records';

/**
 * Version 4's upgrade: before it, any logged contact made a risk 'contacted', an unanswered call too.
 * Risks whose contacts all reached nobody open again, and so do the guardian-contact items those
 * contacts closed. A contact covers a risk as at the time (named, or the pupil's subject); only
 * reopening, never closing, so a generous match keeps what the teacher saw.
 */
export async function reopenUntold(tx: Transaction): Promise<void> {
  const contacts = (await tx.table('contacts').toArray()) as ContactRecord[];
  const covers = (c: ContactRecord, r: RiskRecord) =>
    c.riskIds.includes(r.id) || (c.pupilId === r.pupilId && c.subjects.includes(r.subject));
  const risks = (await tx.table('risks').where('status').equals('contacted').toArray()) as RiskRecord[];
  const untold = risks.filter((r) => !contacts.some((c) => covers(c, r) && informs(c.outcome, c.channel)));
  if (untold.length === 0) return;
  await tx.table('risks').bulkPut(untold.map((r) => ({ ...r, status: 'open' })));
  const same = (i: ChecklistRecord, r: RiskRecord) => i.pupilId === r.pupilId && i.subject === r.subject && i.term === r.term;
  const items = (await tx.table('checklist').where('kind').equals('guardian-contact').toArray()) as ChecklistRecord[];
  const reopened = items
    .filter((i) => i.status === 'done' && i.closedBy === 'contact' && untold.some((r) => same(i, r)))
    .map(({ closedBy: _by, closedAt: _at, ...item }) => ({ ...item, status: 'open' }));
  await tx.table('checklist').bulkPut(reopened);
}
