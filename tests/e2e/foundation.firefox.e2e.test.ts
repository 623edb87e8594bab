import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchFirefox, type FirefoxWithInsyn } from '../tools/firefox';
import { FIXTURE_HOST, startFixtureServer, type FixtureServer } from '../tools/fixture-server';
import { findTabIdInPage, readTableInPage } from '../tools/extension-page';
import type { VisitRecord } from '../../utils/db/records';
import { errorsFromInsyn } from '../tools/page-errors';
import { setLanguage, t } from '../../utils/i18n';
import { driverPageOf } from './driver/firefox';
import { inPanel, kindShown as panelKind, PANEL } from './driver/panel';

/** The foundation scenario of foundation.chromium.e2e.test.ts in Firefox ESR with the Firefox build. */
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

const SLOW = { timeout: 15_000, interval: 250 };

describe('Insyn in Firefox ESR (production build)', () => {
  it('shows its panel on an InfoMentor page, and the background records the visit', async () => {
    const page = await firefox.browser.newPage();
    const errors = collectPageErrors(page);
    const url = server.url('infomentor/startsida.html');
    await page.goto(url);

    // The panel's root is closed: the driver reads it where the page cannot.
    const view = driverPageOf(page, firefox);
    expect(await view.text(inPanel('[data-insyn-kind]'))).toBe(t('pageKind_unknown'));
    expect(await panelKind(view)).toBe('unknown');
    expect(await view.count(PANEL)).toBe(1);

    const lookup = await firefox.openExtensionPage('popup.html', '[data-count="visits"]');
    await expect
      .poll(async () => (await lookup.evaluate(readTableInPage<VisitRecord>, { table: 'visits', urlPrefix: url })).length, SLOW)
      .toBeGreaterThan(0);
    const tabId = await lookup.evaluate(findTabIdInPage, `https://${FIXTURE_HOST}/*`);
    await lookup.close();

    // The tab's status is saved just after the visit: open the popup until it shows it.
    const tabKind = async () => {
      const popup = await firefox.openExtensionPage(`popup.html?tab=${tabId}`, 'main');
      const kind = await popup.$eval('main', (main) => main.querySelector('[data-tab-kind]')?.getAttribute('data-tab-kind') ?? null);
      await popup.close();
      return kind;
    };
    await expect.poll(tabKind, SLOW).toBe('unknown');
    const popup = await firefox.openExtensionPage(`popup.html?tab=${tabId}`, '[data-tab-kind]');
    const visits = await popup.evaluate(readTableInPage<VisitRecord>, { table: 'visits', urlPrefix: url });
    expect(visits[0]).toMatchObject({ url, kind: 'unknown', pupils: 0, atRisk: 0 });
    expect(Number(await popup.$eval('[data-count="visits"]', (element) => element.textContent))).toBeGreaterThanOrEqual(visits.length);
    await popup.close();

    expect(errorsFromInsyn(errors)).toEqual([]);
    await page.close();
  });

  it('reaches no host but InfoMentor through the proxy (Firefox’s own services aside)', () => {
    expect(firefox.proxy.tunnelled.length).toBeGreaterThan(0);
    expect(firefox.proxy.tunnelled.every((target) => target === `${FIXTURE_HOST}:443`)).toBe(true);
    // Firefox polls Mozilla's remote settings on its own, whatever the profile says; anything else is suspect.
    const refused = firefox.proxy.refused.filter(
      (request) => !/^CONNECT [a-z0-9.-]+\.(mozilla\.(com|net|org)|firefox\.com):443$/.test(request),
    );
    expect(refused).toEqual([]);
  });
});
