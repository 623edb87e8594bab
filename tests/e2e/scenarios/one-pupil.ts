import { expect } from 'vitest';
import { FIXTURE_HOST, type FixtureServer } from '../../tools/fixture-server';
import { findTabIdInPage, readTableInPage } from '../../tools/extension-page';
import { errorsFromInsyn } from '../../tools/page-errors';
import type { RiskRecord, VisitRecord } from '../../../utils/db/records';
import { t, tCount } from '../../../utils/i18n';
import type { ShadowOf } from '../driver/in-page';
import type { ScenarioBrowser, ScenarioPage } from './drivers';

/**
 * Insyn on pages shaped like InfoMentor's Hub (tests/fixtures/e2e/hub.html, see the README there):
 * one pupil per view, subjects as rows, data drawn by the page's own script after load and on hash
 * navigation, hidden elements kept in the DOM. Run by one-pupil.chromium.e2e.test.ts and
 * one-pupil.firefox.e2e.test.ts: the same scenario in both browsers.
 *
 * Maja Ek's page: Engelska and Matematik at the not-reached level. The trap page: Matematik shown at
 * that level; Musik (hidden by a stylesheet class) and Svenska (hidden inline) too, but not rendered;
 * her sibling Tove hidden in the pupil selector.
 */
const SLOW = { timeout: 20_000, interval: 250 };
const HUB = 'e2e/hub.html?data=amnesomdomen';
const TRAP = 'e2e/hub.html?data=dolda-element';
const FRAMES = 'e2e/ram-med-hub.html';
const FRAMESET = 'e2e/ramverk.html';
const ASSESSMENT = '#/assessmentv2/summaryAssessment';
/** The Hub's pages are on its own host (the fixture server answers every InfoMentor name). */
const hubUrl = (server: FixtureServer, path: string) => server.url(path).replace(`//${FIXTURE_HOST}/`, '//hub.infomentor.se/');
const NEWS = '#/communication/news';

/** What Insyn shows in this document. Self-contained: it runs where the test sees into Insyn's closed roots. */
function insynHere(_: undefined, shadowOf: ShadowOf) {
  const panels = [...document.querySelectorAll('insyn-panel')];
  const root = panels[0] ? shadowOf(panels[0]) : null;
  return {
    panels: panels.length,
    kind: root?.querySelector('[data-insyn-kind]')?.getAttribute('data-insyn-kind') ?? null,
    about: root?.querySelector('[data-insyn-about]')?.textContent ?? null,
    panelText: root?.querySelector('[data-insyn-panel]')?.textContent ?? '',
    // A badge sits in its subject's cell; its own text is in its shadow root, so the cell's text is the subject's.
    badges: [...document.querySelectorAll('[data-insyn-badge]')].map((host) => host.closest('td, th')?.textContent?.trim() ?? '?').sort(),
  };
}
type Shown = ReturnType<typeof insynHere>;

const shown = async (page: ScenarioPage) => (await page.inspect(insynHere, undefined))!;
const pick =
  <K extends keyof Shown>(page: ScenarioPage, key: K) =>
  async () =>
    (await shown(page))[key];
const pupilLine = (subjects: number) =>
  subjects === 0
    ? t('pagePupilNoRisk', { pupil: 'Ek, Maja' })
    : subjects === 1
      ? t('pagePupilOneRisk', { pupil: 'Ek, Maja' })
      : t('pagePupilManyRisks', { pupil: 'Ek, Maja', count: subjects });

async function rowsOf<Row>(browser: ScenarioBrowser, table: string, urlPrefix?: string): Promise<Row[]> {
  const lookup = await browser.extensionPage('popup.html', 'main');
  try {
    return await lookup.run(readTableInPage<Row>, { table, urlPrefix });
  } finally {
    await lookup.close();
  }
}

