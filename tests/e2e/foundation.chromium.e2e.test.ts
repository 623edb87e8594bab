import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchChromium, type ChromiumWithInsyn } from '../tools/chromium';
import { FIXTURES_DIR, FIXTURE_HOST, startFixtureServer, type FixtureServer } from '../tools/fixture-server';
import { findTabIdInPage, readTableInPage } from '../tools/extension-page';
import type { VisitRecord } from '../../utils/db/records';
import { errorsFromInsyn } from '../tools/page-errors';
import { setLanguage, t, tCount } from '../../utils/i18n';
import { INFOMENTOR_MATCHES } from '../../utils/infomentor/hosts';
import { driverPageOf } from './driver/chromium';
import { inPanel, PANEL } from './driver/panel';

/**
 * The foundation in a real Chromium with the production build: the content script runs on an
 * InfoMentor address, shows its panel, tells the background, and the background keeps the record.
 */
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

/** Reads happen when the page is idle, and records arrive after them: wait, but not for ever. */
const SLOW = { timeout: 15_000, interval: 250 };
const KIND = inPanel('[data-insyn-kind]');

const expected = (name: string) =>
  JSON.parse(readFileSync(`${FIXTURES_DIR}infomentor/${name}.expected.json`, 'utf8')) as {
    kind: string;
    pupils: number;
    atRisk: unknown[];
  };

/**
 * Waits until the background has recorded a visit of `url` of the given kind, then opens popup.html about
 * the tab showing it and returns what the popup says and what the database holds.
 */
async function popupAbout(url: string, kind: string) {
  const popup = await browser.context.newPage();
  await popup.goto(browser.extensionUrl('popup.html'));
  await expect
    .poll(
      async () =>
        (await popup.evaluate(readTableInPage<VisitRecord>, { table: 'visits', urlPrefix: url })).some((visit) => visit.kind === kind),
      SLOW,
    )
    .toBe(true);
  const tabId = await popup.evaluate(findTabIdInPage, url);
  // The tab's status is saved just after the visit: open the popup until it shows it.
  await expect
    .poll(async () => {
      await popup.goto(browser.extensionUrl(`popup.html?tab=${tabId}`));
      await popup.locator('main').waitFor({ timeout: 5_000 });
      return popup.locator('[data-tab-kind]').count();
    }, SLOW)
    .toBe(1);
  const shown = await popup.locator('[data-tab-kind]').getAttribute('data-tab-kind');
  const visitsShown = Number(await popup.locator('[data-count="visits"]').textContent());
  const visits = await popup.evaluate(readTableInPage<VisitRecord>, { table: 'visits', urlPrefix: url });
  await popup.close();
  return { kind: shown, visitsShown, visits };
}

describe('Insyn in Chromium (production build)', () => {
  it('loads only on InfoMentor hosts, as the manifest says', async () => {
    const worker = await browser.serviceWorker();
    const manifest = await worker.evaluate(() =>
      (globalThis as unknown as { chrome: { runtime: { getManifest(): Record<string, unknown> } } }).chrome.runtime.getManifest(),
    );
    expect(manifest.host_permissions).toEqual(INFOMENTOR_MATCHES);
    // No content script in the manifest: the background starts it on InfoMentor's hosts after load
    // (utils/background/inject-content.ts), so nothing of Insyn's runs on a page before that.
    expect(manifest).not.toHaveProperty('content_scripts');
  });

  it('leaves a page with nothing to read alone: no panel, no visit; the popup says so and starts Insyn for a sample', async () => {
    const page = await browser.context.newPage();
    const errors = collectPageErrors(page);
    const url = server.url('infomentor/startsida.html');
    await page.goto(url);
    expect(expected('startsida').kind).toBe('unknown');

    // The background looked at the loaded page, found nothing to read and said so (utils/background/inject-content.ts).
    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl('popup.html'));
    const tabId = await popup.evaluate(findTabIdInPage, url);
    await expect
      .poll(async () => {
        await popup.goto(browser.extensionUrl(`popup.html?tab=${tabId}`));
        return popup.locator('[data-tab-kind="unknown"]').count();
      }, SLOW)
      .toBe(1);
    expect(await page.locator('insyn-panel').count()).toBe(0);
    expect(await popup.evaluate(readTableInPage<VisitRecord>, { table: 'visits', urlPrefix: url })).toEqual([]);

    // A sample of the page needs its content script: the background starts it on demand.
    const opened = browser.context.waitForEvent('page', (candidate) => candidate.url().includes('sample.html'));
    await popup.getByRole('button', { name: t('panelSample') }).click();
    const sample = await opened;
    await sample.locator('[data-sample-file]').waitFor(SLOW);
    await page.locator('insyn-panel').waitFor(SLOW);

    expect(errorsFromInsyn(errors)).toEqual([]);
    await sample.close();
    await popup.close();
    await page.close();
  });

  it('reads a group assessment and the popup shows its counts (waits on the reading core)', async () => {
    const page = await browser.context.newPage();
    const errors = collectPageErrors(page);
    const view = await driverPageOf(page, browser.extensionId);
    const url = server.url('infomentor/kunskapssammanstallning-5a-matematik.html');
    const want = expected('kunskapssammanstallning-5a-matematik');
    await page.goto(url);

    await expect.poll(() => view.attribute(KIND, 'data-insyn-kind'), SLOW).toBe(want.kind);
    const panelText = await view.text(PANEL);
    expect(panelText).toContain(tCount('countPupils', want.pupils));
    expect(panelText).toContain(t('countAtRisk', { count: want.atRisk.length }));

    const popup = await popupAbout(url, want.kind);
    expect(popup.kind).toBe(want.kind);
    expect(popup.visits.at(-1)).toMatchObject({ kind: want.kind, pupils: want.pupils, atRisk: want.atRisk.length });

    expect(errorsFromInsyn(errors)).toEqual([]);
    await page.close();
  });

  it('sends no request to any host but the local InfoMentor fixtures', () => {
    const elsewhere = browser.requests.filter((url) => {
      const { protocol, host } = new URL(url);
      return !(protocol === 'chrome-extension:' || (protocol === 'https:' && host === FIXTURE_HOST));
    });
    expect(browser.requests.length).toBeGreaterThan(0);
    expect(elsewhere).toEqual([]);
  });
});
