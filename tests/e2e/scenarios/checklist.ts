import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR, startFixtureServer, type FixtureServer } from '../../tools/fixture-server';
import type { ChecklistRecord, PupilRecord } from '../../../utils/db/records';
import { setLanguage, t, tCount } from '../../../utils/i18n';
import { checklistKindLabel } from '../../../utils/checklist/registry';
import { addDays, endOfWeek } from '../../../utils/domain/dates';
import { onSchoolDay } from '../../../utils/domain/school-days';
import { schoolYearOfTerm, termOnCalendar } from '../../../utils/domain/terms';
import { DEFAULT_SETTINGS } from '../../../utils/settings/schema';
import { SLOW, type BrowserName, type InsynBrowser } from '../driver/driver';
import { launchDriver } from '../driver/launch';

/**
 * Issues #5 and #17 with the production build: the IUP list of 2A owes nothing until the teacher says she
 * is 2A's mentor; then it creates the checklist (IUP published, and posted home within a week of the
 * page's Publiceringsdatum); the same list with more IUPs published closes those items; the teacher
 * confirms one posting in the dashboard; "Den här veckan" in the overview and the popup lists what is due;
 * the toolbar badge follows every step. Browsers' clocks cannot be pinned here, so the pages are served
 * with the browser's own term and with publication dates counted back from its today.
 */
const FIRST = 'infomentor/iup-lista-2a.html';
const MORE_PUBLISHED = 'e2e/iup-lista-2a-fler-publicerade.html';
/** The pupils whose IUPs the second page shows published and the first does not. */
const NEWLY_PUBLISHED = ['Ali, Noah', 'Karlsson, Saga', 'Öberg, Astrid'];
const expected = JSON.parse(readFileSync(`${FIXTURES_DIR}infomentor/iup-lista-2a.expected.json`, 'utf8')) as {
  pupils: number;
  context: { term: string };
  documents: { pupil: string; published: boolean }[];
};
const nfc = (name: string) => name.normalize('NFC');
const calendar = DEFAULT_SETTINGS.terms;

/**
 * The fixture pages as of the browser's today: its term instead of the saved one, and each publication
 * date of December 2025 moved to that many days before today (the 20th is yesterday, the 10th eleven days ago).
 */
export function datedCopy(root: string, today: string) {
  const term = termOnCalendar(today, calendar);
  for (const path of [FIRST, MORE_PUBLISHED]) {
    const html = readFileSync(`${FIXTURES_DIR}${path}`, 'utf8')
      .replaceAll(expected.context.term, term)
      .replace(/2025-12-(\d\d)/g, (_, day: string) => addDays(today, Number(day) - 21));
    writeFileSync(join(root, path), html);
  }
  return schoolYearOfTerm(term);
}

