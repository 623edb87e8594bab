import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../tools/fixture-server';
import { PINNED } from '../../tools/pinned';
import { placeSchoolPolicy, policyUnplaceable, type PlacedPolicy } from '../../tools/school-policy';
import type { PupilRecord, RiskRecord } from '../../../utils/db/records';
import { termOnCalendar, type Calendar } from '../../../utils/domain/terms';
import { setLanguage, t } from '../../../utils/i18n';
import { DEFAULT_SETTINGS } from '../../../utils/settings/schema';
import { spokenTerm } from '../../../utils/templates/parent-words';
import { SLOW, type BrowserName, type InsynBrowser, type Target } from '../driver/driver';
import { launchDriver } from '../driver/launch';

/**
 * Issue #21 end to end, with the browser's own policy mechanism (tests/tools/school-policy.ts): a school's
 * policy sets the school's name, a term calendar and a template; a fresh profile's Insyn shows them locked in
 * the settings and drafts with them; a malformed key is ignored with a notice.
 */
// A group's page that names no term: Insyn dates its risk, and the draft's {term}, by the calendar in force.
const FIXTURE = 'hub/im1-ram-bedomning.html';
const PUPIL = 'Andersson, Elsa';
const SCHOOL = 'Ekskolan i Kungälv';
const MUNICIPALITY = 'Kungälvs kommun';
const ROUTINE = 'Kontakta rektor, som når vårdnadshavarna genom folkbokföringen.';
const TEMPLATE = {
  id: 'ek-1',
  name: 'Ekskolans brev',
  lang: 'sv',
  subject: 'Om {pupil} i {subject}',
  body: 'Hej! Så här går det för {pupil} i {subject} ({term}).\n{reasons}\n{teacher}, {school}',
};

/** Today in the browsers' pinned time zone, as YYYY-MM-DD. */
const todayInStockholm = () => new Date().toLocaleDateString('sv-SE', { timeZone: PINNED.timeZone });

/**
 * A school calendar on which today is in another term than on Insyn's default one, so the draft's term can
 * only have come from the policy.
 */
