import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { collectPageErrors, launchFirefox, type FirefoxWithInsyn } from '../tools/firefox';
import { FIXTURE_HOST, startFixtureServer, type FixtureServer } from '../tools/fixture-server';
import { findTabIdInPage } from '../tools/extension-page';
import { errorsFromInsyn } from '../tools/page-errors';
import { setLanguage, t } from '../../utils/i18n';
import { driverPageOf } from './driver/firefox';
import { kindShown as panelKind } from './driver/panel';

/** Teaching the unknown page (teach.chromium.e2e.test.ts) in Firefox ESR with the Firefox build. */
let server: FixtureServer;
let firefox: FirefoxWithInsyn;

beforeAll(async () => {
  setLanguage('sv');
  server = await startFixtureServer();
  firefox = await launchFirefox({ fixturePort: server.port });
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

const SLOW = { timeout: 20_000, interval: 250 };
/** What Insyn's panel says of the page, read in its closed root through the driver (the page cannot). */
const kindShown = (page: Page) => panelKind(driverPageOf(page, firefox)).catch(() => null);
const pupilsWithBadges = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[data-insyn-badge]')].map((host) => host.closest('tr')?.querySelector('a')?.textContent ?? '?').sort(),
  );

describe('teaching Insyn an unknown page (Firefox ESR)', () => {
  it('teaches the page in the teach window; the page is read with the recipe, also after a reload', async () => {
    const page = await firefox.browser.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${server.url('teach/okand-sida.html')}#/lagesbedomning/group/812`);
    await expect.poll(() => kindShown(page), SLOW).toBe('unknown');

    const lookup = await firefox.openExtensionPage('popup.html', 'main');
    const tabId = await lookup.evaluate(findTabIdInPage, `https://${FIXTURE_HOST}/teach/*`);
    await lookup.close();

    const teach = await firefox.openExtensionPage(`teach.html?tab=${tabId}`, '#app');
    // The tables arrive from the tab after the page has started: poll, since a wait can outlive the first realm.
    await expect
      .poll(
        () =>
          teach
            .$('input[name="teach-table"]')
            .then(Boolean)
            .catch(() => false),
        SLOW,
      )
      .toBe(true);
    const options = await teach.$$eval('label[data-teach-table]', (labels) => labels.map((label) => label.textContent ?? ''));
    expect(options[1]).toMatch(/^Tabell 2: Deltagare · Lägesbedömning/);
    await teach.click('label[data-teach-table="1"] input');
    await expect
      .poll(() => driverPageOf(page, firefox).count({ css: '[data-insyn-outline="2"]', within: { css: 'insyn-panel' } }), SLOW)
      .toBe(1);

    await teach.waitForSelector('select[data-teach-column="pupil"]');
    await teach.select('select[data-teach-column="pupil"]', 'Deltagare');
    await teach.select('select[data-teach-column="level"]', 'Lägesbedömning');
    await teach.select('select[data-teach-column="comment"]', 'Lärarens notering');
    await teach.$$eval('button', (buttons, label) => buttons.find((button) => button.textContent === label)?.click(), t('teachPreview'));
    await teach.waitForSelector('[data-teach-preview="applied"]', { timeout: 20_000 });
    const flagged = await teach.$$eval('[data-teach-risk]', (items) =>
      items.map((item) => item.getAttribute('data-teach-risk') ?? '').sort(),
    );
    expect(flagged).toEqual(['Berg, Elias', 'Dahl, Hugo', 'Falk, Jon']);
    await teach.$$eval('button', (buttons, label) => buttons.find((button) => button.textContent === label)?.click(), t('teachSave'));
    await expect
      .poll(() => teach.$eval('[data-teach-live]', (element) => element.textContent), SLOW)
      .toBe(t('teachSaved', { name: 'Lägesbedömning' }));
    await teach.close();

    await expect.poll(() => pupilsWithBadges(page), SLOW).toEqual(['Berg, Elias', 'Dahl, Hugo', 'Falk, Jon']);
    await page.reload();
    await expect.poll(() => kindShown(page), SLOW).toBe('group-assessment');
    await expect.poll(() => pupilsWithBadges(page), SLOW).toEqual(['Berg, Elias', 'Dahl, Hugo', 'Falk, Jon']);
    expect(errorsFromInsyn(errors)).toEqual([]);
    await page.close();
  });
});
