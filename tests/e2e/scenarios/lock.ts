import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ContactRecord, PupilRecord } from '../../../utils/db/records';
import { t } from '../../../utils/i18n';
import { SLOW, type BrowserName, type DriverPage, type Target } from '../driver/driver';
import { journeyBrowser } from '../driver/journey';
import { badgeOf, expandPanel, inLogForm, inPanel, LIVE, LOG_FORM, PANEL, rowInPanel } from '../driver/panel';

/**
 * Issue 22, done-when 6, in the browser with the production build: the teacher sets a passphrase in the
 * dashboard, logs a contact on InfoMentor's page, and locks. The dashboard then asks for the passphrase,
 * the panel shows counts only, and the extension's IndexedDB, read directly, holds no pupil's name nor
 * what she typed. A wrong passphrase is refused clearly; the right one brings everything back.
 */
const FIXTURE = 'infomentor/kunskapssammanstallning-5a-matematik.html';
const expected = JSON.parse(readFileSync(`tests/fixtures/${FIXTURE.replace(/\.html$/, '.expected.json')}`, 'utf8')) as {
  pupils: number;
  atRisk: { pupil: string }[];
};
const PASSPHRASE = 'lärarrummets långa fras';
const PUPIL = 'Lund, Ella';
const SUMMARY = 'Berättade om risken i bråk, möte bokat.';
const WITH_WHOM = 'Mamma och pappa';
const INFORMED = /^Informerad \d{1,2} \w+$/;

const click = async (page: DriverPage, target: Target) => (await page.find(target)).click();
const inMain = (css: string, name?: string): Target => ({ css, name, within: { css: 'main' } });

/** The lock's journey in one browser; the thin lock.<browser>.e2e.test.ts files run it. */
export function lockJourney(name: BrowserName): void {
  const journey = journeyBrowser(name);

  async function logContact() {
    const page = await journey.browser.openPage(journey.server.url(FIXTURE));
    await expect.poll(() => page.count({ css: '[data-insyn-badge]' }), SLOW).toBe(expected.atRisk.length);
    await click(page, badgeOf(PUPIL));
    await click(page, { css: 'button', name: t('pageWriteFor', { pupil: PUPIL }), within: rowInPanel(PUPIL) });
    // The draft is drawn by the forms' script, loaded on the first "Skriv": written, it is ready.
    await expect.poll(() => page.value(inPanel('textarea', t('draftBody'))), SLOW).toContain('Ella Lund');
    // A click while the panel draws again after the background's answer may land on the old button.
    for (let attempt = 0; attempt < 3 && (await page.count(LOG_FORM)) === 0; attempt++) {
      if ((await page.count(inPanel('button', t('draftLog')))) > 0) await click(page, inPanel('button', t('draftLog')));
      await new Promise((resolve) => setTimeout(resolve, 3_000));
    }
    await page.find(LOG_FORM);
    await (await page.find(inLogForm('select', t('logChannel')))).select('telefon');
    await (await page.find(inLogForm('input', t('logWithWhom')))).fill(WITH_WHOM);
    await (await page.find(inLogForm('textarea', t('logSummary')))).fill(SUMMARY);
    await (await page.find(inLogForm('input', t('outcome_mote_bokat')))).check();
    // Both guardians were on the call: only then are they all informed.
    await (await page.find(inLogForm('input', t('logGuardian', { number: 2 })))).check();
    await click(page, inLogForm('button', t('logSave')));
    await expect.poll(() => page.text(LIVE), SLOW).toBe(t('logSaved'));
    await expect.poll(() => page.text(badgeOf(PUPIL)), SLOW).toMatch(INFORMED);
    return page;
  }

  /** Every stored row of the tables that hold names or typed text, as IndexedDB keeps them. */
  async function rawRows(): Promise<string> {
    const tables = ['pupils', 'risks', 'contacts', 'checklist', 'documents', 'events', 'visits'];
    const rows = await Promise.all(tables.map((table) => journey.browser.readTable(table)));
    return JSON.stringify(rows);
  }

  describe(`the lock for shared computers (${name})`, () => {
    it('set, a contact logged, locked: counts only and nothing in clear; a wrong passphrase refused, the right one restores all', async () => {
      const dashboard = await journey.browser.openExtensionPage('dashboard.html#settings', 'main');
      await (await dashboard.find({ css: 'input', name: t('dashLockPassphrase') })).fill(PASSPHRASE);
      await (await dashboard.find({ css: 'input', name: t('dashLockRepeat') })).fill(PASSPHRASE);
      await click(dashboard, { css: 'button', name: t('dashLockSet') });
      await dashboard.find({ css: 'button', name: t('dashLockNow') });

      const page = await logContact();
      const contacts = await journey.browser.readTable<ContactRecord>('contacts');
      expect(contacts).toHaveLength(1);
      // Sealed from the first write: the row is there, its summary is not readable.
      expect(JSON.stringify(contacts)).not.toContain(SUMMARY);

      await click(dashboard, { css: 'button', name: t('dashLockNow') });
      await dashboard.find({ css: 'h2', name: t('dashLockLocked') });
      expect(await dashboard.count(inMain('input', t('dashLockPassphrase')))).toBe(1);

      await page.reload();
      // The panel comes back collapsed (its header counts the page); the locked body says what the lock hides.
      await expandPanel(page);
      const counts = t('pageLockedCounts', { pupils: expected.atRisk.length });
      await expect.poll(() => page.text(PANEL), SLOW).toContain(counts);
      const panelText = (await page.text(PANEL)) ?? '';
      for (const { pupil } of expected.atRisk) expect(panelText).not.toContain(pupil.split(', ')[0]);
      // The badges mark what the page itself shows, and that Insyn cannot say now whether anyone was told.
      expect(await page.text(badgeOf(PUPIL))).toBe(t('pageBadgeUnknown'));

      const raw = await rawRows();
      for (const { pupil } of expected.atRisk) expect(raw).not.toContain(pupil.split(', ')[0]);
      expect(raw).not.toContain(SUMMARY);
      expect(raw).not.toContain(WITH_WHOM);
      expect((await journey.browser.readTable<PupilRecord>('pupils')).length).toBe(expected.pupils);

      await (await dashboard.find(inMain('input', t('dashLockPassphrase')))).fill('fel fras helt och hållet');
      await click(dashboard, inMain('button', t('dashLockUnlock')));
      await expect.poll(() => dashboard.text({ css: '.error', within: { css: 'main' } }), SLOW).toContain(t('lockWrongPassphrase'));
      await (await dashboard.find(inMain('input', t('dashLockPassphrase')))).fill(PASSPHRASE);
      await click(dashboard, inMain('button', t('dashLockUnlock')));
      await dashboard.find({ css: 'button', name: t('dashLockNow') });
      await dashboard.close();

      const log = await journey.browser.openExtensionPage('dashboard.html#contacts', 'main');
      await expect.poll(() => log.count({ css: 'main tr', nameMatches: PUPIL }), SLOW).toBe(1);
      expect(await log.text({ css: 'main tr', nameMatches: PUPIL })).toContain(WITH_WHOM);
      await log.close();
      // Reloaded, InfoMentor's page shows again that the guardians were told.
      await page.reload();
      await expandPanel(page);
      await expect.poll(() => page.text(badgeOf(PUPIL)), SLOW).toMatch(INFORMED);
      expect(page.errorsFromInsyn()).toEqual([]);
      await page.close();
    });
  });
}
