import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdaptationRecord, ChecklistRecord, RiskRecord } from '../../utils/db/records';
import { addDays } from '../../utils/domain/dates';
import { schoolWeeksLater } from '../../utils/domain/school-days';
import { setLanguage, t } from '../../utils/i18n';
import { DEFAULT_SETTINGS } from '../../utils/settings/schema';
import { launchChromium, type ChromiumWithInsyn } from '../tools/chromium';
import { readTableInPage } from '../tools/extension-page';
import { startFixtureServer, type FixtureServer } from '../tools/fixture-server';
import { chooseLanguage, seriousViolations } from './axe-chromium';

/**
 * Issue 18, done-when 1 and 5, with the production build in Chromium: on the 5A page a pupil is at risk;
 * in the dashboard the teacher logs extra anpassningar dated four school weeks back, so their evaluation
 * is due today (the browser's clock cannot be pinned: the dates follow the browser's today); she marks
 * them not enough; the anmälan draft holds the pupil, subject, risk and the anpassningar with dates;
 * logging it opens the checklist item; noting a decision opens "sent home" with the appeal check.
 * Then axe over the support chain with that data, in Swedish and English.
 */
const FIXTURE = 'infomentor/kunskapssammanstallning-5a-matematik.html';
const PUPIL = 'Carlsson, Maja';
const SLOW = { timeout: 15_000, interval: 250 };

let server: FixtureServer;
let browser: ChromiumWithInsyn;

beforeAll(async () => {
  setLanguage('sv');
  server = await startFixtureServer();
  browser = await launchChromium({ fixturePort: server.port });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const readTable = <Row>(page: Page, table: string) => page.evaluate(readTableInPage<Row>, { table });

/** The latest day whose evaluation, four school weeks on (the default calendar), is due by `today`. */
function fourSchoolWeeksBefore(today: string): string {
  let from = addDays(today, -28);
  while (schoolWeeksLater(addDays(from, 1), 4, DEFAULT_SETTINGS.terms) <= today) from = addDays(from, 1);
  return from;
}

describe('the support chain (Chromium)', () => {
  it('extra anpassningar → not enough → the anmälan draft → logged → a decision sent home with the appeal check', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url(FIXTURE));
    const dashboard = await browser.context.newPage();
    await dashboard.goto(browser.extensionUrl('dashboard.html#support'));
    await expect.poll(async () => (await readTable<RiskRecord>(dashboard, 'risks')).length, SLOW).toBeGreaterThanOrEqual(2);
    await page.close();

    const today = await dashboard.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    const from = fourSchoolWeeksBefore(today);
    const due = schoolWeeksLater(from, 4, DEFAULT_SETTINGS.terms);
    expect(due <= today).toBe(true);

    await dashboard.reload();
    const card = dashboard.locator('li[data-pupil]').filter({ has: dashboard.getByRole('heading', { name: new RegExp(`^${PUPIL}`) }) });
    await card.waitFor(SLOW);
    await card.getByText(t('supportAdaptHeading'), { exact: true }).click();
    await card.getByLabel(t('supportAdaptFrom')).fill(from);
    await card.getByRole('button', { name: t('supportAdaptSave') }).click();
    await dashboard.getByText(t('supportAdapted', { date: due })).waitFor(SLOW);
    const [adaptation] = await readTable<AdaptationRecord>(dashboard, 'adaptations');
    expect(adaptation).toMatchObject({ subject: 'Matematik', what: 'extra genomgång', from, evaluationDue: due });
    expect(await card.locator('[data-step="evaluation"]').getAttribute('data-state')).toMatch(/^(open|overdue)$/);

    await card.getByLabel(t('supportEvaluateOutcome', { what: 'extra genomgång', subject: 'Matematik' })).selectOption('not-enough');
    await card.getByRole('button', { name: t('supportEvaluateSave') }).click();
    await dashboard.getByText(t('supportEvaluated')).waitFor(SLOW);

    const draft = await card.getByLabel(t('supportDraftLabel')).inputValue();
    for (const part of [
      `${PUPIL} (5A)`,
      'Matematik',
      'Ämnesomdöme: otillräckliga kunskaper',
      `från ${from}`,
      `utvärdering ${due}: Räcker inte`,
    ])
      expect(draft).toContain(part);

    await card.getByRole('button', { name: t('supportReferLog') }).click();
    await dashboard.getByText(t('supportReferred')).waitFor(SLOW);
    const items = () => readTable<ChecklistRecord>(dashboard, 'checklist');
    await expect
      .poll(async () => (await items()).filter((i) => i.kind === 'referral-answered').map((i) => i.status), SLOW)
      .toEqual(['open']);

    await card.getByLabel(t('supportDecision'), { exact: true }).selectOption('no-action-programme');
    await card.getByLabel(t('supportDecidedOn')).fill(today);
    await card.getByRole('button', { name: t('supportNoteSave'), exact: true }).click();
    await expect.poll(async () => (await items()).filter((i) => i.kind === 'decision-appeal').map((i) => i.status), SLOW).toEqual(['open']);
    expect((await items()).find((i) => i.kind === 'referral-answered')).toMatchObject({ status: 'done', closedBy: 'support' });

    // The sent-home item is on the checklist, and checking the appeal instructions with a receipt date closes it.
    await dashboard.goto(browser.extensionUrl('dashboard.html#checklist'));
    await dashboard.getByRole('table').getByText('Beslut skickat hem med överklagandehänvisning').first().waitFor(SLOW);
    await dashboard.goto(browser.extensionUrl('dashboard.html#support'));
    await card.getByLabel(t('supportAppealCheck')).check();
    await card.getByLabel(t('supportReceivedOn')).fill(today);
    await card.getByRole('button', { name: t('supportNoteSave'), exact: true }).click();
    await expect.poll(async () => (await items()).find((i) => i.kind === 'decision-appeal')?.status, SLOW).toBe('done');
    await dashboard.close();
  });

  it.each(['sv', 'en'] as const)('has no serious or critical axe violations with a chain in it (%s)', async (lang) => {
    await chooseLanguage(browser, lang);
    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('dashboard.html#support'));
    await page.locator('.support li[data-pupil]').first().waitFor(SLOW);
    expect(await page.locator('#section-title').textContent()).toBe(t('sectionSupport'));
    await page
      .locator('.support details')
      .first()
      .evaluate((d) => ((d as HTMLDetailsElement).open = true));
    expect(await seriousViolations(page, '.support')).toEqual([]);
    await page.close();
  });
});
