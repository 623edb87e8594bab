import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { InsynDatabase } from '@/utils/db/database';
import { logEvent } from '@/utils/db/events';
import { useSealing } from '@/utils/db/encrypted-fields';
import { LockHolder } from '@/utils/lock/state';
import type { EventRecord } from '@/utils/db/records';
import { readTables } from '@/utils/export/read-tables';
import { canonical, keyOf } from '@/utils/import/row-keys';
import { TABLE_NAMES, type ExportTables } from '@/utils/export/schema';
import { databaseName, sampleTables } from '../export/sample-data';
import { V8_STORES, versionsBefore8, writeRows } from './old-schemas';

/**
 * Version 9 on data of every earlier version: a restore by an older build left an event id of 2^53−1,
 * after which IndexedDB hands out no id and every write that logs an event fails. The upgrade renumbers
 * the events in their order, keeps every other row, points the arrivals at the new ids, and writes work.
 */
const names: string[] = [];
afterEach(async () => {
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

const BLOCKING = Number.MAX_SAFE_INTEGER;
const late = { at: 9, action: 'import/restore', subject: 'c-9' };
const next = { at: 10, action: 'contact/log' };

/** Every table but the events, and the events without their ids: what the upgrade must keep. */
const kept = (tables: ExportTables) =>
  canonical({
    ...Object.fromEntries(
      TABLE_NAMES.filter((n) => n !== 'events').map((n) => [
        n,
        [...(tables[n] as object[])].sort((a, b) => (keyOf(n, a) < keyOf(n, b) ? -1 : 1)),
      ]),
    ),
    events: (tables.events as EventRecord[]).map(({ id: _id, ...rest }) => rest),
  });

async function oldDatabase(version: number, stores: Record<string, string>, tables: ExportTables) {
  const name = databaseName();
  names.push(name);
  const old = new Dexie(name);
  old.version(version).stores(stores);
  await old.transaction('rw', old.tables, async () => {
    await writeRows(old, tables);
    await old.table('events').put({ ...late, id: BLOCKING });
    if (version >= 8)
      await old.table('arrivals').bulkPut([
        { table: 'events', id: BLOCKING, at: 9 },
        { table: 'contacts', id: 'c-1', at: 9 },
      ]);
  });
  // What the teacher met: the next event gets an unsafe id (2^53), and the one after none at all.
  expect(await old.table('events').add(next)).toBeGreaterThan(BLOCKING);
  await expect(old.table('events').add({ ...next, at: 11 })).rejects.toThrow();
  old.close();
  return name;
}

describe('version 9', () => {
  it.each([...versionsBefore8(), [8, V8_STORES, sampleTables()] as const])(
    'from version %i: events renumbered in order, every other row kept, and a write works again',
    async (version, stores, tables) => {
      const name = await oldDatabase(version, stores, tables);
      const db = new InsynDatabase(name);
      await db.open();
      expect(db.verno).toBeGreaterThanOrEqual(9);
      const events = await db.events.toArray();
      expect(events.map((e) => e.id)).toEqual([1, 2, 3, 4, 5]);
      expect(events.map((e) => e.at)).toEqual([...tables.events.map((e) => e.at), late.at, next.at]);
      const upgraded = await readTables(db);
      expect(kept(upgraded)).toBe(kept({ ...tables, events: [...tables.events, { ...late, id: 0 }, { ...next, id: 0 }] }));
      if (version >= 8)
        expect((await db.arrivals.toArray()).map((a) => [a.table, a.id])).toEqual([
          ['contacts', 'c-1'],
          ['events', 4],
        ]);

      await logEvent(db, 'contact/log', 'c-10', 12);
      await logEvent(db, 'contact/log', 'c-11', 13);
      expect((await db.events.toArray()).slice(-2)).toEqual([
        { id: 6, at: 12, action: 'contact/log', subject: 'c-10' },
        { id: 7, at: 13, action: 'contact/log', subject: 'c-11' },
      ]);
      db.close();
    },
  );

  it('with the lock set and closed (the browser just started), the upgrade moves the rows as they are stored', async () => {
    const name = await oldDatabase(8, V8_STORES, sampleTables());
    const holder = new LockHolder();
    holder.setEnabled(true);
    const db = new InsynDatabase(name);
    useSealing(db, () => holder.state());
    expect(await db.events.count()).toBe(5);
    db.close();
    const raw = new InsynDatabase(name);
    expect((await raw.events.toArray()).map((e) => e.id)).toEqual([1, 2, 3, 4, 5]);
    raw.close();
  });

  it('events whose ids are safe keep them', async () => {
    const name = databaseName();
    names.push(name);
    const old = new Dexie(name);
    old.version(8).stores(V8_STORES);
    const events = [
      { id: 7, at: 1, action: 'risk/new' },
      { id: 2 ** 40, at: 2, action: 'contact/log' },
    ];
    await old.table('events').bulkPut(events);
    old.close();
    const db = new InsynDatabase(name);
    expect(await db.events.toArray()).toEqual(events);
    db.close();
  });
});
