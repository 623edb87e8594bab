import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../tools/fixture-server';
import { readXlsx } from '../../tools/read-xlsx';
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
const empty = (): ExportTables => ({
  pupils: [],
  risks: [],
  documents: [],
  contacts: [],
  checklist: [],
  templates: [],
  recipes: [],
  settings: [],
  events: [],
});
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

/** Lena: two maths risks, one contacted on the 5th school day (in time), one on the 6th (late). */
function lena(): ExportTables {
  const t = empty();
  t.pupils = [pupil('im:1', 'Andersson, Alva', '5A'), pupil('im:2', 'Berg, Elias', '5A')];
  t.risks = [risk('im:1', 'Matematik', '2025-11-07'), risk('im:2', 'Matematik', '2025-11-07')];
  t.contacts = [contact('l1', 'im:1', '2025-11-14', 'Matematik'), contact('l2', 'im:2', '2025-11-17', 'Matematik')];
  return t;
}
/** Ahmed: a physics risk on a Wednesday, contacted the next Wednesday: in time only if weekends do not count. */
function ahmed(): ExportTables {
  const t = empty();
  t.pupils = [pupil('im:9', 'Öberg, Åsa', '8C')];
  t.risks = [risk('im:9', 'Fysik', '2025-11-05')];
  t.contacts = [contact('a1', 'im:9', '2025-11-12', 'Fysik')];
  return t;
}
/** Sara: an English risk never contacted, an IUP not posted home and a decision not sent home. */
function sara(): ExportTables {
  const t = empty();
  t.pupils = [pupil('im:20', 'Çelik, Zeynep', '3B')];
  t.risks = [risk('im:20', 'Engelska', '2025-11-10')];
  t.checklist = [
    { id: 'iup-posted|im:20|Ht 2025', pupilId: 'im:20', kind: 'iup-posted', term: 'Ht 2025', due: '2025-12-05', status: 'open' },
    {
      id: 'decision-sent-home|im:20|Ht 2025',
      pupilId: 'im:20',
      kind: 'decision-sent-home',
      term: 'Ht 2025',
      due: '2025-12-01',
      status: 'open',
    },
  ];
  return t;
}

/** The teachers' files, written where the browser's file chooser can take them. */
function writeTeacherFiles(dir: string): void {
  for (const [teacher, tables] of [
    ['Lena Lärare', lena()],
    ['Ahmed Lärare', ahmed()],
    ['Sara Lärare', sara()],
  ] as const) {
    const data = buildExport(tables, { teacher, school: 'Ängsskolan', appVersion: '0.1.0', exportedAt: at('2025-12-10') });
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
    it('imports three teachers’ exports through the dashboard and shows figures that can be checked by hand', async () => {
      const page = await browser.openExtensionPage('dashboard.html#principal', 'main');
      const input = await page.find({ css: 'input[type="file"]', name: 'Läs in lärarnas exportfiler (en eller flera)' });
      await input.upload(['Lena', 'Ahmed', 'Sara'].map((teacher) => join(dir, `${teacher}.json`)));
      await page.find({ css: '[role="status"]', name: '3 av 3 filer lästes in.' });

      const share: Target = { css: '[data-figure="share"]' };
      await expect.poll(() => page.text(share)).toContain('50 % (2 av 4)');
      expect(await page.text(share)).toContain('Skoldagar är måndag–fredag');
      expect(await page.text({ css: '[data-figure="risk"] .figure' })).toBe('4');
      expect(await page.text({ css: '[data-figure="iup"] .figure' })).toBe('1');
      expect(await page.text({ css: '[data-figure="decision"] .figure' })).toBe('1');

      const chartText = await page.text({ css: '[role="img"]', nameMatches: 'Andel kontaktade inom 5 skoldagar, per lärare' });
      expect(chartText).toContain('Ahmed Lärare');
      expect(chartText).toContain('100 % (1 av 1)');
      expect(chartText).toContain('50 % (1 av 2) · under målet');
      expect(chartText).toContain('0 % (0 av 1) · under målet');

      const table: Target = { css: 'table', has: { css: 'caption', name: 'Per lärare, grupp, ämne och termin' } };
      expect(await page.text({ css: 'tr', nameMatches: 'Lena Lärare.*5A.*Matematik', within: table })).toContain('50 % (1 av 2)');

      // The workbook for the board, pupils pseudonymised (the default): the writer must load under the extension's CSP.
      const workbook = await page.download({ css: 'button', name: 'Exportera översikt och risker (Excel)' });
      expect(workbook.name).toMatch(/^insyn-skolvy-\d{4}-\d{2}-\d{2}\.xlsx$/);
      const overview = sheet(workbook.content, 'Översikt');
      expect(overview.rows.at(-1)!.slice(4, 8)).toEqual([4, 4, 2, 50]);
      expect([overview.frozenRows, overview.autoFilter]).toEqual([1, `A1:L${overview.rows.length}`]);
      const risks = sheet(workbook.content, 'Risker').rows;
      expect(
        risks
          .slice(1)
          .map((r) => String(r[1]))
          .every((pupil) => /^Elev-[0-9A-F]{6,}$/.test(pupil)),
      ).toBe(true);
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
      expect(await page.text({ css: 'tr', nameMatches: 'Kontakter', within: preview })).toBe('Kontakter200');
      await (await page.find({ css: 'button', name: 'Importera', within: preview })).click();
      await page.find({ css: '[role="status"]', nameMatches: 'Importen är klar: 6 nya och 0 ändrade' });

      const workbook = await page.download({ css: 'button', name: 'Kontaktlogg och checklista (Excel)' });
      const contacts = sheet(workbook.content, 'Kontaktlogg');
      expect(contacts.names).toEqual(['Checklista', 'Kontaktlogg']);
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
