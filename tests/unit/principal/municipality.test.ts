import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InsynDatabase } from '@/utils/db/database';
import { buildExport } from '@/utils/export/json';
import { exportSchoolFile, importSchoolFiles, loadSchoolView } from '@/utils/principal/actions';
import { municipalityRows } from '@/utils/principal/municipality';
import { storeSchoolExport } from '@/utils/principal/store';
import { databaseName, sampleTables } from '../export/sample-data';

const at = (iso: string) => Date.parse(`${iso}T09:00:00Z`);
const choice = { withinSchoolDays: 5, asOf: '2025-12-10' };
const teacherFile = (teacher: string, school: string) =>
  buildExport(sampleTables(), { teacher, school, appVersion: '1', exportedAt: at('2025-12-09') });

describe('the municipality: school files read side by side', () => {
  const dbs: InsynDatabase[] = [];
  const open = () => {
    const db = new InsynDatabase(databaseName());
    dbs.push(db);
    return db;
  };
  let angs: InsynDatabase;
  let bjork: InsynDatabase;
  beforeEach(async () => {
    angs = open();
    bjork = open();
    await storeSchoolExport(angs, teacherFile('Lena Lärare', 'Ängsskolan'));
    await storeSchoolExport(angs, teacherFile('Ahmed Lärare', 'Ängsskolan'));
    await storeSchoolExport(bjork, teacherFile('Sara Lärare', 'Björkskolan'));
  });
  afterEach(() => Promise.all(dbs.splice(0).map((db) => db.delete())));

  async function schoolFile(db: InsynDatabase) {
    const file = await exportSchoolFile(db, { pseudonymise: true, keepKey: false }, '1', at('2025-12-10'));
    return { name: file.name, text: file.content as string, file: new File([file.content as string], file.name) };
  }

  it('a coordinator imports two schools’ files and sees each school’s figures as its principal does, by the same rules', async () => {
    const [a, b] = [await schoolFile(angs), await schoolFile(bjork)];
    expect(a.name).toBe('insyn-skolfil-angsskolan-2025-12-10.json');
    // Pseudonymised: no pupil's name, no free text about pupils or guardians.
    for (const text of [a.text, b.text])
      for (const secret of ['Alva', 'Elias', 'Åke Andersson', 'hemsituationen']) expect(text).not.toContain(secret);

    const coordinator = open();
    const outcomes = await importSchoolFiles(coordinator, [a.file, b.file]);
    expect(outcomes.map((o) => [o.file, o.ok])).toEqual([
      [a.name, true],
      [a.name, true],
      [b.name, true],
    ]);
    const rows = municipalityRows(await loadSchoolView(coordinator, choice));
    const wholes = rows
      .filter((r) => r.whole)
      .map((r) => [r.school, r.pupilsAtRisk, r.pairsAtRisk, r.contactsLate, r.risksDue, r.contactedInTime]);
    // One code per pupil within a school file: Lena's and Ahmed's shared pupils count once at Ängsskolan.
    expect(wholes).toEqual([
      ['Björkskolan', 2, 2, 1, 2, 1],
      ['Ängsskolan', 2, 4, 2, 4, 2],
    ]);
    for (const [db, school] of [
      [angs, 'Ängsskolan'],
      [bjork, 'Björkskolan'],
    ] as const) {
      const own = (await loadSchoolView(db, choice)).total;
      expect(rows.find((r) => r.whole && r.school === school)).toMatchObject({
        pupilsAtRisk: own.pupilsAtRisk,
        contactsLate: own.contactsLate,
        overduePublications: own.overduePublications,
        shareInTime: own.shareInTime,
      });
    }
    // Per school, year group (5, from the pupils' records) and subject.
    expect(
      rows.filter((r) => !r.whole && r.school === 'Ängsskolan').map((r) => [r.year, r.subject, r.pairsAtRisk, r.overduePublications]),
    ).toEqual([
      ['5', 'Matematik', 2, 2],
      ['5', 'Svenska', 2, 0],
    ]);
  });

  it('refuses a damaged school file, naming the teacher file and field, and stores nothing of it', async () => {
    const file = JSON.parse((await schoolFile(angs)).text);
    file.files[1].tables.contacts = 'nej';
    const coordinator = open();
    const [outcome] = await importSchoolFiles(coordinator, [new File([JSON.stringify(file)], 'skolfil.json')]);
    expect(outcome).toMatchObject({ file: 'skolfil.json', ok: false });
    expect(outcome!.message).toContain('files[1].contacts');
    expect(await coordinator.schoolExports.count()).toBe(0);
  });
});
