import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InsynDatabase } from '@/utils/db/database';
import { buildExport, exportToJson } from '@/utils/export/json';
import { importSchoolFiles } from '@/utils/principal/actions';
import { listSchoolExports, storeSchoolExport } from '@/utils/principal/store';
import { removeSchoolExport } from '@/utils/store/school-exports';
import { databaseName, sampleTables } from '../export/sample-data';

let db: InsynDatabase;
beforeEach(() => {
  db = new InsynDatabase(databaseName());
});
afterEach(() => db.delete());
const exportOf = (teacher: string, exportedAt: number) =>
  buildExport(sampleTables(), { teacher, school: 'Ängsskolan', appVersion: '1', exportedAt });

describe("the principal's files", () => {
  it('one per teacher: a newer file replaces, the same or an older file changes nothing', async () => {
    expect(await storeSchoolExport(db, exportOf('Lena', 1_000_000_000_000))).toBe('added');
    expect(await storeSchoolExport(db, exportOf('Lena', 1_000_000_000_000))).toBe('same');
    expect(await storeSchoolExport(db, exportOf(' lena ', 1_100_000_000_000))).toBe('replaced');
    expect(await storeSchoolExport(db, exportOf('Lena', 1_050_000_000_000))).toBe('older');
    expect(await storeSchoolExport(db, exportOf('Ahmed', 1_000_000_000_000))).toBe('added');
    const list = await listSchoolExports(db);
    expect(list.map((r) => [r.teacher, r.exportedAt])).toEqual([
      ['Ahmed', 1_000_000_000_000],
      ['lena', 1_100_000_000_000],
    ]);
    await removeSchoolExport(db, list[0]!.id);
    expect(await db.schoolExports.count()).toBe(1);
  });

  it('reads files, says which were refused and why', async () => {
    const good = new File([exportToJson(exportOf('Lena', 1_000_000_000_000))], 'lena.json');
    const noName = new File([exportToJson(exportOf('', 1_000_000_000_000))], 'anon.json');
    const broken = new File(['{"format":"insyn-export","version":1,'], 'trasig.json');
    const outcomes = await importSchoolFiles(db, [good, noName, broken]);
    expect(outcomes).toEqual([
      { file: 'lena.json', ok: true, message: 'Lena är tillagd.' },
      { file: 'anon.json', ok: false, message: expect.stringMatching(/saknar lärarens namn/) },
      { file: 'trasig.json', ok: false, message: 'Filen går inte att läsa som JSON. Den kan vara skadad eller avkortad.' },
    ]);
    expect(await db.schoolExports.count()).toBe(1);
  });
});
