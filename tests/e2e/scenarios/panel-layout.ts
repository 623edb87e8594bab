import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../tools/fixture-server';
import { setLanguage, t } from '../../../utils/i18n';
import { SLOW, type BrowserName, type DriverPage, type InsynBrowser, type Target } from '../driver/driver';
import type { ShadowOf } from '../driver/in-page';
import { launchDriver } from '../driver/launch';

/**
 * The panel never hides InfoMentor (issue 16): on the 5A page at 1366×768 (pinned by the launchers) the
 * open panel covers no column of InfoMentor's table, at the top of the page and scrolled to the panel;
 * the teacher may put it over the page instead, and that choice is remembered across a reload. A language
 * chosen in Insyn's settings reaches the open InfoMentor tab at once, without a reload.
 */
const FIXTURE = 'infomentor/kunskapssammanstallning-5a-matematik.html';
const panel: Target = { css: '[data-insyn-panel]' };
const launcher: Target = { css: '[data-insyn-launcher]' };
const placeButton: Target = { css: '[data-insyn-place]', within: panel };
/** The panel's open/close button in the current language, whichever state it is in. */
const toggleInLanguage = (): Target => ({
  css: 'button.toggle',
  nameMatches: `^(${t('panelExpand')}|${t('panelCollapse')})$`,
  within: panel,
});

interface Coverage {
  place: string | null;
  /** Columns of InfoMentor's table the panel or its corner button overlaps in the window, by heading. */
  covered: string[];
  columns: number;
}

/**
 * Runs where the test sees into Insyn's closed root: which of the table's columns (heading cell to table
 * end) the panel's boxes overlap on screen.
 */
function coverage(_arg: undefined, shadowOf: ShadowOf): Coverage {
  const host = document.querySelector('insyn-panel');
  const root = host ? shadowOf(host) : null;
  const boxes = ['[data-insyn-panel]', '[data-insyn-launcher]']
    .map((css) => root?.querySelector(css)?.getBoundingClientRect())
    .filter((box): box is DOMRect => box !== undefined && box.width > 0 && box.height > 0);
  const table = document.querySelector('table')!;
  const area = table.getBoundingClientRect();
  const headings = [...table.querySelectorAll('thead tr:last-child th, thead tr:last-child td')];
  const clip = (a: number, b: number, lo: number, hi: number) => Math.max(0, Math.min(b, hi) - Math.max(a, lo));
  const covered = headings
    .filter((cell) => {
      const column = cell.getBoundingClientRect();
      return boxes.some((box) => {
        const wide = clip(box.left, box.right, column.left, column.right);
        const high = clip(box.top, box.bottom, Math.max(area.top, 0), Math.min(area.bottom, innerHeight));
        return wide > 0.5 && high > 0.5;
      });
    })
    .map((cell) => cell.textContent?.trim() ?? '');
  return { place: root?.querySelector('[data-insyn-panel]')?.getAttribute('data-place') ?? null, covered, columns: headings.length };
}

export function panelLayoutJourney(name: BrowserName) {
  let server: FixtureServer;
  let browser: InsynBrowser;

  beforeAll(async () => {
    setLanguage('sv');
    server = await startFixtureServer();
    browser = await launchDriver(name, { fixturePort: server.port });
  });

  afterAll(async () => {
    setLanguage('sv');
    await browser?.close();
    await server?.close();
  });

  async function openFixture(): Promise<DriverPage> {
    const page = await browser.openPage(server.url(FIXTURE));
    await expect.poll(() => page.count({ css: '[data-insyn-badge]' }), SLOW).toBe(4);
    await page.find(panel);
    return page;
  }

  describe(`the panel beside InfoMentor's table (${name})`, () => {
    it('open at 1366×768, it covers no column of the 5A table, at the top and scrolled to it; over the page only by choice, remembered', async () => {
      const page = await openFixture();
      expect(await page.evaluate(() => innerWidth)).toBe(1366);
      // Open from the corner button: the page scrolls to the panel at the end of InfoMentor's content.
      await (await page.find(launcher)).click();
      await page.find({ css: 'button.toggle', name: t('panelCollapse'), within: panel });
      const scrolled = await page.inspect(coverage);
      expect(scrolled.columns).toBe(6);
      expect(scrolled).toMatchObject({ place: 'page', covered: [] });
      await page.evaluate(() => window.scrollTo(0, 0));
      expect(await page.inspect(coverage)).toMatchObject({ place: 'page', covered: [] });

      // Over the page, by the teacher's choice: then it does cover columns (so this measure can fail).
      await (await page.find(placeButton)).click();
      await expect.poll(() => page.inspect(coverage), SLOW).toMatchObject({ place: 'float' });
      expect((await page.inspect(coverage)).covered.length).toBeGreaterThan(0);
      await page.reload();
      await expect.poll(() => page.inspect(coverage), SLOW).toMatchObject({ place: 'float' });
      await (await page.find(placeButton)).click();
      await expect.poll(() => page.inspect(coverage), SLOW).toMatchObject({ place: 'page', covered: [] });
      expect(page.errorsFromInsyn()).toEqual([]);
      await page.close();
    });

    it('a language chosen in the settings reaches the open InfoMentor tab without a reload', async () => {
      const page = await openFixture();
      await page.find(toggleInLanguage());
      const marker = await page.evaluate(() => ((window as unknown as { insynMarker: number }).insynMarker = Math.random()));
      const settings = await browser.openExtensionPage('dashboard.html#settings', 'main');
      await (await settings.find({ css: '#set-language' })).select('en');
      setLanguage('en');
      await page.find(toggleInLanguage());
      expect(await page.evaluate(() => (window as unknown as { insynMarker: number }).insynMarker)).toBe(marker);
      await (await settings.find({ css: '#set-language' })).select('sv');
      setLanguage('sv');
      await page.find(toggleInLanguage());
      await settings.close();
      await page.close();
    });
  });
}
