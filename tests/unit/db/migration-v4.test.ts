import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { InsynDatabase } from '@/utils/db/database';
import { readTables } from '@/utils/export/read-tables';
import { canonical } from '@/utils/import/row-keys';
import { databaseName, sampleTables } from '../export/sample-data';

/** Version 3 as installed (frozen copy): the stores of versions 1–3. */
const V3_STORES = {
  visits: '++id, at, url',
  pupils: 'id, group, lastSeen',
  risks: 'id, pupilId, status, subject, term, firstSeen',
  documents: 'id, pupilId, type, term',
  contacts: 'id, pupilId, at, followUp',
  checklist: 'id, pupilId, kind, status, due, term, [status+due]',
  templates: 'id',
  recipes: 'id',
  settings: 'key',
  events: '++id, at',
  schoolExports: 'id, teacher, school, exportedAt',
};

const names: string[] = [];
afterEach(async () => {
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

async function version3With(tables: ReturnType<typeof sampleTables>) {
  const name = databaseName();
  names.push(name);
  const v3 = new Dexie(name);
  v3.version(3).stores(V3_STORES);
  await v3.transaction('rw', v3.tables, async () => {
    // Tables of later versions (the support chain's) did not exist in version 3.
    for (const [table, rows] of Object.entries(tables)) if (table in V3_STORES) await v3.table(table).bulkPut(rows as object[]);
  });
  v3.close();
  return name;
}

describe('schema version 3 → 4: an unanswered call is not "told"', () => {
  it('reopens a risk whose only contact reached nobody, and the guardian-contact item that contact closed', async () => {
    const tables = sampleTables();
    const alvaRisk = tables.risks[0]!;
    tables.contacts[0] = { ...tables.contacts[0]!, outcome: 'ej-nadd' };
    const item = {
      id: `guardian-contact|${alvaRisk.pupilId}|Matematik|Ht 2025`,
      pupilId: alvaRisk.pupilId,
      kind: 'guardian-contact' as const,
      term: 'Ht 2025',
      subject: 'Matematik',
      due: '2025-11-10',
      status: 'done' as const,
      closedBy: 'contact' as const,
      closedAt: 5,
    };
    tables.checklist.push(item);
    const db = new InsynDatabase(await version3With(tables));
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(4);
    expect((await db.risks.get(alvaRisk.id))?.status).toBe('open');
    const { closedBy: _by, closedAt: _at, ...open } = item;
    expect(await db.checklist.get(item.id)).toEqual({ ...open, status: 'open' });
    expect(await db.contacts.count()).toBe(2);
    db.close();
  });

  it('keeps every row as it was when the contacts informed', async () => {
    const tables = sampleTables();
    const name = await version3With(tables);
    const before = new Dexie(`${name}-copy`);
    names.push(`${name}-copy`);
    before.version(3).stores(V3_STORES);
    const v3Tables = Object.keys(V3_STORES).filter((t) => t in tables);
    await before.transaction('rw', before.tables, async () => {
      for (const table of v3Tables) await before.table(table).bulkPut(tables[table as keyof typeof tables] as object[]);
    });
    // The support chain's tables (version 6) start empty.
    const expected = canonical({
      ...Object.fromEntries(await Promise.all(v3Tables.map(async (t) => [t, await before.table(t).toArray()]))),
      adaptations: [],
      referrals: [],
    });
    before.close();
    const db = new InsynDatabase(name);
    await db.open();
    expect(canonical(await readTables(db))).toBe(expected);
    db.close();
  });
});
