import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchFirefox, type FirefoxWithInsyn } from '../tools/firefox';
import { FIXTURE_HOST, startFixtureServer, type FixtureServer } from '../tools/fixture-server';
import { findTabIdInPage, readTableInPage } from '../tools/extension-page';
import type { VisitRecord } from '../../utils/db/records';
import { errorsFromInsyn } from '../tools/page-errors';
import { setLanguage } from '../../utils/i18n';
import { driverPageOf } from './driver/firefox';
import { kindShown as panelKind, PANEL } from './driver/panel';

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
  it('leaves a page with nothing to read alone, and shows its panel where there is something to read', async () => {
    const page = await firefox.browser.newPage();
    const errors = collectPageErrors(page);
    const url = server.url('infomentor/startsida.html');
    await page.goto(url);

    const lookup = await firefox.openExtensionPage('popup.html', '[data-count="visits"]');
    const tabId = await lookup.evaluate(findTabIdInPage, `https://${FIXTURE_HOST}/*`);
    await lookup.close();
    // The background looked at the loaded page and found nothing to read: the popup says so, with no panel, no visit.
    const tabKind = async () => {
      const popup = await firefox.openExtensionPage(`popup.html?tab=${tabId}`, 'main');
      const kind = await popup.$eval('main', (main) => main.querySelector('[data-tab-kind]')?.getAttribute('data-tab-kind') ?? null);
      await popup.close();
      return kind;
    };
    await expect.poll(tabKind, SLOW).toBe('unknown');
    expect(await page.$$eval('insyn-panel', (panels) => panels.length)).toBe(0);
    const popup = await firefox.openExtensionPage(`popup.html?tab=${tabId}`, '[data-tab-kind]');
    expect(await popup.evaluate(readTableInPage<VisitRecord>, { table: 'visits', urlPrefix: url })).toEqual([]);
    await popup.close();

    // The same tab on a group page: the panel, and the visit recorded.
    const group = server.url('infomentor/kunskapssammanstallning-5a-matematik.html');
    await page.goto(group);
    const view = driverPageOf(page, firefox);
    await expect.poll(() => panelKind(view), SLOW).toBe('group-assessment');
    expect(await view.count(PANEL)).toBe(1);
    await expect.poll(tabKind, SLOW).toBe('group-assessment');
    const after = await firefox.openExtensionPage(`popup.html?tab=${tabId}`, '[data-tab-kind]');
    const visits = await after.evaluate(readTableInPage<VisitRecord>, { table: 'visits', urlPrefix: group });
    expect(visits[0]).toMatchObject({ url: group, kind: 'group-assessment' });
    await after.close();

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
