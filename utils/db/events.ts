import type { InsynDatabase } from './database';
import type { EventRecord } from './records';

/**
 * What happened, for the teacher's own history and the principal's export. Append-only: nothing in Insyn
 * updates or deletes an event (retention aside). `subject` is an id (risk, contact, item), never page text.
 */
export type EventAction =
  | 'risk/new'
  | 'risk/postpone'
  | 'risk/dismiss'
  | 'contact/log'
  | 'contact/update'
  | 'contact/delete'
  | 'checklist/confirm'
  | 'checklist/restore'
  | 'settings/save'
  | (string & {});

export async function logEvent(db: InsynDatabase, action: EventAction, subject?: string, at = Date.now()): Promise<void> {
  const event: EventRecord = { at, action };
  if (subject !== undefined) event.subject = subject;
  await db.events.add(event);
}

/** Many events at once, inside a caller's transaction. */
export async function logEvents(db: InsynDatabase, action: EventAction, subjects: readonly string[], at = Date.now()): Promise<void> {
  if (subjects.length) await db.events.bulkAdd(subjects.map((subject) => ({ at, action, subject })));
}
