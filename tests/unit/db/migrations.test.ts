import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { InsynDatabase } from '@/utils/db/database';
import { countOpenDue } from '@/utils/db/open-items';
import { buildExport } from '@/utils/export/json';
import { readTables } from '@/utils/export/read-tables';
import { canonical } from '@/utils/import/row-keys';
import { storeSchoolExport } from '@/utils/principal/store';
import { databaseName, sampleTables } from '../export/sample-data';
import { beforeSupport, V1_STORES, V2_STORES, V3_STORES, V6_STORES, writeRows } from './old-schemas';

/** Each schema version opened on data written by the version before (old-schemas.ts: what was). */
const names: string[] = [];
afterEach(async () => {
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

describe('schema migrations', () => {
  it('version 1 → 2: every row kept, the schoolExports table added and usable', async () => {
    const name = databaseName();
    names.push(name);
    const v1 = new Dexie(name);
    v1.version(1).stores(V1_STORES);
    const tables = beforeSupport();
    await v1.transaction('rw', v1.tables, async () => {
      await writeRows(v1, tables);
      await v1.table('visits').add({ url: 'https://skola.infomentor.se/', kind: 'unknown', at: 1, pupils: 0, atRisk: 0 });
    });
    v1.close();

    const v2 = new InsynDatabase(name);
    await v2.open();
    expect(v2.verno).toBeGreaterThanOrEqual(2);
    expect(canonical(await readTables(v2))).toBe(canonical(await readTablesSorted(tables)));
    expect(await v2.visits.count()).toBe(1);
    expect(await v2.schoolExports.count()).toBe(0);

    const data = buildExport(tables, { teacher: 'Lena', school: 'Ängsskolan', appVersion: '1', exportedAt: Date.UTC(2025, 11, 10) });
    expect(await storeSchoolExport(v2, data)).toBe('added');
    expect(await v2.schoolExports.where('teacher').equals('Lena').count()).toBe(1);
    v2.close();
  });

  it('version 2 → 3: checklist rows kept, and open items counted by due date on the new index', async () => {
    const name = databaseName();
    names.push(name);
    const v2 = new Dexie(name);
    v2.version(2).stores(V2_STORES);
    const item = { pupilId: 'p', kind: 'iup-posted', term: 'Ht 2025' };
    const rows = [
      { ...item, id: 'a', due: '2025-11-01', status: 'open' },
      { ...item, id: 'b', due: '2025-11-20', status: 'open' },
      { ...item, id: 'c', due: '2025-11-01', status: 'done', closedBy: 'teacher', closedAt: 5 },
      { ...item, id: 'd', due: '2025-12-24', status: 'open' },
    ];
    await v2.table('checklist').bulkPut(rows);
    v2.close();

    const v3 = new InsynDatabase(name);
    await v3.open();
    expect(v3.verno).toBeGreaterThanOrEqual(3);
    expect(await v3.checklist.toArray()).toEqual(rows);
    expect(await countOpenDue(v3, '2025-11-20')).toBe(2);
    expect(await countOpenDue(v3, '2025-11-20', { before: true })).toBe(1);
    v3.close();
  });

  it.each([
    [1, V1_STORES],
    [2, V2_STORES],
    [3, V3_STORES],
  ])('version %i → 6: every row kept, the support chain tables added and usable', async (version, stores) => {
    const name = databaseName();
    names.push(name);
    const old = new Dexie(name);
    old.version(version).stores(stores);
    const tables = beforeSupport();
    await old.transaction('rw', old.tables, () => writeRows(old, tables));
    old.close();

    const v6 = new InsynDatabase(name);
    await v6.open();
    expect(v6.verno).toBeGreaterThanOrEqual(6);
    expect(canonical(await readTables(v6))).toBe(canonical(await readTablesSorted(tables)));
    expect(await v6.adaptations.count()).toBe(0);
    const referral = { id: 'r', pupilId: 'p', subjects: ['Matematik'], madeOn: '2025-12-08', by: 'Lena', created: 1, updated: 1 };
    await v6.referrals.add(referral);
    expect(await v6.referrals.where('pupilId').equals('p').toArray()).toEqual([referral]);
    v6.close();
  });

  it.each([
    [1, V1_STORES],
    [2, V2_STORES],
    [3, V3_STORES],
    [6, V6_STORES],
  ])('version %i → today (through 7): every row kept, and the dashboard filters read off the new indexes', async (version, stores) => {
    const name = databaseName();
    names.push(name);
    const old = new Dexie(name);
    old.version(version).stores(stores);
    const tables = version < 6 ? beforeSupport() : sampleTables();
    await old.transaction('rw', old.tables, () => writeRows(old, tables));
    old.close();

    const v7 = new InsynDatabase(name);
    await v7.open();
    expect(v7.verno).toBe(9);
    expect(canonical(await readTables(v7))).toBe(canonical(await readTablesSorted(tables)));
    const [contact] = tables.contacts;
    const [item] = tables.checklist;
    const [risk] = tables.risks;
    const byChannel = await v7.contacts.where('[channel+at]').equals([contact!.channel, contact!.at]).primaryKeys();
    const byOutcome = await v7.contacts.where('[outcome+at]').equals([contact!.outcome, contact!.at]).primaryKeys();
    const byKind = await v7.checklist.where('[kind+due]').equals([item!.kind, item!.due]).primaryKeys();
    const byStatus = await v7.risks.where('[status+firstSeen]').equals([risk!.status, risk!.firstSeen]).primaryKeys();
    expect([byChannel, byOutcome, byKind, byStatus].map((keys) => keys.length > 0)).toEqual([true, true, true, true]);
    expect(byChannel).toContain(contact!.id);
    expect(byKind).toContain(item!.id);
    expect(byStatus).toContain(risk!.id);
    v7.close();
  });
});

/** The rows as the database returns them: in primary-key order. */
async function readTablesSorted(tables: ReturnType<typeof sampleTables>) {
  const name = databaseName();
  names.push(name);
  const db = new InsynDatabase(name);
  await db.transaction('rw', db.tables, async () => {
    for (const [table, rows] of Object.entries(tables)) await db.table(table).bulkPut(rows as object[]);
  });
  const read = await readTables(db);
  db.close();
  return read;
}
