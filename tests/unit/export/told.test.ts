import { afterEach, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { InsynDatabase } from '@/utils/db/database';
import { backupFile, exportCsvFile, exportJsonFile, exportXlsxFile } from '@/utils/export/actions';
import { readTables } from '@/utils/export/read-tables';
import { canonical } from '@/utils/import/row-keys';
import { applyImport } from '@/utils/import/apply';
import { parseExport } from '@/utils/import/parse';
import { databaseName, fillDatabase, sampleTables } from './sample-data';

/** The export keeps guardians, attempts and protection (as optional fields of version 1), and never names a protected pupil. */
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

function tablesWithFacts() {
  const tables = sampleTables();
  tables.pupils[1] = { ...tables.pupils[1]!, guardianExempt: { guardian: 2, reason: 'via-annan' }, interpreter: 'somaliska' };
  tables.pupils[2] = { ...tables.pupils[2]!, guardians: 1 };
  tables.contacts[0] = { ...tables.contacts[0]!, guardians: [1, 2], retry: '2025-11-24' };
  return tables;
}

const text = (content: string | Uint8Array) =>
  typeof content === 'string'
    ? content
    : Object.values(unzipSync(content))
        .map((file) => strFromU8(file))
        .join('\n');

describe('guardians, retries and protection in the export', () => {
  it('round-trip: export → wipe → import gives back the new fields unchanged', async () => {
    const source = newDb();
    await fillDatabase(source, tablesWithFacts());
    const before = await readTables(source);
    const file = await exportJsonFile(source, { pseudonymise: false, appVersion: '1', now: NOW });
    const parsed = parseExport(file.content as string);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.data.tables.contacts[0]).toMatchObject({ guardians: [1, 2], retry: '2025-11-24' });
    const restored = newDb();
    await applyImport(restored, parsed.data, 'replace');
    expect(canonical(await readTables(restored))).toBe(canonical(before));
  });

  it('leaves out a contact whose guardian is neither 1 nor 2, and says where', async () => {
    const db = newDb();
    await fillDatabase(db, tablesWithFacts());
    const file = JSON.parse((await exportJsonFile(db, { pseudonymise: false, appVersion: '1', now: NOW })).content as string);
    expect(parseExport(JSON.stringify(file)).ok).toBe(true);
    file.tables.contacts[0].guardians = [3];
    const parsed = parseExport(JSON.stringify(file));
    expect(parsed.ok && parsed.skipped.map((p) => p.path)).toEqual(['contacts[0].guardians[0]']);
    expect(parsed.ok && parsed.data.tables.contacts.length).toBe(file.tables.contacts.length - 1);
  });

  it('never names a pupil with protected personal data: not in a named JSON, a backup, the CSV or the workbook', async () => {
    const tables = tablesWithFacts();
    tables.pupils[0] = { ...tables.pupils[0]!, protectedData: true };
    const db = newDb();
    await fillDatabase(db, tables);
    const files = [
      await exportJsonFile(db, { pseudonymise: false, appVersion: '1', now: NOW }),
      await backupFile(db, '1', NOW),
      await exportCsvFile(db, 'contacts', { pseudonymise: false, appVersion: '1', now: NOW }),
      await exportCsvFile(db, 'checklist', { pseudonymise: false, appVersion: '1', now: NOW }),
      await exportXlsxFile(db, { pseudonymise: false, appVersion: '1', now: NOW }),
    ];
    for (const file of files) {
      const content = text(file.content);
      expect(content, file.name).not.toMatch(/Andersson|Alva|im:1001|Åke/);
    }
    // The other pupils stay named, and the protected one is there under its code, still marked.
    const json = JSON.parse(files[0]!.content as string) as { tables: { pupils: { name: string; protectedData?: true }[] } };
    expect(json.tables.pupils.map((p) => p.name)).toEqual(
      expect.arrayContaining(['Berg, Elias', expect.stringMatching(/^Elev-[0-9A-F]{6,}$/)]),
    );
    expect(json.tables.pupils.find((p) => p.name.startsWith('Elev-'))?.protectedData).toBe(true);
    expect(text(files[2]!.content)).toContain('Maria Berg');
  });
});
