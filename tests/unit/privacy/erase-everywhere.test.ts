import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { recordVisit } from '@/utils/db/visits';
import { backupFile, exportCsvFile, exportJsonFile, exportXlsxFile, type ExportFile } from '@/utils/export/actions';
import { buildExport } from '@/utils/export/json';
import { exportSchoolFile } from '@/utils/principal/actions';
import { storeSchoolExport } from '@/utils/principal/store';
import { erasePupil } from '@/utils/store/erase';
import { applyImport } from '@/utils/import/apply';
import { forgetPagesNaming, saveTabStatus } from '@/utils/tabs/tab-status';
import { namedTables, T } from '../export/named-rows';
import { freshDatabase } from './rows';

/**
 * Issue 22, done-when 4: after erasing a pupil, a search of the whole database, session storage and every
 * export finds no trace of her name or id. She is seeded everywhere Insyn keeps anything: every table (by
 * id, by name in free text, templates and recipes, a group-less duplicate row and one by name and group),
 * the rows' arrival times, a principal's collected file, page visits (old ones with query and fragment)
 * and the per-tab status in session storage. A classmate seeded the same way must stay, or the search
 * would prove nothing.
 */
let db = freshDatabase();
afterEach(async () => {
  await db.delete();
  db = freshDatabase();
});

const ALVA = { first: 'Alva', last: 'Berg', pageId: 4901, group: '5A' };
const ELIAS = { first: 'Elias', last: 'Lind', pageId: 5202, group: '5A' };
const NOW = T + 86_400_000;

const traces = [/alva/i, /berg/i, /(?<!\d)4901(?!\d)/];

async function seed() {
  // Settings hold no pupil: the helper's note naming them all is not what a teacher's settings are.
  const settings = [{ key: 'settings', value: { teacherName: 'Lena Lärare', school: 'Ängsskolan' } }];
  const tables = { ...namedTables([ALVA, ELIAS, { first: 'Alva', last: 'Berg' }, { first: 'Alva', last: 'Berg', group: '5A' }]), settings };
  await applyImport(db, buildExport(tables, { teacher: 'Lena', school: 'Ängsskolan', appVersion: '1', exportedAt: T }), 'replace', T);
  const colleague = { ...namedTables([ALVA, ELIAS]), settings };
  await storeSchoolExport(db, buildExport(colleague, { teacher: 'Kollega', school: 'Ängsskolan', appVersion: '1', exportedAt: T }), T);
  const visit = (url: string) => ({ url, kind: 'pupil-assessment' as const, at: T, pupils: 1, atRisk: 1 });
  await recordVisit(db, visit('https://skola.infomentor.se/elev/4901/omdome?namn=Alva+Berg#/iup'));
  await recordVisit(db, visit('https://skola.infomentor.se/grupp/5A/omdome'));
  // Stored by an Insyn before version 8, with the whole address.
  await db.visits.add(visit('https://hub.infomentor.se/#/elev/4901/iup'));
  const status = (url: string) => ({ url, at: T, kind: 'pupil-assessment' as const, pupils: 1, atRisk: 1 });
  await saveTabStatus(1, status('https://skola.infomentor.se/elev/4901/omdome#/Alva'));
  await saveTabStatus(2, status('https://hub.infomentor.se/#/assessmentv2/pupil?name=Berg%2C%20Alva'), 3);
  await saveTabStatus(4, status('https://skola.infomentor.se/elev/5202/omdome'));
}

async function everything(): Promise<Record<string, string>> {
  const text = (file: ExportFile) =>
    typeof file.content === 'string'
      ? file.content
      : Object.values(unzipSync(file.content))
          .map((part) => strFromU8(part))
          .join('\n');
  const database = Object.fromEntries(await Promise.all(db.tables.map(async (t) => [`db.${t.name}`, JSON.stringify(await t.toArray())])));
  const choice = { pseudonymise: false, appVersion: '1', now: NOW };
  return {
    ...database,
    session: JSON.stringify(await fakeBrowser.storage.session.get(null)),
    backup: text(await backupFile(db, '1', NOW)),
    named: text(await exportJsonFile(db, choice)),
    pseudonymised: text(await exportJsonFile(db, { ...choice, pseudonymise: true })),
    contactsCsv: text(await exportCsvFile(db, 'contacts', choice)),
    checklistCsv: text(await exportCsvFile(db, 'checklist', choice)),
    workbook: text(await exportXlsxFile(db, choice)),
    schoolFile: text(await exportSchoolFile(db, { pseudonymise: false, keepKey: true }, '1', NOW)),
  };
}

const found = (places: Record<string, string>, patterns: RegExp[]) =>
  Object.entries(places).flatMap(([place, text]) => patterns.filter((p) => p.test(text)).map((p) => `${place}: ${p.source}`));

describe('erasing a pupil leaves no trace of her', () => {
  it('in the database, session storage or any export', async () => {
    await seed();
    expect(found(await everything(), traces).length).toBeGreaterThan(20);

    const erased = await erasePupil(db, 'im:4901', forgetPagesNaming);

    expect(found(await everything(), traces)).toEqual([]);
    expect(erased).toMatchObject({ pupils: 3, templates: 3, recipes: 3, schoolExports: 1, sessions: 2, visits: 2 });
    // Her classmate is all there.
    const after = await everything();
    for (const place of ['db.pupils', 'db.contacts', 'db.templates', 'db.recipes', 'db.schoolExports', 'session', 'backup', 'workbook'])
      expect(after[place], place).toMatch(/Lind|5202/);
    expect(await db.pupils.count()).toBe(1);
    expect(await db.arrivals.where('table').equals('pupils').count()).toBe(1);
  });

  it('erasing a duplicate by name erases her rows by name only where the group fits', async () => {
    const tables = namedTables([
      { first: 'Alva', last: 'Berg', group: '5A' },
      { first: 'Alva', last: 'Berg' },
      { first: 'Alva', last: 'Berg', group: '7C' },
    ]);
    await applyImport(db, buildExport(tables, { teacher: 'Lena', school: 'Ä', appVersion: '1', exportedAt: T }), 'replace', T);
    await erasePupil(db, 'name:berg, alva|5a');
    // Another Alva Berg, in 7C, is another pupil.
    expect((await db.pupils.toArray()).map((p) => p.id)).toEqual(['name:berg, alva|7c']);
    expect((await db.risks.toArray()).map((r) => r.pupilId)).toEqual(['name:berg, alva|7c']);
  });
});
