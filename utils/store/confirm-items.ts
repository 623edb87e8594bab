import type { InsynDatabase } from '../db/database';
import { logEvents } from '../db/events';
import type { ChecklistRecord } from '../db/records';

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * The teacher confirms items done on a date ("skickad per post 12 dec"); `outside` marks them "Redan
 * gjort", done before Insyn or outside it. Returns the items as they were before, for undo with
 * `restoreItems`. Unknown ids are skipped.
 */
export async function confirmItems(
  db: InsynDatabase,
  ids: readonly string[],
  date: string,
  now = Date.now(),
  outside = false,
): Promise<ChecklistRecord[]> {
  if (!ISO_DATE.test(date)) throw new Error(`not a date: ${date.slice(0, 20)}`);
  return db.transaction('rw', [db.checklist, db.events], async () => {
    const previous = (await db.checklist.bulkGet([...ids])).filter((item) => item !== undefined);
    await db.checklist.bulkPut(
      previous.map((item) => {
        const { doneOutside: _before, ...rest } = item;
        return {
          ...rest,
          status: 'done',
          closedBy: 'teacher',
          closedAt: now,
          confirmedDate: date,
          ...(outside ? { doneOutside: true } : {}),
        };
      }),
    );
    await logEvents(
      db,
      'checklist/confirm',
      previous.map((item) => item.id),
      now,
    );
    return previous;
  });
}

/** Undo: puts items back exactly as `confirmItems` returned them. */
export async function restoreItems(db: InsynDatabase, previous: readonly ChecklistRecord[], now = Date.now()): Promise<void> {
  await db.transaction('rw', [db.checklist, db.events], async () => {
    await db.checklist.bulkPut([...previous]);
    await logEvents(
      db,
      'checklist/restore',
      previous.map((item) => item.id),
      now,
    );
  });
}
