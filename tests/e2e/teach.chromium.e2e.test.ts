import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { collectPageErrors, launchChromium, type ChromiumWithInsyn } from '../tools/chromium';
import { readFileSync } from 'node:fs';
import { FIXTURES_DIR, startFixtureServer, type FixtureServer } from '../tools/fixture-server';
import { errorsFromInsyn } from '../tools/page-errors';
import { findTabIdInPage } from '../tools/extension-page';
import type { RiskRecord } from '../../utils/db/records';
import { setLanguage, t, tCount } from '../../utils/i18n';
import { driverPageOf } from './driver/chromium';
import type { Target } from './driver/driver';
import { inPanel, kindShown } from './driver/panel';
import type { ShadowOf } from './driver/in-page';

/**
 * Issue #10 end to end, in Chromium with the production build: on a page no built-in reader knows, the
 * teacher opens "Lär Insyn den här sidan" from the panel, picks the pupil table (outlined on the page)
 * and its columns by clicks, sees the pupils Insyn would flag, saves; the page is read with the recipe
 * at once and again after a reload, and the right pupils are flagged. The popup offers the same.
 */
const FIXTURE = 'teach/okand-sida.html';
const HASH = '#/lagesbedomning/group/812';
const AT_RISK = ['Berg, Elias', 'Dahl, Hugo', 'Falk, Jon'];
const SLOW = { timeout: 15_000, interval: 250 };

let server: FixtureServer;
let browser: ChromiumWithInsyn;

beforeAll(async () => {
  setLanguage('sv');
  server = await startFixtureServer();
  browser = await launchChromium({ fixturePort: server.port });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The outline around the chosen table, drawn in the panel's root. */
const outline = (table?: number): Target => ({
  css: table === undefined ? '[data-insyn-outline]' : `[data-insyn-outline="${table}"]`,
  within: { css: 'insyn-panel' },
});
/** Where the outline of table 2 is drawn (its top, in the page's coordinates). */
const outlineTop = (_: undefined, shadowOf: ShadowOf) => {
  const host = document.querySelector('insyn-panel');
  return (host && shadowOf(host)?.querySelector('[data-insyn-outline="2"]')?.getBoundingClientRect().y) ?? null;
};
const pupilsWithBadges = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[data-insyn-badge]')].map((host) => host.closest('tr')?.querySelector('a')?.textContent ?? '?').sort(),
  );

/** Waits for the teach window to list the page's tables; says what it shows instead if it never does. */
async function tablesListed(teach: Page) {
  try {
    await teach.getByRole('radio', { name: /Tabell 2: Deltagare/ }).waitFor(SLOW);
  } catch (error) {
    throw new Error(
      `the teach window never listed the tables; it shows: ${await teach
        .locator('body')
        .innerText()
        .catch(() => '?')}`,
      { cause: error },
    );
  }
}

async function risksInDatabase(): Promise<RiskRecord[]> {
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('popup.html'));
  const risks = await page.evaluate(
    () =>
      new Promise<RiskRecord[]>((resolve, reject) => {
        const open = indexedDB.open('insyn');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('risks').objectStore('risks').getAll();
          request.onsuccess = () => resolve(request.result as RiskRecord[]);
          request.onerror = () => reject(request.error);
        };
      }),
  );
  await page.close();
  return risks;
}

