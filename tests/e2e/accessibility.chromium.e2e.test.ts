import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumWithInsyn } from '../tools/chromium';
import { startFixtureServer, type FixtureServer } from '../tools/fixture-server';
import { t } from '../../utils/i18n';
import { chooseLanguage, seriousViolations } from './axe-chromium';
import { driverPageOf } from './driver/chromium';
import type { Target } from './driver/driver';

/**
 * Issue #9 in one sweep, in Chromium with the production build: axe-core over the popup, every dashboard
 * section, the privacy policy page and the in-page panel with its forms open, in Swedish and in English.
 * The bar is WCAG 2.1 AA with no serious or critical violation (on the panel: no violation of any rule).
 */
const FIXTURE = 'infomentor/kunskapssammanstallning-5a-matematik.html';
const SLOW = { timeout: 15_000, interval: 200 };

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

describe.each(['sv', 'en'] as const)('accessibility in %s (Chromium)', (lang) => {
  beforeAll(() => chooseLanguage(browser, lang));

  it('the in-page panel with the prompt, the draft and the log form open', async () => {
    const page = await browser.context.newPage();
    // The panel's root is closed: the driver's axe runs where the test, not the page, sees into it.
    const view = await driverPageOf(page, browser.extensionId);
    await page.goto(server.url(FIXTURE));
    const panel: Target = { css: '[data-insyn-panel]' };
    await view.find({ css: '[data-insyn-prompt]', within: panel });
    const violations = async () => (await view.axe(['insyn-panel'])).violations;
    expect(await violations()).toEqual([]);
    await (await view.find({ css: 'button', name: t('promptWrite'), within: panel })).click();
    await view.find({ css: 'input, textarea, select', name: t('draftTemplate'), within: panel });
    expect(await violations()).toEqual([]);
    await (await view.find({ css: 'button', name: t('draftLog'), within: panel })).click();
    await view.find({ css: 'form[data-insyn-log]', within: panel });
    expect(await violations()).toEqual([]);
    await page.close();
  });

  it('the popup', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('popup.html'));
    await page.getByRole('heading', { level: 1 }).waitFor(SLOW);
    expect(await page.getByRole('button', { name: t('popupOpenDashboard') }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('the privacy policy page, as the popup links to it, with the policy in this language', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl('popup.html'));
    const opened = browser.context.waitForEvent('page');
    await popup.getByRole('link', { name: t('privacyPolicyLink') }).click();
    const page = await opened;
    const title = readFileSync(`docs/privacy-policy.${lang}.md`, 'utf8').split('\n')[0]!.replace(/^# /, '');
    await page.getByRole('heading', { level: 1, name: title }).waitFor(SLOW);
    expect(page.url()).toBe(browser.extensionUrl('privacy.html'));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
    await popup.close();
  });

  it('every dashboard section, as its navigation lists them', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('dashboard.html'));
    const links = page.getByRole('navigation').getByRole('link');
    await links.first().waitFor(SLOW);
    const sections = await links.evaluateAll((as) => as.map((a): [string, string] => [a.getAttribute('href') ?? '', a.textContent ?? '']));
    expect(sections.length).toBeGreaterThanOrEqual(7);
    const found: Record<string, string[]> = {};
    for (const [href, title] of sections) {
      await page.goto(browser.extensionUrl(`dashboard.html${href}`));
      await expect.poll(() => page.locator('#section-title').textContent(), SLOW).toBe(title);
      // Lazily loaded sections say "loading" until their code and data are in.
      await expect.poll(() => page.getByText(t('loading'), { exact: true }).count(), SLOW).toBe(0);
      const violations = await seriousViolations(page);
      if (violations.length) found[href] = violations;
    }
    expect(found).toEqual({});
    // The sections were read in the chosen language.
    expect(sections.map(([, title]) => title)).toContain(t('sectionChecklist'));
    await page.close();
  });
});
