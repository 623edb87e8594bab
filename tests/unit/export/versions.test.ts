import { afterEach, describe, expect, it } from 'vitest';
import { InsynDatabase } from '@/utils/db/database';
import { exportJsonFile } from '@/utils/export/actions';
import { readTables } from '@/utils/export/read-tables';
import { EXPORT_VERSION } from '@/utils/export/schema';
import { applyImport } from '@/utils/import/apply';
import { parseExport } from '@/utils/import/parse';
import { canonical, keyOf } from '@/utils/import/row-keys';
import type { TableName } from '@/utils/export/schema';
import { databaseName, fillDatabase, sampleTables } from './sample-data';

/** Export format version 2 carries the support chain; files of every earlier version still read, with nothing lost. */
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

/** A file as Insyn 1 wrote it: version 1, and no support chain tables at all. */
function versionOneFile() {
  const { adaptations: _a, referrals: _r, ...tables } = sampleTables();
  return {
    format: 'insyn-export',
    version: 1,
    exportedAt: NOW,
    appVersion: '0.9.0',
    teacher: 'Lena Lärare',
    school: 'Ängsskolan',
    pseudonymised: false,
    tables,
  };
}

describe('export format versions', () => {
  it('writes version 2, with the extra anpassningar and anmälningar, and reads them back the same', async () => {
    const source = newDb();
    await fillDatabase(source);
    const file = await exportJsonFile(source, { pseudonymise: false, appVersion: '1.2.3', now: NOW });
    const written = JSON.parse(file.content as string) as { version: number; tables: Record<string, unknown[]> };
    expect(EXPORT_VERSION).toBe(2);
    expect(written.version).toBe(2);
    expect(written.tables.adaptations).toEqual(sampleTables().adaptations);
    expect(written.tables.referrals).toEqual(sampleTables().referrals);

    const parsed = parseExport(file.content as string);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const restored = newDb();
    await applyImport(restored, parsed.data, 'replace');
    expect(canonical(await restored.adaptations.toArray())).toBe(canonical(sampleTables().adaptations));
    expect(canonical(await restored.referrals.toArray())).toBe(canonical(sampleTables().referrals));
  });

  it('reads a version-1 file with every row of every table, and the support chain empty', async () => {
    const parsed = parseExport(JSON.stringify(versionOneFile()));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const db = newDb();
    await applyImport(db, parsed.data, 'replace');
    const { adaptations: _a, referrals: _r, ...expected } = sampleTables();
    const { adaptations, referrals, ...read } = await readTables(db);
    expect(adaptations).toEqual([]);
    expect(referrals).toEqual([]);
    const inKeyOrder = (name: TableName, rows: readonly object[]) =>
      canonical([...rows].sort((a, b) => (keyOf(name, a) < keyOf(name, b) ? -1 : 1)));
    for (const [name, rows] of Object.entries(expected) as [TableName, object[]][]) {
      expect(inKeyOrder(name, read[name as keyof typeof read]), name).toBe(inKeyOrder(name, rows));
    }
  });

  it('merging a version-1 file keeps the support chain this database already has', async () => {
    const db = newDb();
    await fillDatabase(db);
    const parsed = parseExport(JSON.stringify(versionOneFile()));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    await applyImport(db, parsed.data, 'merge');
    expect(await db.adaptations.count()).toBe(1);
    expect(await db.referrals.count()).toBe(1);
  });

  it('leaves out a support row with a value no version knows, saying where', () => {
    const file = {
      ...versionOneFile(),
      version: 2,
      tables: { ...sampleTables(), referrals: [{ ...sampleTables().referrals[0]!, decision: 'expulsion' }] },
    };
    const parsed = parseExport(JSON.stringify(file));
    expect(parsed.ok && parsed.skipped).toEqual([{ path: 'referrals[0].decision', code: 'badValue' }]);
    expect(parsed.ok && parsed.data.tables.referrals).toEqual([]);
  });
});
