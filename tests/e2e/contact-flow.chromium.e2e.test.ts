import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { collectPageErrors, launchChromium, type ChromiumWithInsyn } from '../tools/chromium';
import { startFixtureServer, type FixtureServer } from '../tools/fixture-server';
import { errorsFromInsyn } from '../tools/page-errors';
import type { ContactRecord } from '../../utils/db/records';
import { setLanguage, t } from '../../utils/i18n';

/**
 * Issue #4 end to end, in Chromium with the production build: on the 5A Matematik page the at-risk
 * pupils get badges, the teacher drafts a message, copies it and logs a phone call; after a reload the
 * pupil shows "Kontaktad" and the contact is in the dashboard's contact log. Once with the mouse, once
 * with the keyboard alone.
 */
const FIXTURE = 'infomentor/kunskapssammanstallning-5a-matematik.html';
const expected = JSON.parse(readFileSync(`tests/fixtures/${FIXTURE.replace(/\.html$/, '.expected.json')}`, 'utf8')) as {
  atRisk: { pupil: string }[];
};
const SLOW = { timeout: 15_000, interval: 200 };

let server: FixtureServer;
let browser: ChromiumWithInsyn;

beforeAll(async () => {
  setLanguage('sv');
  server = await startFixtureServer();
  browser = await launchChromium({ fixturePort: server.port });
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://skola.infomentor.se' });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const panel = (page: Page) => page.locator('insyn-panel [data-insyn-panel]');
const live = (page: Page) => page.locator('insyn-panel [data-insyn-live]');
const badgeOf = (page: Page, pupil: string) => page.locator('tr', { has: page.getByRole('link', { name: pupil, exact: true }) }).locator('[data-insyn-badge] button');
const rowInPanel = (page: Page, pupil: string) => panel(page).locator(`li[data-insyn-pupil="${pupil}"]`);

/** The at-risk pupils whose rows carry a badge, read in the page's own world. */
const pupilsWithBadges = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('[data-insyn-badge]')].map((host) => host.closest('tr')?.querySelector('a')?.textContent ?? '?').sort());

/** Where InfoMentor's table puts its columns and how tall each row is, with the badges shown or not. */
const tableLayout = (page: Page, badges: 'shown' | 'hidden') =>
  page.evaluate((display) => {
    document.querySelectorAll<HTMLElement>('[data-insyn-badge]').forEach((host) => host.style.setProperty('display', display));
    return {
      columns: [...document.querySelectorAll('thead th')].map((th) => th.getBoundingClientRect().left),
      rows: [...document.querySelectorAll('tbody tr')].map((tr) => ({ badge: tr.querySelector('[data-insyn-badge]') !== null, height: tr.getBoundingClientRect().height })),
    };
  }, badges === 'shown' ? 'block' : 'none');

/** What has keyboard focus, looking into shadow roots: its tag and accessible text. */
const focused = (page: Page) =>
  page.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active) return '';
    const labelled = active.id ? (active.getRootNode() as ShadowRoot).querySelector(`label[for="${active.id}"]`)?.textContent : undefined;
    const name = active.getAttribute('aria-label') ?? labelled ?? active.closest('label')?.textContent ?? active.textContent ?? '';
    return `${active.tagName.toLowerCase()}:${name.trim()}`;
  });

/** Presses Tab until focus is on what `wanted` describes (keyboard only; fails after `max` presses). */
async function tabTo(page: Page, wanted: string | RegExp, max = 80) {
  for (let i = 0; i < max; i++) {
    const now = await focused(page);
    if (typeof wanted === 'string' ? now === wanted : wanted.test(now)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`focus never reached ${wanted} (last: ${await focused(page)})`);
}

async function contactsInDatabase(): Promise<ContactRecord[]> {
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('popup.html'));
  const contacts = await page.evaluate(
    () =>
      new Promise<ContactRecord[]>((resolve, reject) => {
        const open = indexedDB.open('insyn');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('contacts').objectStore('contacts').getAll();
          request.onsuccess = () => resolve(request.result as ContactRecord[]);
          request.onerror = () => reject(request.error);
        };
      }),
  );
  await page.close();
  return contacts;
}

async function contactLogShows(pupil: string): Promise<Locator> {
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('dashboard.html#contacts'));
  const row = page.locator('main tr', { hasText: pupil });
  await row.first().waitFor(SLOW);
  return row;
}