function calendarAgainstDefault(today: string): Calendar {
  const day = today.slice(5);
  if (termOnCalendar(today, DEFAULT_SETTINGS.terms).startsWith('Vt')) {
    // Spring on the default calendar: the school's spring term starts later, so today is still autumn.
    return { vt: { start: '08-16', end: '08-17' }, ht: { start: '08-18', end: '12-31' } };
  }
  // Autumn (or early January) on the default calendar: the school's autumn term starts after today.
  const next = new Date(`${today}T12:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  const after = next.toISOString().slice(5, 10);
  return day < '01-08'
    ? { vt: { start: '01-01', end: '06-12' }, ht: { start: '08-15', end: '12-20' } }
    : { vt: { start: '01-01', end: day }, ht: { start: after, end: '12-31' } };
}

const panel: Target = { css: '[data-insyn-panel]' };
const inPanel = (css: string, name?: string): Target => ({ css, name, within: panel });
const field = (name: string): Target => ({ css: 'input, textarea, select', name });

/** The managed-settings journey in one browser; managed-settings.<browser>.e2e.test.ts runs it. */
export function managedSettingsJourney(name: BrowserName): void {
  const unplaceable = policyUnplaceable(name);
  // CI (CI=true) runs as root, so there this journey can never be skipped.
  if (unplaceable && process.env.CI === 'true') throw new Error(`managed settings (${name}): ${unplaceable}`);
  if (unplaceable) console.warn(`managed settings (${name}) skipped: ${unplaceable}`);

  describe.skipIf(Boolean(unplaceable))(`a school's policy sets Insyn up (${name})`, () => {
    let server: FixtureServer;
    let browser: InsynBrowser;
    let policy: PlacedPolicy;
    const today = todayInStockholm();
    const terms = calendarAgainstDefault(today);

    beforeAll(async () => {
      setLanguage('sv');
      server = await startFixtureServer();
      // The browser reads the policy when it starts: it is there before the launch.
      policy = placeSchoolPolicy(name, {
        school: SCHOOL,
        municipality: MUNICIPALITY,
        terms,
        templates: [TEMPLATE],
        protectedDataRoutine: ROUTINE,
        pseudonymiseExports: true,
        retentionMonths: 500,
      });
      browser = await launchDriver(name, { fixturePort: server.port });
    });

    afterAll(async () => {
      policy?.remove();
      await browser?.close();
      await server?.close();
    });

    it('shows the school’s values locked in the settings, and the malformed key ignored with a notice', async () => {
      expect(await browser.today()).toBe(today);
      const settings = await browser.openExtensionPage('dashboard.html#settings', 'form.settings');
      const school = field(t('dashSettingsSchool'));
      expect(await settings.value(school)).toBe(SCHOOL);
      expect(await settings.evaluate(() => (document.getElementById('set-school') as HTMLInputElement).readOnly)).toBe(true);
      expect(await settings.value(field(t('dashSettingsHtStart')))).toBe(terms.ht.start);
      expect(await settings.value(field(t('dashSettingsVtEnd')))).toBe(terms.vt.end);
      expect(await settings.value(field(t('dashSettingsMunicipality')))).toBe(MUNICIPALITY);
      expect(await settings.value(field(t('dashSettingsProtectedRoutine')))).toBe(ROUTINE);
      expect(
        await settings.evaluate(() =>
          ['set-municipality', 'set-protectedDataRoutine'].map((id) => (document.getElementById(id) as HTMLInputElement).readOnly),
        ),
      ).toEqual([true, true]);
      expect(
        await settings.evaluate(() => {
          const box = document.getElementById('set-pseudonymiseExports') as HTMLInputElement;
          return [box.checked, box.disabled];
        }),
      ).toEqual([true, true]);
      // School, municipality, four term dates, the routine and the export's default: each says who set it.
      expect(await settings.count({ css: '.locked', name: `🔒 ${t('dashFieldSetBySchool')}` })).toBe(8);
      const notice = await settings.text({ css: '[role="note"]' });
      expect(notice).toContain(t('dashSettingsManaged'));
      expect(notice).toContain(t('dashSettingsManagedIgnored', { key: 'retentionMonths', reason: t('dashSettingsManagedInvalid') }));
      // The teacher's own retention stays in force and editable.
      expect(await settings.value(field(t('dashSettingsRetention')))).toBe(String(DEFAULT_SETTINGS.retentionMonths));
      await settings.close();
    });

    it('dates the page’s risk by the school’s calendar and drafts with its template, name and term', async () => {
      const term = termOnCalendar(today, terms);
      // On 31 December every calendar says autumn; on every other day the two differ.
      if (!today.endsWith('-12-31')) expect(term).not.toBe(termOnCalendar(today, DEFAULT_SETTINGS.terms));
      const page = await browser.openPage(server.url(FIXTURE));
      await expect.poll(async () => (await browser.readTable<RiskRecord>('risks')).map((risk) => risk.term), SLOW).toEqual([term]);

      await (await page.find(inPanel('button', t('pageWriteFor', { pupil: PUPIL })))).click();
      await (await page.find(inPanel('select', t('draftTemplate')))).select('school:ek-1');
      const body = inPanel('textarea', t('draftBody'));
      await expect
        .poll(() => page.value(body), SLOW)
        .toContain(`Hej! Så här går det för Elsa Andersson i svenska (${spokenTerm(term, 'sv')}).`);
      expect(await page.value(body)).toContain(SCHOOL);
      expect(page.errorsFromInsyn()).toEqual([]);
      await page.close();
    });

    it('says the school’s routine for a pupil with protected personal data, and exports pseudonymised from the start', async () => {
      const dashboard = await browser.openExtensionPage('dashboard.html#risks', 'main');
      await (await dashboard.find({ css: 'button', name: t('dashPupilFactsFor', { pupil: PUPIL }) })).click();
      await (await dashboard.find({ css: 'input', name: t('dashProtectedData'), within: { css: '[role=dialog]' } })).check();
      await (await dashboard.find({ css: 'button', name: t('dashSave'), within: { css: '[role=dialog]' } })).click();
      await expect
        .poll(async () => (await browser.readTable<PupilRecord>('pupils')).find((p) => p.name === PUPIL)?.protectedData, SLOW)
        .toBe(true);
      await dashboard.close();

      const page = await browser.openPage(server.url(FIXTURE));
      const mark: Target = { css: '[data-insyn-protected]', within: { css: `li[data-insyn-pupil="${PUPIL}"]`, within: panel } };
      await expect.poll(() => page.text(mark), SLOW).toBe(t('pageProtectedSchoolRoutine', { routine: ROUTINE }));
      await page.close();

      const exporting = await browser.openExtensionPage('dashboard.html#export', 'main');
      await exporting.find({ css: 'button', name: t('export_json') });
      const ticked = () =>
        exporting.evaluate(
          (label) => [...document.querySelectorAll('label')].find((l) => l.textContent?.includes(label))?.control?.matches(':checked'),
          t('export_pseudonymise'),
        );
      await expect.poll(ticked, SLOW).toBe(true);
      await exporting.close();
    });
  });
}
