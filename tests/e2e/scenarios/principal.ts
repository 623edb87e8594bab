import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../tools/fixture-server';
import { readXlsx } from '../../tools/read-xlsx';
import { emptyTables } from '../../tools/empty-tables';
import { buildExport, exportToJson } from '../../../utils/export/json';
import type { ExportTables } from '../../../utils/export/schema';
import type { BrowserName, InsynBrowser, Target } from '../driver/driver';
import { launchDriver } from '../driver/launch';

/**
 * Rut's journey with the production build: three teachers' export files go into the principal view
 * through the dashboard, and the figures, the chart and the exported workbook say what the files hold —
 * with nothing leaving the browser. And a teacher imports a colleague's file with a preview first.
 */
const at = (iso: string) => Date.parse(`${iso}T09:00:00Z`);
const pupil = (id: string, name: string, group: string) => ({ id, name, group, firstSeen: at('2025-11-01'), lastSeen: at('2025-11-01') });
const risk = (pupilId: string, subject: string, firstSeen: string) => ({
  id: `${pupilId}|${subject}|Ht 2025`,
  pupilId,
  subject,
  term: 'Ht 2025',
  source: 'assessment' as const,
  evidence: ['Ämnesomdöme: otillräckliga kunskaper'],
  firstSeen: at(firstSeen),
  lastSeen: at(firstSeen),
  status: 'open' as const,
});
const contact = (id: string, pupilId: string, day: string, subject: string) => ({
  id,
  pupilId,
  subjects: [subject],
  riskIds: [],
  at: at(day),
  channel: 'telefon' as const,
  withWhom: 'Vårdnadshavare',
  summary: 'Samtal om stödet',
  outcome: 'nadd' as const,
  author: 'Lärare',
  created: at(day),
  updated: at(day),
});

/**
 * Lena's file is from 21 November (the scenario): two maths risks, one contacted in time and one
 * late, and two Swedish risks that showed on 20 November and were never contacted, due 27 November —
 * after her export. Read on 10 December, her file is old and those two count as late.
 */
function lena(): ExportTables {
  const t = emptyTables();
  t.pupils = [
    pupil('im:1', 'Andersson, Alva', '5A'),
    pupil('im:2', 'Berg, Elias', '5A'),
    pupil('im:3', 'Nilsson, Noah', '5A'),
    pupil('im:4', 'Wik, Wilma', '5A'),
  ];
  t.risks = [
    risk('im:1', 'Matematik', '2025-11-07'),
    risk('im:2', 'Matematik', '2025-11-07'),
    risk('im:3', 'Svenska', '2025-11-20'),
    risk('im:4', 'Svenska', '2025-11-20'),
  ];
  t.contacts = [contact('l1', 'im:1', '2025-11-14', 'Matematik'), contact('l2', 'im:2', '2025-11-17', 'Matematik')];
  return t;
}
/** Ahmed: three physics risks on a Wednesday, contacted the next Wednesday: in time only if weekends do not count. */
function ahmed(): ExportTables {
  const t = emptyTables();
  t.pupils = [pupil('im:9', 'Öberg, Åsa', '8C'), pupil('im:10', 'Olsson, Oskar', '8C'), pupil('im:11', 'Ek, Ida', '8C')];
  t.risks = ['im:9', 'im:10', 'im:11'].map((id) => risk(id, 'Fysik', '2025-11-05'));
  t.contacts = ['im:9', 'im:10', 'im:11'].map((id, i) => contact(`a${i}`, id, '2025-11-12', 'Fysik'));
  return t;
}
/** Sara: an English risk never contacted, an IUP not posted home, a decision not sent home and one not yet due. */
function sara(): ExportTables {
  const t = emptyTables();
  t.pupils = [pupil('im:20', 'Çelik, Zeynep', '3B')];
  t.risks = [risk('im:20', 'Engelska', '2025-11-10')];
  const open = { pupilId: 'im:20', term: 'Ht 2025', status: 'open' as const };
  t.checklist = [
    { ...open, id: 'iup-posted|im:20|Ht 2025', kind: 'iup-posted', due: '2025-12-05' },
    { ...open, id: 'decision-sent-home|im:20|Ht 2025|1', kind: 'decision-sent-home', due: '2025-12-01' },
    { ...open, id: 'decision-sent-home|im:20|Ht 2025|2', kind: 'decision-sent-home', due: '2025-12-15' },
  ];
  return t;
}

