import type { Transaction } from 'dexie';
import type { ArrivalRecord, EventRecord } from './records';

/** The largest event id Insyn writes: past it the key generator nears 2^53 and stops (issue 22). */
const LARGEST_EVENT_ID = 2 ** 52;

const safe = (id: unknown): boolean => typeof id === 'number' && Number.isSafeInteger(id) && id >= 1 && id <= LARGEST_EVENT_ID;

/**
 * Version 9's upgrade: a backup restored by an older build could bring an event id of 2^53−1, and
 * IndexedDB's key generator then never hands out another id, so every later write that logs an event
 * fails. Clearing the store does not reset the generator: the store is made again, its events renumbered
 * 1, 2, … in their order, and the arrivals that name an event follow its new id. The rows are moved as they
 * are stored (sealed fields stay sealed: the sealing middleware lets the upgrade through).
 */
export async function renumberUnsafeEventIds(tx: Transaction): Promise<void> {
  const events = tx.table<EventRecord>('events');
  const rows = await events.toArray();
  if (rows.every((row) => safe(row.id))) return;
  const newId = new Map(rows.map((row, i) => [row.id, i + 1]));
  const arrivals = tx.table<ArrivalRecord>('arrivals');
  const arrived = await arrivals.where('[table+id]').between(['events', -Infinity], ['events', []]).toArray();

  const idb = tx.idbtrans.db;
  idb.deleteObjectStore('events');
  idb.createObjectStore('events', { keyPath: 'id', autoIncrement: true }).createIndex('at', 'at');
  await events.bulkAdd(rows.map((row, i) => ({ ...row, id: i + 1 })));

  await arrivals.bulkDelete(arrived.map((a): [string, string | number] => [a.table, a.id]));
  await arrivals.bulkPut(arrived.flatMap((a) => (newId.has(a.id as number) ? [{ ...a, id: newId.get(a.id as number)! }] : [])));
}
