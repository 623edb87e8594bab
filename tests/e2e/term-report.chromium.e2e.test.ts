import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { extractText } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchChromium, type ChromiumWithInsyn } from '../tools/chromium';
import { startFixtureServer, type FixtureServer } from '../tools/fixture-server';
import { errorsFromInsyn } from '../tools/page-errors';
import { writeTeacherFiles } from './scenarios/principal';

/**
 * The term report printed to PDF by Chromium (page.pdf, print media): its pages hold the report and
 * nothing else of the dashboard. Firefox's WebDriver BiDi cannot print an extension page to a file we
 * can read, so this runs in Chromium only. With INSYN_SCREENSHOTS=<dir> the first two printed pages
 * are also saved there as PNG (how docs/screenshots/term-report-*.png were made).
 */
const SLOW = { timeout: 15_000 };
let server: FixtureServer;
let browser: ChromiumWithInsyn;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'insyn-report-'));
  writeTeacherFiles(dir);
  server = await startFixtureServer();
  browser = await launchChromium({ fixturePort: server.port });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('term report (Chromium, production build)', () => {
  it('prints one page per school and per teacher with the figures, rules and dates, and no menu or file picker', async () => {
    const page = await browser.context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(browser.extensionUrl('dashboard.html#principal'));
    await page
      .getByLabel('Läs in lärarnas exportfiler (en eller flera)')
      .setInputFiles(['Lena', 'Ahmed', 'Sara'].map((t) => join(dir, `${t}.json`)));
    await page.getByRole('status').filter({ hasText: '3 av 3 filer lästes in.' }).waitFor(SLOW);
    await page.getByLabel('Siffrorna gäller dagen').fill('2025-12-10');
    await page.getByLabel(/Ersätt elevernas namn med koder/).uncheck();
    await page.getByLabel('En sida per lärare också').check();
    await page.getByRole('button', { name: 'Visa terminsrapporten' }).click();
    await page.getByRole('heading', { name: 'Terminsrapport: Ängsskolan' }).waitFor(SLOW);

    expect((await new AxeBuilder({ page }).include('.term-report').analyze()).violations.map((v) => v.id)).toEqual([]);

    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    const { totalPages, text } = await extractText(new Uint8Array(pdf), { mergePages: false });
    // The school, then Ahmed, Lena and Sara: one page each.
    expect(totalPages).toBe(4);
    const pages = text.map((p) => p.replace(/\s+/g, ' '));
    expect(pages[0]).toContain('Terminsrapport: Ängsskolan');
    expect(pages[0]).toContain('Siffrorna gäller 10 december 2025');
    expect(pages[0]).toMatch(/Kontaktade inom 5 skoldagar 50 % \(4 av 8\)/);
    expect(pages[0]).toMatch(/Sena kontakter 4 Risker vars tidsfrist/);
    expect(pages[0]).toContain('Andel kontaktade inom 5 skoldagar, per lärare');
    expect(pages[0]).toContain('Lena Lärare: 21 november 2025 (19 dagar före) Gammal fil: äldre än 14 dagar.');
    expect(pages[1]).toContain('Terminsrapport: Ahmed Lärare, Ängsskolan');
    expect(pages[2]).toContain('Terminsrapport: Lena Lärare, Ängsskolan');
    expect(pages[2]).toMatch(/Kontaktade inom 5 skoldagar 25 % \(1 av 4\)/);
    expect(pages[3]).toContain('Terminsrapport: Sara Lärare, Ängsskolan');
    const all = pages.join('\n');
    // Nothing of the dashboard around the report: no menu, no file picker, no buttons.
    for (const absent of [
      'Läs in lärarnas exportfiler',
      'Kontaktlogg',
      'Inställningar',
      'Skriv ut rapporten',
      'Per lärare, grupp, ämne och termin',
    ])
      expect(all).not.toContain(absent);

    const shots = process.env.INSYN_SCREENSHOTS;
    if (shots) {
      mkdirSync(shots, { recursive: true });
      await page.setViewportSize({ width: 794, height: 1123 });
      const sheets = page.locator('.report-page');
      await sheets.nth(0).screenshot({ path: join(shots, 'term-report-1.png') });
      await sheets.nth(2).screenshot({ path: join(shots, 'term-report-2.png') });
    }
    expect(errorsFromInsyn(errors)).toEqual([]);
    await page.close();
  });
});
