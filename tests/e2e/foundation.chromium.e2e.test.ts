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
import { panelVisibleInPage } from './driver/in-page';

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

  it('shows its panel on an InfoMentor page, and the background records the visit', async () => {
    const page = await browser.context.newPage();
    const errors = collectPageErrors(page);
    const view = await driverPageOf(page, browser.extensionId);
    const url = server.url('infomentor/startsida.html');
    await page.goto(url);

    await expect.poll(() => view.inspect(panelVisibleInPage), SLOW).toBe(true);
    expect(await view.attribute(KIND, 'data-insyn-kind')).toBe(expected('startsida').kind);
    expect(await view.text(KIND)).toBe(t('pageKind_unknown'));

    // The record reaches the background after the read.
    const popup = await popupAbout(url, 'unknown');
    expect(popup.kind).toBe('unknown');
    expect(popup.visitsShown).toBeGreaterThanOrEqual(popup.visits.length);
    expect(popup.visits[0]).toMatchObject({ url, kind: 'unknown', pupils: 0, atRisk: 0 });

    expect(errorsFromInsyn(errors)).toEqual([]);
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