/** The popup's kind and count line for the tab showing `path` (on `host`). */
async function popupFor(browser: ScenarioBrowser, path: string, host = FIXTURE_HOST): Promise<{ kind: string | null; counts: string }> {
  const lookup = await browser.extensionPage('popup.html', 'main');
  const tabId = await lookup.run(findTabIdInPage, `https://${host}/${path}*`);
  await lookup.close();
  const popup = await browser.extensionPage(`popup.html?tab=${tabId}`, 'main');
  try {
    return await popup.run(() => {
      const kind = document.querySelector('[data-tab-kind]');
      return { kind: kind?.getAttribute('data-tab-kind') ?? null, counts: kind?.nextElementSibling?.textContent ?? '' };
    }, undefined);
  } finally {
    await popup.close();
  }
}

async function marksExactlyTheAtRiskSubjects(browser: ScenarioBrowser, server: FixtureServer): Promise<void> {
  const page = await browser.open(`${hubUrl(server, HUB)}&deliver=manual${ASSESSMENT}`);
  // The empty shell has nothing to read: Insyn only watches it (issue 20), the popup says it does not read it.
  await expect.poll(async () => (await popupFor(browser, 'e2e/hub.html', 'hub.infomentor.se')).kind, SLOW).toBe('unknown');
  expect(await shown(page)).toMatchObject({ panels: 0, badges: [] });
  // The app's data arrives late; Insyn reads the view once it is drawn.
  await page.run(() => (window as unknown as { hubDeliver(): void }).hubDeliver(), undefined);
  await expect.poll(pick(page, 'about'), SLOW).toBe(pupilLine(2));
  const after = await shown(page);
  expect(after).toMatchObject({ panels: 1, kind: 'pupil-assessment', badges: ['Engelska', 'Matematik'] });
  // The sibling hidden in the pupil selector is no pupil of this page.
  expect(after.panelText).not.toContain('Tove');
  // A visit keeps the page's path only (the query and fragment may name a pupil).
  const visits = await rowsOf<VisitRecord>(browser, 'visits', hubUrl(server, HUB).split('?')[0]!);
  expect(visits.map((visit) => visit.kind)).toContain('pupil-assessment');
  expect(errorsFromInsyn(page.errors)).toEqual([]);
  await page.close();
}

async function rereadsOnHashNavigation(browser: ScenarioBrowser, server: FixtureServer): Promise<void> {
  const page = await browser.open(`${hubUrl(server, HUB)}&deliver=manual${NEWS}`);
  await page.run(() => (window as unknown as { hubDeliver(): void }).hubDeliver(), undefined);
  await expect.poll(() => page.run(() => document.body.getAttribute('data-route'), undefined), SLOW).toBe('news');
  await expect.poll(async () => (await popupFor(browser, 'e2e/hub.html', 'hub.infomentor.se')).kind, SLOW).toBe('unknown');
  expect((await shown(page)).panels).toBe(0);
  const go = (hash: string) => page.run((to) => void (location.hash = to), hash);
  await go(ASSESSMENT);
  await expect.poll(pick(page, 'about'), SLOW).toBe(pupilLine(2));
  expect((await shown(page)).badges).toEqual(['Engelska', 'Matematik']);
  // Back to the news: the assessment view stays in the DOM, hidden, and is not read.
  await go(NEWS);
  await expect.poll(pick(page, 'kind'), SLOW).toBe('unknown');
  expect(await shown(page)).toMatchObject({ panels: 1, about: null, badges: [] });
  expect(await page.run(() => document.querySelectorAll('.summary-table tr').length, undefined)).toBeGreaterThan(1);
  expect(errorsFromInsyn(page.errors)).toEqual([]);
  await page.close();
}

