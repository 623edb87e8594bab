import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchChromium, type ChromiumWithInsyn } from '../tools/chromium';
import { startFixtureServer, type FixtureServer } from '../tools/fixture-server';
import { errorsFromInsyn } from '../tools/page-errors';
import { driverPageOf } from './driver/chromium';
import type { Target } from './driver/driver';

/**
 * Bad input must never become an exception in InfoMentor's page: odd pages, a teacher reloading while
 * Insyn starts, and Insyn itself being reloaded or updated under an open page.
 */
let server: FixtureServer;
let browser: ChromiumWithInsyn;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchChromium({ fixturePort: server.port });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const SLOW = { timeout: 15_000, interval: 250 };
/** Long enough for a debounced read and its message to have run, and failed if they were to fail. */
const SETTLE_MS = 2_000;
/** What Insyn's panel says of the page, in its closed shadow root (the driver sees into it). */
const KIND: Target = { css: '[data-insyn-kind]', within: { css: 'insyn-panel' } };

describe('Insyn meets bad input without an error in the page', () => {
  it('an empty body: nothing to read, so no panel and no error', async () => {
    const page = await browser.context.newPage();
    const errors = collectPageErrors(page);
    const view = await driverPageOf(page, browser.extensionId);
    await page.goto(server.url('e2e/empty-body.html'));
    await page.waitForTimeout(SETTLE_MS);
    expect(await page.locator('insyn-panel').count()).toBe(0);
    // Something to read arrives: Insyn starts, and says it does not recognise the table.
    await page.evaluate(() => document.body.append(document.createElement('table')));
    await expect.poll(() => view.attribute(KIND, 'data-insyn-kind'), SLOW).toBe('unknown');
    expect(errorsFromInsyn(errors)).toEqual([]);
    await page.close();
  });

  it('a page without a body: no panel, no error', async () => {
    const page = await browser.context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(server.url('e2e/body-removed.html'));
    expect(await page.evaluate(() => document.body)).toBeNull();
    await page.waitForTimeout(SETTLE_MS);
    expect(await page.locator('insyn-panel').count()).toBe(0);
    expect(errorsFromInsyn(errors)).toEqual([]);
    await page.close();
  });

  it('reloads while Insyn starts: one panel in the end, no error on the way', async () => {
    const page = await browser.context.newPage();
    const errors = collectPageErrors(page);
    const url = server.url('infomentor/kunskapssammanstallning-5a-matematik.html');
    // Each load is cut short at a different point of Insyn's start-up: before injection, while it waits
    // for the page to be idle, while it reads and while its message is on the way.
    for (const pause of [0, 50, 150, 300, 600]) {
      await page.goto(url, { waitUntil: 'commit' });
      await page.waitForTimeout(pause);
    }
    const view = await driverPageOf(page, browser.extensionId);
    await page.goto(url);
    await view.find(KIND);
    await page.waitForTimeout(SETTLE_MS);
    expect(await page.locator('insyn-panel').count()).toBe(1);
    expect(errorsFromInsyn(errors)).toEqual([]);
    await page.close();
  });

  it('Insyn reloaded under an open page: the old panel leaves quietly, the new Insyn starts in the page at once', async () => {
    const page = await browser.context.newPage();
    const errors = collectPageErrors(page);
    const view = await driverPageOf(page, browser.extensionId);
    await page.goto(server.url('infomentor/spa/kunskapssammanstallning-spa.html'));
    await view.find(KIND);
    // Marks the old panel's host (the host is in the page; only its root is closed), so the test can tell it from the new Insyn's.
    await page.evaluate(() => document.querySelector('insyn-panel')?.setAttribute('data-test-old', ''));

    const before = await browser.serviceWorker();
    const replaced = browser.context.waitForEvent('serviceworker', { timeout: 15_000 });
    // The same as an update or "Reload" in chrome://extensions: every content script's context is invalidated.
    await before
      .evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload())
      .catch(() => {});
    await replaced;

    // The orphaned content script must notice and remove its UI; the new background starts its content
    // script in the InfoMentor tabs already open (utils/background/inject-content.ts): one panel, the new one.
    await expect.poll(() => page.locator('insyn-panel[data-test-old]').count(), SLOW).toBe(0);
    await expect.poll(() => view.count(KIND), SLOW).toBe(1);
    // Page changes must not wake the orphan into errors, nor start a second copy.
    await page.evaluate(() => {
      location.hash = '#/grupp/6B';
      document.body.append(Object.assign(document.createElement('p'), { textContent: 'ändrat efter omladdning' }));
    });
    await page.waitForTimeout(SETTLE_MS);
    expect(await page.locator('insyn-panel').count()).toBe(1);

    await page.reload();
    await expect.poll(() => view.count(KIND), SLOW).toBe(1);
    expect(errorsFromInsyn(errors)).toEqual([]);
    await page.close();
  });
});