/** The checklist journey in one browser; the thin checklist.<browser>.e2e.test.ts files run it. */
export function checklistJourney(name: BrowserName): void {
  let server: FixtureServer;
  let browser: InsynBrowser;
  /** The browser's today: the due dates Insyn sets and counts follow its clock, not the test's. */
  let today: string;
  let schoolYear: string;
  const root = mkdtempSync(join(tmpdir(), 'insyn-checklist-'));
  const published = (id: string | undefined) => `iup-published|${id}|${schoolYear}`;
  const posted = (id: string | undefined) => `iup-posted|${id}|${schoolYear}`;

  beforeAll(async () => {
    setLanguage('sv');
    cpSync(FIXTURES_DIR, root, { recursive: true });
    server = await startFixtureServer(`${root}/`);
    browser = await launchDriver(name, { fixturePort: server.port });
    today = await browser.today();
    schoolYear = datedCopy(root, today);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  /** The database as an extension page sees it: pupils by name, checklist items by id. */
  async function readDatabase() {
    const pupils = await browser.readTable<PupilRecord>('pupils');
    const items = await browser.readTable<ChecklistRecord>('checklist');
    return {
      pupilId: new Map(pupils.map((p) => [nfc(p.name), p.id])),
      pupils,
      items: new Map(items.map((item) => [item.id, item])),
    };
  }

  /** Open items overdue or due within a week of today: what the badge counts. */
  const dueSoon = (items: Map<string, ChecklistRecord>): ChecklistRecord[] =>
    [...items.values()].filter((item) => item.status === 'open' && item.due <= addDays(today, 7));

  const badge = async () => Number((await browser.toolbarBadge()) || '0');

  async function visit(path: string) {
    const page = await browser.openPage(server.url(path));
    await expect.poll(() => page.count({ css: '[data-insyn-kind="iup-list"]', within: { css: 'insyn-panel' } }), SLOW).toBe(1);
    return page;
  }

  describe(`the checklist from the IUP list (${name})`, () => {
    it('owes nothing until the teacher is 2A’s mentor, then creates the IUP items, closes those a later visit shows published, takes a teacher confirmation, lists the week; the badge follows', async () => {
      // Before any page: nothing owed, no badge.
      expect(await browser.toolbarBadge()).toBe('');

      // 1. The IUP list, before the teacher has said her role in 2A: its pupils are known, no mentor item is owed.
      const first = await visit(FIRST);
      await expect.poll(async () => (await readDatabase()).pupils.length, SLOW).toBe(expected.pupils);
      expect([...(await readDatabase()).items.values()].filter((i) => i.kind.startsWith('iup'))).toEqual([]);

      // She says in the settings that she is 2A's mentor: every pupil of 2A (year 2) owes an IUP
      // published; the published ones owe posting home.
      const settings = await browser.openExtensionPage('dashboard.html#settings', 'main');
      await (await settings.find({ css: 'select', name: '2A' })).select('mentor');
      await (await settings.find({ css: 'button', name: t('dashSettingsSave') })).click();
      await expect.poll(async () => (await readDatabase()).items.size, SLOW).toBeGreaterThanOrEqual(expected.pupils);
      await settings.close();
      const afterFirst = await readDatabase();
      const ids = expected.documents.map((d) => afterFirst.pupilId.get(nfc(d.pupil)));
      expect(ids.every((id) => id !== undefined)).toBe(true);
      expect(new Set(ids).size).toBe(expected.pupils);
      for (const pupil of afterFirst.pupils) expect(pupil.year).toBe(2);
      for (const [i, doc] of expected.documents.entries()) {
        expect(afterFirst.items.get(published(ids[i])), doc.pupil).toMatchObject(
          doc.published ? { kind: 'iup-published', status: 'done', closedBy: 'page' } : { kind: 'iup-published', status: 'open' },
        );
        if (doc.published) {
          // Counted from the Publiceringsdatum the page shows, landing on a school day.
          const item = afterFirst.items.get(posted(ids[i]));
          expect(item, doc.pupil).toMatchObject({ kind: 'iup-posted', status: 'open' });
          expect(item?.due, doc.pupil).toBe(onSchoolDay(addDays(item!.dated!, 7), calendar, 'within'));
          expect(item!.dated! < today, doc.pupil).toBe(true);
        } else expect(afterFirst.items.has(posted(ids[i])), doc.pupil).toBe(false);
      }
      const soonFirst = dueSoon(afterFirst.items);
      expect(soonFirst.length).toBeGreaterThan(0);
      await expect.poll(badge, SLOW).toBe(soonFirst.length);
      expect(first.errorsFromInsyn()).toEqual([]);
      await first.close();

      // 2. The same list with three more IUPs published: their "published" items close, by the page.
      for (const pupil of NEWLY_PUBLISHED) expect(expected.documents.find((d) => nfc(d.pupil) === nfc(pupil))?.published).toBe(false);
      const newly = NEWLY_PUBLISHED.map((pupil) => afterFirst.pupilId.get(nfc(pupil)));
      const second = await visit(MORE_PUBLISHED);
      await expect
        .poll(async () => {
          const { items } = await readDatabase();
          return newly.map((id) => items.get(published(id))?.status);
        }, SLOW)
        .toEqual(newly.map(() => 'done'));
      const afterSecond = await readDatabase();
      for (const id of newly) {
        expect(afterSecond.items.get(published(id))).toMatchObject({ status: 'done', closedBy: 'page' });
        // Published now, so posting home is owed from now on.
        expect(afterSecond.items.get(posted(id))).toMatchObject({ kind: 'iup-posted', status: 'open' });
      }
      // Same pupils, nothing else changed: every other item is as it was.
      expect(afterSecond.pupils.length).toBe(afterFirst.pupils.length);
      const changed = new Set([...newly.map(published), ...newly.map(posted)]);
      // (The link to the page follows the page last read.)
      const unlinked = (item: ChecklistRecord | undefined) => item && { ...item, page: undefined };
      for (const [id, item] of afterFirst.items)
        if (!changed.has(id)) expect(unlinked(afterSecond.items.get(id)), id).toEqual(unlinked(item));
      expect(afterSecond.items.size).toBe(afterFirst.items.size + newly.length);
      // The badge: the closed items leave it, the postings now owed join it if due within the week.
      const soonSecond = dueSoon(afterSecond.items);
      const opened = newly.filter((id) => soonSecond.some((item) => item.id === posted(id))).length;
      expect(soonSecond.length).toBe(soonFirst.length - newly.length + opened);
      await expect.poll(badge, SLOW).toBe(soonSecond.length);
      expect(second.errorsFromInsyn()).toEqual([]);
      await second.close();

      // 3. The teacher confirms in the dashboard that one IUP was posted home, on a given date.
      const pupil = 'Andersson, Ines';
      const target = posted(afterFirst.pupilId.get(pupil));
      expect(afterSecond.items.get(target)).toMatchObject({ status: 'open' });
      const sentOn = addDays(today, -3);
      const dashboard = await browser.openExtensionPage('dashboard.html#checklist', 'main');
      await (
        await dashboard.find({
          css: 'input[type="checkbox"]',
          name: t('dashSelectRow', { what: `${pupil}, ${checklistKindLabel('iup-posted')}` }),
        })
      ).check();
      await (await dashboard.find({ css: '#item-date' })).fill(sentOn);
      await (await dashboard.find({ css: 'button', name: tCount('dashChecklistConfirm', 1) })).click();
      await expect.poll(async () => (await readDatabase()).items.get(target)?.status, SLOW).toBe('done');
      const afterConfirm = await readDatabase();
      expect(afterConfirm.items.get(target)).toMatchObject({ status: 'done', closedBy: 'teacher', confirmedDate: sentOn });
      for (const [id, item] of afterSecond.items) if (id !== target) expect(afterConfirm.items.get(id), id).toEqual(item);
      const soonThird = dueSoon(afterConfirm.items);
      expect(soonThird.length).toBe(soonSecond.length - 1);
      await expect.poll(badge, SLOW).toBe(soonThird.length);
      expect(dashboard.errorsFromInsyn()).toEqual([]);
      await dashboard.close();

      // 4. "Den här veckan": what is open and due by Sunday, overdue included, in the overview and the popup.
      const week = [...afterConfirm.items.values()].filter((item) => item.status === 'open' && item.due <= endOfWeek(today));
      const heading = t('weekTitle', { count: String(week.length) });
      const overview = await browser.openExtensionPage('dashboard.html#overview', 'main');
      await overview.find({ css: 'h3', name: heading });
      const weekPupils = new Set(week.map((item) => item.pupilId)).size;
      expect(await overview.count({ css: '[data-week-pupil]' })).toBe(Math.min(weekPupils, 10));
      expect(overview.errorsFromInsyn()).toEqual([]);
      await overview.close();
      const popup = await browser.openExtensionPage('popup.html', 'main');
      await popup.find({ css: 'h2', name: heading });
      expect(popup.errorsFromInsyn()).toEqual([]);
      await popup.close();
    });
  });
}
