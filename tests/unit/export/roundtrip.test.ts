import { afterEach, describe, expect, it } from 'vitest';
import { InsynDatabase } from '@/utils/db/database';
import { backupFile, exportJsonFile } from '@/utils/export/actions';
import { readTables } from '@/utils/export/read-tables';
import { applyImport, previewImport } from '@/utils/import/apply';
import { canonical, keyOf } from '@/utils/import/row-keys';
import { TABLE_NAMES, type ExportTables } from '@/utils/export/schema';
import { parseExport } from '@/utils/import/parse';
import { databaseName, fillDatabase, sampleTables } from './sample-data';

const open: InsynDatabase[] = [];
function newDb() {
  const db = new InsynDatabase(databaseName());
  open.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.delete()));
});

const NOW = Date.parse('2025-12-10T10:00:00Z');

/** Tables as comparable text, rows in key order (the database returns them by primary key). */
function sorted(tables: ExportTables): string {
  return canonical(
    Object.fromEntries(
      TABLE_NAMES.map((name) => [name, [...(tables[name] as object[])].sort((a, b) => (keyOf(name, a) < keyOf(name, b) ? -1 : 1))]),
    ),
  );
}

async function exported(db: InsynDatabase) {
  const file = await exportJsonFile(db, { pseudonymise: false, appVersion: '1.2.3', now: NOW });
  const parsed = parseExport(file.content as string);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return { file, data: parsed.data };
}

describe('export → wipe → import', () => {
  it('gives back identical data, table by table', async () => {
    const source = newDb();
    await fillDatabase(source);
    const before = await readTables(source);
    const { data, file } = await exported(source);
    expect(file.name).toBe('insyn-lena-larare-2025-12-10.json');
    expect(data.teacher).toBe('Lena Lärare');
    expect(data.school).toBe('Ängsskolan');
    expect(data.appVersion).toBe('1.2.3');

    await source.delete();
    const restored = newDb();
    const plan = await applyImport(restored, data, 'replace');
    expect(plan.counts.contacts).toEqual({ added: 2, changed: 0, unchanged: 0, removed: 0, kept: 0 });
    expect(canonical(await readTables(restored))).toBe(canonical(before));
  });

  it('merge into an empty database gives the same data, events included, settings not', async () => {
    const source = newDb();
    await fillDatabase(source);
    const { data } = await exported(source);
    const target = newDb();
    await applyImport(target, data, 'merge');
    const after = await readTables(target);
    expect(sorted(after)).toBe(sorted({ ...sampleTables(), settings: [] }));
  });

  it('importing the same file again changes nothing', async () => {
    const source = newDb();
    await fillDatabase(source);
    const { data } = await exported(source);
    for (const mode of ['merge', 'replace'] as const) {
      const before = canonical(await readTables(source));
      const preview = await previewImport(source, data, mode);
      expect(preview.noChange).toBe(true);
      await applyImport(source, data, mode);
      expect(canonical(await readTables(source))).toBe(before);
    }
  });

  it('merge adds what is new, replaces what differs and keeps what the file lacks', async () => {
    const target = newDb();
    await fillDatabase(target);
    const incoming = sampleTables();
    incoming.contacts[0] = { ...incoming.contacts[0]!, summary: 'Ny sammanfattning', updated: NOW };
    incoming.pupils.push({ id: 'im:2000', name: 'Ny, Elev', group: '5B', firstSeen: NOW, lastSeen: NOW });
    incoming.events.push({ id: 1, at: NOW, action: 'contact/update', subject: 'c-1' });
    incoming.templates = [];
    const { data } = await exported(target);
    const plan = await applyImport(target, { ...data, tables: incoming }, 'merge');
    expect(plan.counts.contacts).toMatchObject({ added: 0, changed: 1, unchanged: 1 });
    expect(plan.counts.pupils).toMatchObject({ added: 1, changed: 0, unchanged: 3 });
    // An event from another database that reuses an id is a new event, not a replacement.
    expect(plan.counts.events).toMatchObject({ added: 1, changed: 0, unchanged: 3 });
    expect(await target.events.count()).toBe(4);
    expect((await target.events.get(1))?.action).toBe('contact/log');
    expect((await target.contacts.get('c-1'))?.summary).toBe('Ny sammanfattning');
    expect(await target.templates.count()).toBe(1);
  });

  it('restore replaces everything, removing rows the backup lacks', async () => {
    const db = newDb();
    await fillDatabase(db);
    const backup = await backupFile(db, '1.2.3', NOW);
    expect(backup.name).toBe('insyn-sakerhetskopia-2025-12-10.json');
    await db.pupils.add({ id: 'im:9', name: 'Senare, Tillagd', firstSeen: NOW, lastSeen: NOW });
    await db.contacts.delete('c-2');
    const parsed = parseExport(backup.content as string);
    if (!parsed.ok) throw new Error('backup did not parse');
    const plan = await previewImport(db, parsed.data, 'replace');
    expect(plan.counts.pupils).toMatchObject({ removed: 1, unchanged: 3 });
    expect(plan.counts.contacts).toMatchObject({ added: 1, unchanged: 1 });
    await applyImport(db, parsed.data, 'replace');
    expect(sorted(await readTables(db))).toBe(sorted(sampleTables()));
  });

  it('keeps visits, which are not exported, through a restore', async () => {
    const db = newDb();
    await fillDatabase(db);
    await db.visits.add({ url: 'https://skola.infomentor.se/x', kind: 'grades', at: NOW, pupils: 3, atRisk: 1 });
    const { data } = await exported(db);
    await applyImport(db, data, 'replace');
    expect(await db.visits.count()).toBe(1);
  });

  it("merging a colleague's file keeps this teacher's own settings, restore replaces them", async () => {
    const db = newDb();
    await fillDatabase(db);
    const { data } = await exported(db);
    const colleague = {
      ...data,
      tables: {
        ...data.tables,
        settings: [
          { key: 'settings', value: { teacherName: 'Kollega' } },
          { key: 'ny', value: 1 },
        ],
      },
    };
    const plan = await applyImport(db, colleague, 'merge');
    expect(plan.counts.settings).toEqual({ added: 0, changed: 0, unchanged: 0, removed: 0, kept: 2 });
    expect(await db.settings.get('ny')).toBeUndefined();
    expect((await db.settings.get('settings'))?.value).toMatchObject({ teacherName: 'Lena Lärare' });
    await applyImport(db, colleague, 'replace');
    expect((await db.settings.get('settings'))?.value).toEqual({ teacherName: 'Kollega' });
  });
});
