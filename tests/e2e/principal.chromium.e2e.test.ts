import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import * as XLSX from 'xlsx';
import { collectPageErrors, launchChromium, type ChromiumWithInsyn } from '../tools/chromium';
import { startFixtureServer, type FixtureServer } from '../tools/fixture-server';
import { buildExport, exportToJson } from '../../utils/export/json';
import type { ExportTables } from '../../utils/export/schema';

/**
 * Rut's journey in a real Chromium with the production build: three teachers' export files go into the
 * principal view through the dashboard, and the figures, the chart and the exported workbook say what
 * the files hold — with nothing leaving the browser.
 */
let server: FixtureServer;
let browser: ChromiumWithInsyn;
let dir: string;

const at = (iso: string) => Date.parse(`${iso}T09:00:00Z`);
const empty = (): ExportTables => ({ pupils: [], risks: [], documents: [], contacts: [], checklist: [], templates: [], recipes: [], settings: [], events: [] });
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
    { id: 'decision-sent-home|im:20|Ht 2025', pupilId: 'im:20', kind: 'decision-sent-home', term: 'Ht 2025', due: '2025-12-01', status: 'open' },
  ];
  return t;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'insyn-principal-'));
  for (const [teacher, tables] of [['Lena Lärare', lena()], ['Ahmed Lärare', ahmed()], ['Sara Lärare', sara()]] as const) {
    const data = buildExport(tables, { teacher, school: 'Ängsskolan', appVersion: '0.1.0', exportedAt: at('2025-12-10') });
    writeFileSync(join(dir, `${teacher.split(' ')[0]}.json`), exportToJson(data));
  }
  server = await startFixtureServer();
  browser = await launchChromium({ fixturePort: server.port });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('principal view in Chromium (production build)', () => {
  it('imports three teachers’ exports through the dashboard and shows figures that can be checked by hand', async () => {
    const page = await browser.context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(browser.extensionUrl('dashboard.html#principal'));
    const input = page.getByLabel('Läs in lärarnas exportfiler (en eller flera)');
    await input.setInputFiles(['Lena', 'Ahmed', 'Sara'].map((name) => join(dir, `${name}.json`)));
    await page.getByText('3 av 3 filer lästes in.').waitFor();

    const share = page.locator('[data-figure="share"]');
    await expect.poll(() => share.textContent()).toContain('50 % (2 av 4)');
    expect(await share.textContent()).toContain('Skoldagar är måndag–fredag');
    expect(await page.locator('[data-figure="risk"] .figure').textContent()).toBe('4');
    expect(await page.locator('[data-figure="iup"] .figure').textContent()).toBe('1');
    expect(await page.locator('[data-figure="decision"] .figure').textContent()).toBe('1');

    const chart = page.getByRole('img', { name: /Andel kontaktade inom 5 skoldagar, per lärare/ });
    const chartText = await chart.textContent();
    expect(chartText).toContain('Ahmed Lärare');
    expect(chartText).toContain('100 % (1 av 1)');
    expect(chartText).toContain('50 % (1 av 2) · under målet');
    expect(chartText).toContain('0 % (0 av 1) · under målet');

    const table = page.getByRole('table', { name: 'Per lärare, grupp, ämne och termin' });
    const lenaRow = table.getByRole('row', { name: /Lena Lärare.*5A.*Matematik/ });
    expect(await lenaRow.textContent()).toContain('50 % (1 av 2)');

    // The workbook for the board, pupils pseudonymised (the default): exceljs must load under the extension's CSP.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exportera översikt och risker (Excel)' }).click()]);
    const path = join(dir, download.suggestedFilename());
    await download.saveAs(path);
    expect(download.suggestedFilename()).toMatch(/^insyn-skolvy-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const book = XLSX.read(readFileSync(path), { type: 'buffer' });
    const overview = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['Översikt']!, { header: 1, raw: true, defval: '' });
    expect(overview.at(-1)!.slice(4, 8)).toEqual([4, 4, 2, 50]);
    const risks = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets.Risker!, { header: 1, raw: true, defval: '' });
    expect(risks.slice(1).map((r) => String(r[1])).every((name) => /^Elev-[0-9A-F]{6,}$/.test(name))).toBe(true);
    expect(JSON.stringify(risks)).not.toContain('Åsa');

    const axe = await new AxeBuilder({ page }).include('.principal-section').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    expect(errors).toEqual([]);
    expect(browser.requests.filter((url) => !url.startsWith('chrome-extension://'))).toEqual([]);
    await page.close();
  });

  it("a teacher imports a colleague's file with a preview, then saves the workbook (exceljs loads in the extension)", async () => {
    const page = await browser.context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(browser.extensionUrl('dashboard.html#export'));
    await page.getByLabel('Välj en Insyn-fil att importera').setInputFiles(join(dir, 'Lena.json'));
    const preview = page.getByRole('region', { name: 'Det här ändras om du importerar Lena.json' });
    expect(await preview.getByRole('row', { name: /Kontakter/ }).textContent()).toBe('Kontakter200');
    await preview.getByRole('button', { name: 'Importera' }).click();
    await page.getByText(/Importen är klar: 6 nya och 0 ändrade/).waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Kontaktlogg och checklista (Excel)' }).click()]);
    const path = join(dir, download.suggestedFilename());
    await download.saveAs(path);
    const book = XLSX.read(readFileSync(path), { type: 'buffer' });
    expect(book.SheetNames).toEqual(['Checklista', 'Kontaktlogg']);
    const contacts = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets.Kontaktlogg!, { header: 1, raw: true, defval: '' });
    expect(contacts.slice(1).map((r) => [r[0], r[1], r[4]])).toEqual([
      ['2025-11-14', 'Andersson, Alva', 'Telefon'],
      ['2025-11-17', 'Berg, Elias', 'Telefon'],
    ]);

    const axe = await new AxeBuilder({ page }).include('.export-section').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