async function readsNothingHidden(browser: ScenarioBrowser, server: FixtureServer): Promise<void> {
  const page = await browser.open(`${hubUrl(server, TRAP)}${ASSESSMENT}`);
  await expect.poll(pick(page, 'about'), SLOW).toBe(pupilLine(1));
  const seen = await shown(page);
  expect(seen.badges).toEqual(['Matematik']);
  for (const hidden of ['Musik', 'Svenska', 'Tove']) expect(seen.panelText).not.toContain(hidden);
  // The page does hold them: hidden, not absent.
  expect(
    await page.run(() => [...document.querySelectorAll('.summary-table td:first-child')].map((cell) => cell.textContent), undefined),
  ).toEqual(expect.arrayContaining(['Musik', 'Svenska']));
  // Nothing hidden was stored either: no page of this scenario shows Musik or Svenska at risk.
  const subjects = (await rowsOf<RiskRecord>(browser, 'risks')).map((risk) => risk.subject);
  expect(subjects).toContain('Matematik');
  expect(subjects.filter((subject) => subject === 'Musik' || subject === 'Svenska')).toEqual([]);
  expect(errorsFromInsyn(page.errors)).toEqual([]);
  await page.close();
}

async function readsAFrameWithOnePanel(browser: ScenarioBrowser, server: FixtureServer): Promise<void> {
  const page = await browser.open(server.url(FRAMES));
  await expect.poll(pick(page, 'about'), SLOW).toBe(pupilLine(2));
  const inFrame = () => page.inspect(insynHere, undefined, 'e2e/hub.html');
  await expect.poll(async () => (await inFrame())?.badges, SLOW).toEqual(['Engelska', 'Matematik']);
  // One panel for the tab, in the top frame; the frame shows only its badges.
  expect(await shown(page)).toMatchObject({ panels: 1, kind: 'pupil-assessment', badges: [] });
  expect((await inFrame())?.panels).toBe(0);
  // The popup counts the frame's pupil and risks for the tab.
  const expectedCounts = `${tCount('countPupils', 1)} · ${t('countAtRisk', { count: 2 })}`;
  await expect.poll(() => popupFor(browser, FRAMES), SLOW).toEqual({ kind: 'pupil-assessment', counts: expectedCounts });
  // The frame goes: its pupil leaves the panel and the popup.
  await page.run(() => document.getElementById('hub')?.remove(), undefined);
  await expect.poll(pick(page, 'kind'), SLOW).toBe('unknown');
  expect((await shown(page)).about).toBeNull();
  await expect.poll(async () => (await popupFor(browser, FRAMES)).kind, SLOW).toBe('unknown');
  expect(errorsFromInsyn(page.errors)).toEqual([]);
  await page.close();
}

async function readsAFramesetWithOnePanel(browser: ScenarioBrowser, server: FixtureServer): Promise<void> {
  const page = await browser.open(server.url(FRAMESET));
  const content = () => page.inspect(insynHere, undefined, 'e2e/hub.html');
  // A frameset draws only its frames: the largest frame shows the tab's one panel.
  await expect.poll(async () => (await content())?.about, SLOW).toBe(pupilLine(2));
  expect(await content()).toMatchObject({ panels: 1, kind: 'pupil-assessment', badges: ['Engelska', 'Matematik'] });
  await expect.poll(async () => (await page.inspect(insynHere, undefined, 'ramverk-meny'))?.panels, SLOW).toBe(0);
  expect((await shown(page)).panels).toBe(0);
  expect(errorsFromInsyn(page.errors)).toEqual([]);
  await page.close();
}

/** Every step of the scenario with its title: each launcher runs them all, in this order. */
export const ONE_PUPIL_SCENARIO: readonly (readonly [string, (browser: ScenarioBrowser, server: FixtureServer) => Promise<void>])[] = [
  ['reads the view once the app has drawn it, marks exactly the at-risk subjects and names the pupil', marksExactlyTheAtRiskSubjects],
  ['reads again on hash navigation, and not the view the app hid', rereadsOnHashNavigation],
  ['reads nothing hidden: a row hidden by a stylesheet class or inline, a sibling hidden in the selector', readsNothingHidden],
  [
    'reads a page in a frame; one panel for the tab, badges in the frame, the popup counts the frame; a frame that goes leaves',
    readsAFrameWithOnePanel,
  ],
  ['reads a frameset: its largest frame shows the one panel', readsAFramesetWithOnePanel],
];