async function openFixture() {
  const page = await browser.context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(server.url(FIXTURE));
  await expect.poll(() => page.locator('[data-insyn-badge]').count(), SLOW).toBe(expected.atRisk.length);
  return { page, errors };
}

describe('guardian contact from the InfoMentor page (Chromium)', () => {
  it('badges exactly the at-risk pupils; draft, copy, log a call; after a reload the pupil shows "Kontaktad" and the log has it', async () => {
    const { page, errors } = await openFixture();
    const pupil = 'Lund, Ella';
    expect(await pupilsWithBadges(page)).toEqual(expected.atRisk.map((r) => r.pupil).sort());
    expect(await badgeOf(page, pupil).textContent()).toBe(t('pageBadgeOpen'));
    const summary = panel(page).locator('[data-insyn-summary]');
    expect(await summary.textContent()).toBe(t('pageSummaryLevelManyNotContacted', { count: 4, subject: 'Matematik' }));

    // InfoMentor's layout barely moves: columns stay put, only at-risk rows may gain one small line.
    const withBadges = await tableLayout(page, 'shown');
    const without = await tableLayout(page, 'hidden');
    await tableLayout(page, 'shown');
    withBadges.columns.forEach((left, i) => expect(Math.abs(left - without.columns[i]!)).toBeLessThanOrEqual(8));
    withBadges.rows.forEach((row, i) => {
      const grew = row.height - without.rows[i]!.height;
      if (row.badge) expect(grew).toBeLessThanOrEqual(22);
      else expect(grew).toBeCloseTo(0, 0);
    });

    // The badge opens the pupil in the panel.
    await badgeOf(page, pupil).click();
    await expect.poll(() => focused(page)).toBe(`h3:${pupil}`);

    await rowInPanel(page, pupil).getByRole('button', { name: t('pageWriteFor', { pupil }) }).click();
    const body = panel(page).getByLabel(t('draftBody'));
    await expect.poll(() => body.inputValue(), SLOW).toContain('Ella Lund');
    expect(await body.inputValue()).toContain('Matematik');
    await panel(page).getByRole('button', { name: t('draftCopy'), exact: true }).click();
    await expect.poll(() => live(page).textContent()).toBe(t('draftCopied'));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await body.inputValue());

    // "Skriv ut brev" builds the letter in a same-origin frame inside Insyn's shadow root, as text.
    await panel(page).getByRole('button', { name: t('draftPrint'), exact: true }).click();
    const letter = await page.evaluate(() => {
      const frame = document.querySelector('insyn-panel')?.shadowRoot?.querySelector<HTMLIFrameElement>('iframe[data-insyn-letter]');
      const doc = frame?.contentDocument;
      return doc ? { text: doc.body.textContent ?? '', paragraphs: doc.querySelectorAll('p').length, elements: doc.querySelectorAll('img, script, a').length } : undefined;
    });
    expect(letter?.text).toContain('Ella Lund');
    expect(letter?.paragraphs).toBeGreaterThan(3);
    expect(letter?.elements).toBe(0);

    await panel(page).getByRole('button', { name: t('draftLog'), exact: true }).click();
    const form = panel(page).locator('form[data-insyn-log]');
    await form.getByLabel(t('logChannel')).selectOption('telefon');
    await form.getByLabel(t('logWithWhom')).fill('Mamma');
    await form.getByLabel(t('logSummary')).fill('Berättade om risken i bråk, möte bokat.');
    await form.getByLabel(t('outcome_mote_bokat')).check();
    await form.getByRole('button', { name: t('logSave') }).click();
    await expect.poll(() => live(page).textContent(), SLOW).toBe(t('logSaved'));
    await expect.poll(() => rowInPanel(page, pupil).locator('.status').textContent()).toMatch(/^Kontaktad \d{1,2} \w+ \(telefon\)$/);
    await expect.poll(() => badgeOf(page, pupil).textContent()).toMatch(/^Kontaktad \d{1,2} \w+$/);

    await page.reload();
    await expect.poll(() => badgeOf(page, pupil).textContent(), SLOW).toMatch(/^Kontaktad \d{1,2} \w+$/);
    await expect.poll(() => rowInPanel(page, pupil).locator('.status').textContent(), SLOW).toMatch(/^Kontaktad .*\(telefon\)$/);
    expect(await badgeOf(page, 'Carlsson, Maja').textContent()).toBe(t('pageBadgeOpen'));

    const stored = (await contactsInDatabase()).filter((c) => c.pupilId.includes('4109'));
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ channel: 'telefon', outcome: 'mote-bokat', withWhom: 'Mamma', subjects: ['Matematik'] });
    const row = await contactLogShows(pupil);
    expect(await row.count()).toBe(1);
    expect(errorsFromInsyn(errors)).toEqual([]);
    await page.close();
  });

  it('works with the keyboard alone: badge → draft → copy → log, Escape closes a form and gives focus back', async () => {
    const { page, errors } = await openFixture();
    const pupil = 'Sandberg, Saga';
    await page.locator('h1').click(); // a starting point on the page, as a teacher's Tab would have
    await tabTo(page, `button:${t('pageBadgeLabel', { pupil, subjects: 'Matematik', status: t('pageBadgeOpen') })}`);
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe(`h3:${pupil}`);

    await tabTo(page, `button:${t('pageWriteFor', { pupil })}`);
    await page.keyboard.press('Enter');
    // Focus lands on the draft's first control: the template choice (or the meeting time while templates load).
    await expect.poll(() => focused(page), SLOW).toMatch(new RegExp(`^(select:${t('draftTemplate')}|input:${t('draftMeeting')})$`));
    await tabTo(page, `button:${t('draftCopy')}`);
    await page.keyboard.press('Enter');
    await expect.poll(() => live(page).textContent()).toBe(t('draftCopied'));

    // Escape closes the log form and focus returns to the button that opened it.
    await tabTo(page, `button:${t('draftLog')}`);
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe(`select:${t('logChannel')}`);
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toBe(`button:${t('draftLog')}`);
    expect(await panel(page).locator('form[data-insyn-log]').count()).toBe(0);

    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe(`select:${t('logChannel')}`);
    await tabTo(page, `input:${t('logWithWhom')}`);
    await page.keyboard.type('Pappa');
    await tabTo(page, `textarea:${t('logSummary')}`);
    await page.keyboard.type('Ringde, lämnade meddelande.');
    await tabTo(page, `input:${t('outcome_nadd')}`);
    await page.keyboard.press('ArrowRight'); // radio group: moves to and selects "Ej nådd"
    expect(await focused(page)).toBe(`input:${t('outcome_ej_nadd')}`);
    await tabTo(page, `button:${t('logSave')}`);
    await page.keyboard.press('Enter');
    await expect.poll(() => live(page).textContent(), SLOW).toBe(t('logSaved'));
    // The message was copied for InfoMentor, so that is the channel the form proposed.
    await expect.poll(() => rowInPanel(page, pupil).locator('.status').textContent()).toMatch(/^Kontaktad .*\(InfoMentor-meddelande\)$/);

    // Escape on the draft closes it and returns focus to the row's "Skriv" button.
    await tabTo(page, `select:${t('draftTemplate')}`);
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toBe(`button:${t('pageWriteFor', { pupil })}`);

    await page.reload();
    await expect.poll(() => badgeOf(page, pupil).textContent(), SLOW).toMatch(/^Kontaktad /);
    const stored = (await contactsInDatabase()).filter((c) => c.pupilId.includes('4117'));
    expect(stored).toEqual([expect.objectContaining({ channel: 'infomentor', outcome: 'ej-nadd', withWhom: 'Pappa' })]);
    expect(errorsFromInsyn(errors)).toEqual([]);
    await page.close();
  });

  it('passes axe on the panel with the prompt, the draft and the log form open, and on the badges', async () => {
    const { page } = await openFixture();
    let checked: string[] = [];
    const violations = async () => {
      const axe = await new AxeBuilder({ page }).include('insyn-panel').include('[data-insyn-badge]').analyze();
      checked = axe.passes.map((rule) => rule.id);
      return axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    };
    await panel(page).locator('[data-insyn-prompt]').waitFor(SLOW);
    expect(await violations()).toEqual([]);
    await panel(page).getByRole('button', { name: t('promptWrite'), exact: true }).click();
    await panel(page).getByLabel(t('draftTemplate')).waitFor(SLOW);
    await panel(page).getByRole('button', { name: t('draftLog'), exact: true }).click();
    await panel(page).locator('form[data-insyn-log]').waitFor();
    expect(await violations()).toEqual([]);
    // axe did look inside the shadow roots: it checked the form's labels and the buttons' names.
    expect(checked).toEqual(expect.arrayContaining(['label', 'button-name', 'color-contrast']));
    await page.close();
  });
});