describe('teaching Insyn an unknown page (Chromium)', () => {
  it('the popup offers to teach a page Insyn does not recognise', async () => {
    const page = await browser.context.newPage();
    const view = await driverPageOf(page, browser.extensionId);
    await page.goto(`${server.url(FIXTURE)}?popup${HASH}`);
    await expect.poll(() => kindShown(view), SLOW).toBe('unknown');
    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl('popup.html'));
    const tabId = await popup.evaluate(findTabIdInPage, `${server.url(FIXTURE)}?popup*`);
    await expect
      .poll(async () => {
        await popup.goto(browser.extensionUrl(`popup.html?tab=${tabId}`));
        return popup.locator('[data-tab-kind="unknown"]').count();
      }, SLOW)
      .toBe(1);
    const opened = browser.context.waitForEvent('page', (candidate) => candidate.url().includes('teach.html'));
    await popup.getByRole('button', { name: t('panelTeach') }).click();
    const teach = await opened;
    expect(teach.url()).toContain(`teach.html?tab=${tabId}`);
    await tablesListed(teach);
    await teach.close();
    await page.close();
  });

  it('teaches the page by clicks; after a reload Insyn reads it and flags the right pupils', async () => {
    const page = await browser.context.newPage();
    const errors = collectPageErrors(page);
    const view = await driverPageOf(page, browser.extensionId);
    await page.goto(`${server.url(FIXTURE)}${HASH}`);
    await expect.poll(() => kindShown(view), SLOW).toBe('unknown');
    expect(await pupilsWithBadges(page)).toEqual([]);

    const opened = browser.context.waitForEvent('page', (candidate) => candidate.url().includes('teach.html'));
    await (await view.find(inPanel('button', t('panelTeach')))).click();
    const teach = await opened;
    const teachErrors = collectPageErrors(teach);

    // The tables, named by their headers; the chosen one is outlined on the InfoMentor page.
    await tablesListed(teach);
    await teach.getByRole('radio', { name: /Tabell 1: Datum · Händelse · Av/ }).waitFor(SLOW);
    await teach.getByRole('radio', { name: /Tabell 2: Deltagare · Lägesbedömning · Lärarens notering · Låst/ }).click();
    await expect.poll(() => view.count(outline(2)), SLOW).toBe(1);
    const top = await view.inspect(outlineTop);
    const table = await page.locator('table.im-lage').boundingBox();
    expect(Math.abs((top ?? 0) + 4 - (table?.y ?? -100))).toBeLessThanOrEqual(2);

    await teach.getByLabel(t('teachColumn_pupil')).selectOption('Deltagare');
    await teach.getByLabel(t('teachColumn_level')).selectOption('Lägesbedömning');
    await teach.getByLabel(t('teachColumn_comment')).selectOption('Lärarens notering');
    await teach.getByRole('button', { name: t('teachPreview') }).click();
    const preview = teach.locator('[data-teach-preview="applied"]');
    await preview.waitFor(SLOW);
    expect(await preview.textContent()).toContain(tCount('teachPreviewSummary', 7, { atRisk: 3 }));
    expect(await preview.locator('[data-teach-context]').textContent()).toBe(
      t('teachPreviewContext', { group: '8B', subject: 'Matematik', term: 'Ht 2025' }),
    );
    expect(
      (await teach.locator('[data-teach-risk]').evaluateAll((items) => items.map((item) => item.getAttribute('data-teach-risk')))).sort(),
    ).toEqual(AT_RISK);

    const axe = await new AxeBuilder({ page: teach }).analyze();
    expect(axe.violations.map((violation) => `${violation.id}: ${violation.nodes.length}`)).toEqual([]);

    await teach.getByRole('button', { name: t('teachSave') }).click();
    await expect.poll(() => teach.locator('[data-teach-live]').textContent(), SLOW).toBe(t('teachSaved', { name: 'Lägesbedömning' }));

    // Read again at once with the recipe: the outline goes, the right pupils get badges.
    await expect.poll(() => kindShown(view), SLOW).toBe('group-assessment');
    await expect.poll(() => pupilsWithBadges(page), SLOW).toEqual(AT_RISK);
    expect(await view.count(outline())).toBe(0);
    await teach.close();

    await page.reload();
    await expect.poll(() => view.count(inPanel('[data-insyn-recipe="applied"]')), SLOW).toBe(1);
    expect(await kindShown(view)).toBe('group-assessment');
    await expect.poll(() => pupilsWithBadges(page), SLOW).toEqual(AT_RISK);
    expect(await view.text(inPanel('[data-insyn-recipe]'))).toBe(t('panelRecipeRead', { name: 'Lägesbedömning' }));

    const risks = await risksInDatabase();
    expect(risks).toHaveLength(AT_RISK.length);
    expect(risks.every((risk) => risk.source === 'recipe' && risk.subject === 'Matematik')).toBe(true);

    // InfoMentor renames a column: the panel says the recipe no longer fits, nothing is flagged, nothing breaks.
    const changed = readFileSync(`${FIXTURES_DIR}${FIXTURE}`, 'utf8').replace('<th>Lägesbedömning</th>', '<th>Kunskapsläge</th>');
    await page.route('**/teach/okand-sida.html*', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: changed }),
    );
    await page.reload();
    await expect.poll(() => view.count(inPanel('[data-insyn-recipe="stale"]')), SLOW).toBe(1);
    expect(await view.text(inPanel('[data-insyn-recipe]'))).toBe(t('panelRecipeStale', { name: 'Lägesbedömning' }));
    expect(await kindShown(view)).toBe('unknown');
    expect(await pupilsWithBadges(page)).toEqual([]);
    expect(await view.count(inPanel('button', t('panelTeach')))).toBe(1);

    expect(errorsFromInsyn(errors)).toEqual([]);
    expect(errorsFromInsyn(teachErrors)).toEqual([]);
    await page.close();
  });
  it('works with the keyboard alone: choose, preview, save, Escape closes', async () => {
    const page = await browser.context.newPage();
    const view = await driverPageOf(page, browser.extensionId);
    await page.goto(`${server.url(FIXTURE)}#/lage/klass/9A`);
    await expect.poll(() => kindShown(view), SLOW).toBe('unknown');
    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl('popup.html'));
    const tabId = await popup.evaluate(findTabIdInPage, `${server.url(FIXTURE)}*`);
    await popup.close();
    const teach = await browser.context.newPage();
    await teach.goto(browser.extensionUrl(`teach.html?tab=${tabId}`));
    await tablesListed(teach);
    const focusedName = () =>
      teach.evaluate(
        () => document.activeElement?.closest('label')?.textContent?.trim() ?? document.activeElement?.textContent?.trim() ?? '',
      );

    await teach.keyboard.press('Tab');
    expect(await focusedName()).toMatch(/^Tabell 1/);
    await teach.keyboard.press('ArrowDown');
    expect(await focusedName()).toMatch(/^Tabell 2/);
    await expect.poll(() => view.count(outline(2)), SLOW).toBe(1);
    await teach.keyboard.press('Tab'); // what the page shows: assessments (already chosen)
    await teach.keyboard.press('Tab');
    await teach.keyboard.press('D');
    expect(await teach.getByLabel(t('teachColumn_pupil')).inputValue()).toBe('Deltagare');
    await teach.keyboard.press('Tab');
    await teach.keyboard.press('L');
    expect(await teach.getByLabel(t('teachColumn_level')).inputValue()).toBe('Lägesbedömning');
    for (let i = 0; i < 20 && (await focusedName()) !== t('teachPreview'); i++) await teach.keyboard.press('Tab');
    await teach.keyboard.press('Enter');
    await teach.locator('[data-teach-preview="applied"]').waitFor(SLOW);
    // Without the comment column only the two pupils with insufficient knowledge are flagged.
    expect(
      (await teach.locator('[data-teach-risk]').evaluateAll((items) => items.map((item) => item.getAttribute('data-teach-risk')))).sort(),
    ).toEqual(['Berg, Elias', 'Falk, Jon']);
    for (let i = 0; i < 5 && (await focusedName()) !== t('teachSave'); i++) await teach.keyboard.press('Tab');
    await teach.keyboard.press('Enter');
    await expect.poll(() => teach.locator('[data-teach-live]').textContent(), SLOW).toMatch(/sparat/);
    // The window closes while the key is still being pressed: the press itself may report the page gone.
    await Promise.all([teach.waitForEvent('close'), teach.keyboard.press('Escape').catch(() => undefined)]);
    expect(teach.isClosed()).toBe(true);
    await expect.poll(() => kindShown(view), SLOW).toBe('group-assessment');
    await page.close();
  });
});
