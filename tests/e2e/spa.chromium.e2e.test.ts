import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { collectPageErrors, launchChromium, type ChromiumWithInsyn } from '../tools/chromium';
import { startFixtureServer, type FixtureServer } from '../tools/fixture-server';
import { readTableInPage } from '../tools/extension-page';
import type { VisitRecord } from '../../utils/db/records';
import { errorsFromInsyn } from '../tools/page-errors';
import { setLanguage, t, tCount } from '../../utils/i18n';
import { driverPageOf } from './driver/chromium';
import type { DriverPage } from './driver/driver';
import { kindShown, PANEL } from './driver/panel';
import { panelVisibleInPage } from './driver/in-page';

/**
 * A single-page InfoMentor view (tests/fixtures/infomentor/spa): the table arrives 0.7 s after load and
 * the group changes by hash navigation without a page load. The panel must survive and re-read.
 * Groups on the page (see the fixtures' README): 6A has 5 pupils, Ahmadi, Leila and Eklund, Saga at risk
 * in Svenska; 6B has 4 pupils, Karlsson, Omar at risk.
 */
let server: FixtureServer;
let browser: ChromiumWithInsyn;
let spaUrl: string;

beforeAll(async () => {
  setLanguage('sv');
  server = await startFixtureServer();
  browser = await launchChromium({ fixturePort: server.port });
  spaUrl = server.url('infomentor/spa/kunskapssammanstallning-spa.html');
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const SLOW = { timeout: 15_000, interval: 250 };
const GROUPS = {
  '6A': { pupils: 5, atRisk: ['Ahmadi, Leila', 'Eklund, Saga'] },
  '6B': { pupils: 4, atRisk: ['Karlsson, Omar'] },
} as const;

const panelText = async (view: DriverPage) => (await view.texts(PANEL))[0] ?? '';

/** The panel's wording of a count, with any number: follows messages.json. */
const countPattern = (key: 'countPupils_other' | 'countAtRisk') =>
  new RegExp(
    t(key, { count: '#' })
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace('#', '\\d+'),
  );

/** What the panel says about a group's page: its kind and its two counts, as one comparable line. */
async function panelSays(page: DriverPage): Promise<string> {
  const text = await panelText(page);
  const counts = [countPattern('countPupils_other'), countPattern('countAtRisk')].map((pattern) => text.match(pattern)?.[0] ?? '-');
  return [await kindShown(page), ...counts].join(' | ');
}

const expectedLine = (group: keyof typeof GROUPS) =>
  ['group-assessment', tCount('countPupils', GROUPS[group].pupils), t('countAtRisk', { count: GROUPS[group].atRisk.length })].join(' | ');

async function openSpa(hash = '#/grupp/6A') {
  const page = await browser.context.newPage();
  const errors = collectPageErrors(page);
  const view = await driverPageOf(page, browser.extensionId);
  await page.goto(`${spaUrl}${hash}`);
  return { page, errors, view };
}

describe('Insyn on a single-page InfoMentor view (Chromium)', () => {
  it('keeps exactly one panel through late rendering and hash navigation, without an error', async () => {
    const { page, errors, view } = await openSpa();
    await page.locator('table').waitFor();
    await expect.poll(() => kindShown(view), SLOW).not.toBeNull();
    for (const link of ['6B Svenska', 'Start', '6A Svenska']) {
      await page.getByRole('link', { name: link }).click();
      await page.locator(link === 'Start' ? 'h1:text("Start")' : 'table').waitFor();
      expect(await page.locator('insyn-panel').count()).toBe(1);
      await expect.poll(() => view.inspect(panelVisibleInPage), SLOW).toBe(true);
    }
    // The start view has no table: once re-read, the panel says it does not recognise it.
    await page.getByRole('link', { name: 'Start' }).click();
    await expect.poll(() => kindShown(view), SLOW).toBe('unknown');
    expect(errorsFromInsyn(errors)).toEqual([]);
    await page.close();
  });

  it('re-reads when the table arrives late: 6A (waits on the reading core)', async () => {
    const { page, errors, view } = await openSpa();
    await expect.poll(() => panelSays(view), SLOW).toBe(expectedLine('6A'));
    expect(errorsFromInsyn(errors)).toEqual([]);
    await page.close();
  });

  it('re-reads after hash navigation to 6B, and the background records both views (waits on the reading core)', async () => {
    const { page, errors, view } = await openSpa();
    await expect.poll(() => panelSays(view), SLOW).toBe(expectedLine('6A'));
    await page.getByRole('link', { name: '6B Svenska' }).click();
    await expect.poll(() => panelSays(view), SLOW).toBe(expectedLine('6B'));

    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl('popup.html'));
    const visits = await popup.evaluate(readTableInPage<VisitRecord>, { table: 'visits', urlPrefix: spaUrl });
    await popup.close();
    // A visit keeps the page's path only (the fragment may name a pupil): the two views tell apart by what they showed.
    expect(new Set(visits.map((visit) => visit.url))).toEqual(new Set([spaUrl]));
    expect(visits).toContainEqual(expect.objectContaining({ kind: 'group-assessment', pupils: 5, atRisk: 2 }));
    expect(visits).toContainEqual(expect.objectContaining({ kind: 'group-assessment', pupils: 4, atRisk: 1 }));
    expect(errorsFromInsyn(errors)).toEqual([]);
    await page.close();
  });

  it('names the pupils at risk in the panel, and only them (waits on the reading core)', async () => {
    const { page, errors, view } = await openSpa();
    await expect.poll(() => panelSays(view), SLOW).toBe(expectedLine('6A'));
    const in6A = await panelText(view);
    for (const name of GROUPS['6A'].atRisk) expect(in6A).toContain(name);
    for (const name of GROUPS['6B'].atRisk) expect(in6A).not.toContain(name);

    await page.getByRole('link', { name: '6B Svenska' }).click();
    await expect.poll(() => panelSays(view), SLOW).toBe(expectedLine('6B'));
    const in6B = await panelText(view);
    for (const name of GROUPS['6B'].atRisk) expect(in6B).toContain(name);
    for (const name of GROUPS['6A'].atRisk) expect(in6B).not.toContain(name);
    expect(errorsFromInsyn(errors)).toEqual([]);
    await page.close();
  });
});
