import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setLanguage, t } from '../../utils/i18n';
import { collectPageErrors, launchChromium, type ChromiumWithInsyn } from '../tools/chromium';
import { findTabIdInPage } from '../tools/extension-page';
import { FIXTURE_HOST, startFixtureServer, type FixtureServer } from '../tools/fixture-server';
import { errorsFromInsyn } from '../tools/page-errors';
import { SAMPLE_PAGES as PAGES, expectAnonymousAndReadable } from './page-sample-checks';
import { driverPageOf } from './driver/chromium';
import { expandPanel, inPanel, kindShown } from './driver/panel';

/**
 * Issue 15, "Spara ett anonymt sidprov", in Chromium with the production build: from the panel on the 5A
 * page and from the popup on a one-pupil page, the teacher sees the whole sample in an extension page
 * and saves it as a download. The file names no pupil of the page, and `npm run analyze` reads it with
 * the page's kind and counts. Nothing goes to any other host.
 */
const SLOW = { timeout: 15_000, interval: 250 };

let server: FixtureServer;
let browser: ChromiumWithInsyn;
let downloads: string;

beforeAll(async () => {
  setLanguage('sv');
  server = await startFixtureServer();
  browser = await launchChromium({ fixturePort: server.port });
  downloads = await mkdtemp(join(tmpdir(), 'insyn-sample-downloads-'));
  // Pinned: pages the extension opens itself may start before the browser's locale is applied to them.
  const setup = await browser.context.newPage();
  await setup.goto(browser.extensionUrl('popup.html'));
  await setup.evaluate(() => {
    const ext = (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }).chrome;
    return ext.storage.local.set({ 'insyn.language': 'sv' });
  });
  await setup.close();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (downloads) await rm(downloads, { recursive: true, force: true });
});

/** Checks the sample page for a teacher (the whole file, accessible), saves it; returns the saved file. */
async function saveFrom(sample: Page): Promise<string> {
  const errors = collectPageErrors(sample);
  await sample.locator('[data-sample-file]').waitFor(SLOW);
  const axe = await new AxeBuilder({ page: sample }).analyze();
  expect(axe.violations.map((violation) => `${violation.id}: ${violation.nodes.length}`)).toEqual([]);
  const shown = await sample.locator('[data-sample-file]').textContent();
  const download = sample.waitForEvent('download');
  await sample.getByRole('button', { name: t('sampleSave') }).click();
  const file = join(downloads, (await download).suggestedFilename());
  await (await download).saveAs(file);
  expect((await download).suggestedFilename()).toMatch(/^insyn-sidprov-\d{4}-\d{2}-\d{2}-\d{4}\.html$/);
  await sample.locator('[data-sample-saved]').waitFor(SLOW);
  // What was saved is exactly what the teacher saw.
  expect(readFileSync(file, 'utf8')).toBe(shown);
  expect(errorsFromInsyn(errors)).toEqual([]);
  return file;
}

describe('an anonymised page sample (Chromium)', () => {
  it('is saved from the panel on the 5A page: no pupil named, read as the page is read', async () => {
    const page = await browser.context.newPage();
    const errors = collectPageErrors(page);
    const view = await driverPageOf(page, browser.extensionId);
    await page.goto(server.url(`${PAGES.group}.html`));
    await expect.poll(() => kindShown(view), SLOW).toBe('group-assessment');
    // On a page Insyn reads, the panel offers the sample once opened (the first reads may repaint it).
    await expandPanel(view);
    const button = await view.find(inPanel('button', t('panelSample')));
    const opened = browser.context.waitForEvent('page', (candidate) => candidate.url().includes('sample.html'));
    await button.click();
    const sample = await opened;
    const file = await saveFrom(sample);
    await expectAnonymousAndReadable(file, PAGES.group);
    // Insyn's own panel and badges are not part of the page's sample.
    expect(readFileSync(file, 'utf8')).not.toMatch(/insyn-panel|data-insyn-badge/);
    expect(errorsFromInsyn(errors)).toEqual([]);
    await sample.close();
    await page.close();
  });

  it('is saved from the popup on a one-pupil page', async () => {
    const page = await browser.context.newPage();
    const view = await driverPageOf(page, browser.extensionId);
    await page.goto(server.url(`${PAGES.onePupil}.html`));
    await expect.poll(() => kindShown(view), SLOW).toBe('pupil-assessment');
    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl('popup.html'));
    const tabId = await popup.evaluate(findTabIdInPage, `${server.url(`${PAGES.onePupil}.html`)}*`);
    await expect
      .poll(async () => {
        await popup.goto(browser.extensionUrl(`popup.html?tab=${tabId}`));
        return popup.locator('[data-popup-sample]').count();
      }, SLOW)
      .toBe(1);
    const opened = browser.context.waitForEvent('page', (candidate) => candidate.url().includes('sample.html'));
    await popup.getByRole('button', { name: t('panelSample') }).click();
    const sample = await opened;
    expect(sample.url()).toContain(`sample.html?tab=${tabId}`);
    const file = await saveFrom(sample);
    await expectAnonymousAndReadable(file, PAGES.onePupil);
    await sample.close();
    await page.close();
  });

  it('sends nothing anywhere: no request to any host but the local InfoMentor fixtures', () => {
    const elsewhere = browser.requests.filter((url) => {
      const { protocol, host } = new URL(url);
      return !(protocol === 'chrome-extension:' || protocol === 'blob:' || (protocol === 'https:' && host === FIXTURE_HOST));
    });
    expect(browser.requests.length).toBeGreaterThan(0);
    expect(elsewhere).toEqual([]);
  });
});