/** The teachers' files, of different ages, written where the browser's file chooser can take them. */
export function writeTeacherFiles(dir: string): void {
  for (const [teacher, tables, exported] of [
    ['Lena Lärare', lena(), '2025-11-21'],
    ['Ahmed Lärare', ahmed(), '2025-12-08'],
    ['Sara Lärare', sara(), '2025-12-09'],
  ] as const) {
    const data = buildExport(tables, { teacher, school: 'Ängsskolan', appVersion: '0.1.0', exportedAt: at(exported) });
    writeFileSync(join(dir, `${teacher.split(' ')[0]}.json`), exportToJson(data));
  }
}

const sheet = (content: Buffer, name: string) => {
  const book = readXlsx(content);
  return { names: book.sheetNames, ...book.sheets[name]! };
};

/** The principal view journey in one browser; the thin principal.<browser>.e2e.test.ts files run it. */
export function principalJourney(name: BrowserName): void {
  let server: FixtureServer;
  let browser: InsynBrowser;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'insyn-principal-'));
    writeTeacherFiles(dir);
    server = await startFixtureServer();
    browser = await launchDriver(name, { fixturePort: server.port });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  describe(`principal view (${name}, production build)`, () => {
    it('imports three teachers’ files of different ages and shows figures as of the view date, each file’s age, and the items behind a number', async () => {
      const page = await browser.openExtensionPage('dashboard.html#principal', 'main');
      const input = await page.find({ css: 'input[type="file"]', name: 'Läs in lärarnas exportfiler (en eller flera)' });
      await input.upload(['Lena', 'Ahmed', 'Sara'].map((teacher) => join(dir, `${teacher}.json`)));
      await page.find({ css: '[role="status"]', name: '3 av 3 filer lästes in.' });
      // The view date defaults to today; the rektor reads the files on 10 December.
      expect(await page.value({ css: 'input[type="date"]', name: 'Siffrorna gäller dagen' })).toBe(await browser.today());
      await (await page.find({ css: 'input[type="date"]', name: 'Siffrorna gäller dagen' })).fill('2025-12-10');
      // Names and small counts are hidden by default; this check is of the figures themselves.
      await (await page.find({ css: 'input[type="checkbox"]', nameMatches: '^Ersätt elevernas namn med koder' })).click();

      const share: Target = { css: '[data-figure="share"]' };
      await expect.poll(() => page.text(share)).toContain('50 % (4 av 8)');
      expect(await page.text(share)).toContain('Skoldagar är måndag–fredag');
      expect(await page.text({ css: '.principal-as-of' })).toContain('10 december 2025');
      expect(await page.text({ css: '[data-figure="pupilsAtRisk"] .figure' })).toBe('8');
      expect(await page.text({ css: '[data-figure="contactsLate"] .figure' })).toBe('4');
      // The IUP and the first decision were due before 10 December; the second decision is not yet due.
      expect(await page.text({ css: '[data-figure="iupsNotSentHome"] .figure' })).toBe('1');
      expect(await page.text({ css: '[data-figure="decisionsNotSentHome"] .figure' })).toBe('1');

      const teachers: Target = { css: 'table', has: { css: 'caption', name: 'Per lärare, med filens ålder' } };
      const lenaRow: Target = { css: 'tr', nameMatches: '^Lena Lärare', within: teachers };
      const lenaText = await page.text(lenaRow);
      expect(lenaText).toContain('21 november 2025 (19 dagar före)');
      expect(lenaText).toContain('Gammal fil: äldre än 14 dagar');
      expect(lenaText).toContain('Kan ha ändrats sedan exporten (förföll efter den): Sena kontakter: 2.');
      // Her two Swedish risks, due 27 November, after her export, count as late: 1 of 4 in time.
      expect(lenaText).toContain('25 % (1 av 4)');
      expect(await page.text({ css: 'tr', nameMatches: '^Sara Lärare', within: teachers })).not.toContain('Gammal fil');

      const chartText = await page.text({ css: '[role="img"]', nameMatches: 'Andel kontaktade inom 5 skoldagar, per lärare' });
      expect(chartText).toContain('100 % (3 av 3)');
      expect(chartText).toContain('25 % (1 av 4) · under målet');
      expect(chartText).toContain('0 % (0 av 1) · under målet');

      await (await page.find({ css: 'button', nameMatches: '^3 – visa Sena kontakter: Lena Lärare$', within: lenaRow })).click();
      const list: Target = { css: 'section', name: 'Sena kontakter: Lena Lärare' };
      await page.find(list);
      expect(await page.texts({ css: 'tbody tr', within: list })).toEqual([
        'Lena LärareBerg, Elias5AMatematikHt 2025Kontakt med vårdnadshavare om risken2025-11-14',
        'Lena LärareNilsson, Noah5ASvenskaHt 2025Kontakt med vårdnadshavare om risken2025-11-27',
        'Lena LärareWik, Wilma5ASvenskaHt 2025Kontakt med vårdnadshavare om risken2025-11-27',
      ]);
      await (await page.find({ css: 'button', name: 'Stäng listan', within: list })).click();

      // As of her export's own day, Lena's file said 1 of 2: the view date decides.
      await (await page.find({ css: 'input[type="date"]', name: 'Siffrorna gäller dagen' })).fill('2025-11-21');
      await expect.poll(() => page.text(lenaRow)).toContain('50 % (1 av 2)');
      await (await page.find({ css: 'input[type="date"]', name: 'Siffrorna gäller dagen' })).fill('2025-12-10');
      await expect.poll(() => page.text(lenaRow)).toContain('25 % (1 av 4)');

      // The workbook for the board, pseudonymised: the writer must load under the extension's CSP.
      await (await page.find({ css: 'input[type="checkbox"]', nameMatches: '^Ersätt elevernas namn med koder' })).click();
      await expect.poll(() => page.text({ css: '[data-figure="iupsNotSentHome"] .figure' })).toBe('färre än 3');
      const workbook = await page.download({ css: 'button', name: 'Exportera översikt och risker (Excel)' });
      expect(workbook.name).toMatch(/^insyn-skolvy-\d{4}-\d{2}-\d{2}\.xlsx$/);
      const overview = sheet(workbook.content, 'Översikt');
      expect(overview.names).toEqual(['Översikt', 'Filer', 'Risker']);
      // After the pair counts: guardians told after the grading calendar's last day (years 6–8: Friday of week 45).
      expect(overview.rows.at(-1)!.slice(4)).toEqual([8, 8, 4, 0, 'färre än 3', 'färre än 3', 3, 8, 4, 50]);
      expect([overview.frozenRows, overview.autoFilter]).toEqual([1, `A1:N${overview.rows.length}`]);
      expect(sheet(workbook.content, 'Filer').rows[2]).toEqual([
        'Lena Lärare',
        'Ängsskolan',
        { date: '2025-11-21' },
        19,
        'Ja',
        'Sena kontakter: 2',
      ]);
      // Only the risks of a group with 3 or more pupils at risk are listed, by code: Ahmed's 8C.
      const risks = sheet(workbook.content, 'Risker').rows.slice(1);
      expect(risks.map((r) => [r[0], r[2]])).toEqual(Array.from({ length: 3 }, () => ['Ahmed Lärare', '8C']));
      expect(risks.every((r) => /^Elev-[0-9A-F]{6,}$/.test(String(r[1])))).toBe(true);
      expect(JSON.stringify(risks)).not.toContain('Åsa');

      expect((await page.axe(['.principal-section'])).violations).toEqual([]);
      expect(page.errorsFromInsyn()).toEqual([]);
      expect(browser.requestsOutsideExtension()).toEqual([]);
      await page.close();
    });

    it("a teacher imports a colleague's file with a preview, then saves the workbook (the XLSX writer loads in the extension)", async () => {
      const page = await browser.openExtensionPage('dashboard.html#export', 'main');
      await (await page.find({ css: 'input[type="file"]', name: 'Välj en Insyn-fil att importera' })).upload([join(dir, 'Lena.json')]);
      const preview: Target = { css: 'section', name: 'Det här ändras om du importerar Lena.json' };
      await page.find(preview);
      // Table, new, changed, and kept as this teacher's (newer here): 2 new contacts.
      expect(await page.text({ css: 'tr', nameMatches: 'Kontakter', within: preview })).toBe('Kontakter2000');
      await (await page.find({ css: 'button', name: 'Importera', within: preview })).click();
      await page.find({ css: '[role="status"]', nameMatches: 'Importen är klar: 10 nya och 0 ändrade' });

      const workbook = await page.download({ css: 'button', name: 'Kontaktlogg och checklista (Excel)' });
      const contacts = sheet(workbook.content, 'Kontaktlogg');
      expect(contacts.names).toEqual(['Checklista', 'Kontaktlogg', 'Försenat']);
      expect(contacts.rows.slice(1).map((r) => [r[0], r[1], r[4]])).toEqual([
        [{ date: '2025-11-14' }, 'Andersson, Alva', 'Telefon'],
        [{ date: '2025-11-17' }, 'Berg, Elias', 'Telefon'],
      ]);
      expect(contacts.cells.find((c) => c.ref === 'A2')).toMatchObject({ type: 'n', format: 'yyyy-mm-dd' });
      expect([contacts.frozenRows, contacts.autoFilter]).toEqual([1, 'A1:J3']);

      expect((await page.axe(['.export-section'])).violations).toEqual([]);
      expect(page.errorsFromInsyn()).toEqual([]);
      await page.close();
    });
  });
}
