import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR, startFixtureServer, type FixtureServer } from '../../tools/fixture-server';
import type { ChecklistRecord, PupilRecord } from '../../../utils/db/records';
import { addDays, endOfWeek } from '../../../utils/domain/dates';
import { setLanguage, t } from '../../../utils/i18n';
import { SLOW, type BrowserName, type InsynBrowser } from '../driver/driver';
import { launchDriver } from '../driver/launch';
import { expandPanel, inPanel, kindShown } from '../driver/panel';
import { datedCopy } from './checklist';

/**
 * Issue #17, "say it where the work is", with the production build: on the IUP list the panel asks the
 * teacher's role in 2A once, then shows what is owed for the page's pupils, and ticking "skickad per
 * post" there closes the item on the day given; on InfoMentor's start page it shows what is due this
 * week, never "känner inte igen". The browsers' clocks cannot be pinned here, so the pages are served
 * as of the browser's own today (checklist.ts `datedCopy`), and the expected counts come from its today.
 */
const IUP_LIST = 'infomentor/iup-lista-2a.html';
const START = 'infomentor/startsida.html';
const PUPIL = 'Andersson, Ines';

export function owedJourney(name: BrowserName): void {
  let server: FixtureServer;
  let browser: InsynBrowser;
  let today: string;
  const root = mkdtempSync(join(tmpdir(), 'insyn-owed-'));

  beforeAll(async () => {
    setLanguage('sv');
    cpSync(FIXTURES_DIR, root, { recursive: true });
    server = await startFixtureServer(`${root}/`);
    browser = await launchDriver(name, { fixturePort: server.port });
    today = await browser.today();
    datedCopy(root, today);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  const itemsOf = async (pupil: string) => {
    const pupils = await browser.readTable<PupilRecord>('pupils');
    const id = pupils.find((p) => p.name.normalize('NFC') === pupil.normalize('NFC'))?.id;
    return (await browser.readTable<ChecklistRecord>('checklist')).filter((item) => item.pupilId === id);
  };

  describe(`the panel where the work is (${name})`, () => {
    it('on the IUP list: asks the role once, shows what is owed for its pupils, and "skickad per post" there closes the item', async () => {
      const page = await browser.openPage(server.url(IUP_LIST));
      await expect.poll(() => kindShown(page), SLOW).toBe('iup-list');
      // Nothing is owed before the teacher says she is 2A's mentor: the panel asks, beside the rest.
      await (await page.find(inPanel('button', t('roleMentor')))).click();
      await expect.poll(() => page.count(inPanel('[data-insyn-owed-line]')), SLOW).toBe(1);
      await expandPanel(page);
      const tick = t('panelOwedTickPostedFor', { what: 'IUP skickad hem per post', pupil: PUPIL });
      await (await page.find(inPanel('button', tick))).click();
      const sentOn = addDays(today, -1);
      await (await page.find(inPanel('input[type="date"]', t('panelOwedDate')))).fill(sentOn);
      await (await page.find(inPanel('button', t('panelOwedSave')))).click();
      await expect.poll(async () => (await itemsOf(PUPIL)).find((item) => item.kind === 'iup-posted')?.status, SLOW).toBe('done');
      expect((await itemsOf(PUPIL)).find((item) => item.kind === 'iup-posted')).toMatchObject({
        closedBy: 'teacher',
        confirmedDate: sentOn,
      });
      const row = { css: `[data-insyn-owed-pupil="${PUPIL}"]`, within: inPanel('[data-insyn-owed]') };
      await expect.poll(async () => (await page.texts(row)).join(' '), SLOW).toContain('skickad per post');
      expect(page.errorsFromInsyn()).toEqual([]);
      await page.close();
    });

    it('on the start page: the due summary and the way to "Den här veckan", not "känner inte igen"', async () => {
      const items = await browser.readTable<ChecklistRecord>('checklist');
      const open = items.filter((item) => item.status === 'open');
      const overdue = open.filter((item) => item.due < today).length;
      const week = open.filter((item) => item.due >= today && item.due <= endOfWeek(today)).length;
      const page = await browser.openPage(server.url(START));
      const due = inPanel('[data-insyn-due]');
      const expected = week + overdue === 0 ? t('panelDueNothing') : t('panelDueSummary', { week, overdue });
      await expect.poll(async () => (await page.texts(due))[0], SLOW).toBe(expected);
      expect(await page.text(inPanel('[data-insyn-kind]'))).toBe(t('panelQuiet_start'));
      expect((await page.texts(inPanel('p'))).join(' ')).not.toContain(t('pageKind_unknown'));
      expect(await page.count(inPanel('button', t('panelDueOpenWeek')))).toBe(1);
      expect(page.errorsFromInsyn()).toEqual([]);
      await page.close();
    });
  });
}
