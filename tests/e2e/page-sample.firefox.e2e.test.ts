import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setLanguage } from '../../utils/i18n';
import { findTabIdInPage } from '../tools/extension-page';
import { collectPageErrors, launchFirefox, type FirefoxWithInsyn } from '../tools/firefox';
import { FIXTURE_HOST, startFixtureServer, type FixtureServer } from '../tools/fixture-server';
import { errorsFromInsyn } from '../tools/page-errors';
import { SAMPLE_PAGES, expectAnonymousAndReadable } from './page-sample-checks';
import { driverPageOf } from './driver/firefox';
import { kindShown as panelKind } from './driver/panel';

/**
 * The anonymised page sample (page-sample.chromium.e2e.test.ts) in Firefox ESR with the Firefox build:
 * the sample page gets the page from the tab's content script and shows the whole sample. The file shown
 * is checked as a saved one would be (Firefox's downloads are not reachable over WebDriver BiDi here).
 */
let server: FixtureServer;
let firefox: FirefoxWithInsyn;
let dir: string;

beforeAll(async () => {
  setLanguage('sv');
  server = await startFixtureServer();
  firefox = await launchFirefox({ fixturePort: server.port });
  dir = await mkdtemp(join(tmpdir(), 'insyn-sample-firefox-'));
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const SLOW = { timeout: 20_000, interval: 250 };
/** An extension page; the wait for it can meet the blank page's realm as it is replaced, so it is tried again. */
async function openPage(path: string, ready: string): Promise<Page> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await firefox.openExtensionPage(path, ready);
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}
/** What Insyn's panel says of the page, read in its closed root through the driver (the page cannot). */
const kindShown = (page: Page) => panelKind(driverPageOf(page, firefox)).catch(() => null);

describe('an anonymised page sample (Firefox ESR)', () => {
  it.each([
    ['the 5A page', SAMPLE_PAGES.group, 'group-assessment'],
    ['a one-pupil page', SAMPLE_PAGES.onePupil, 'pupil-assessment'],
  ])('is shown whole for %s, names no pupil and reads as the page', async (_title, fixture, kind) => {
    const page = await firefox.browser.newPage();
    const errors = collectPageErrors(page);
    await page.goto(server.url(`${fixture}.html`));
    await expect.poll(() => kindShown(page), SLOW).toBe(kind);
    const lookup = await openPage('popup.html', 'main');
    const tabId = await lookup.evaluate(findTabIdInPage, `https://${FIXTURE_HOST}/${fixture}.html*`);
    await lookup.close();

    const sample = await openPage(`sample.html?tab=${tabId}`, '#app');
    // The sample arrives from the tab after the page has started: poll, since a wait can outlive the first realm.
    await expect
      .poll(
        () =>
          sample
            .$('[data-sample-file]')
            .then(Boolean)
            .catch(() => false),
        SLOW,
      )
      .toBe(true);
    const shown = await sample.$eval('[data-sample-file]', (element) => element.textContent ?? '');
    const file = join(dir, `${fixture.replace('/', '-')}.html`);
    await writeFile(file, shown);
    await expectAnonymousAndReadable(file, fixture);
    expect(await sample.$eval('[data-sample-save]', (button) => (button as HTMLButtonElement).disabled)).toBe(false);
    await sample.close();
    expect(errorsFromInsyn(errors)).toEqual([]);
    await page.close();
  });
});
