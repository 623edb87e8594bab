import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { setLanguage, type Lang } from '../../utils/i18n';
import type { ChromiumWithInsyn } from '../tools/chromium';

/** The bar of issue #9: WCAG 2.1 AA, no serious or critical violation. */
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(WCAG);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Insyn's language is the teacher's choice in storage.local, read by every context at start. */
export async function chooseLanguage(browser: ChromiumWithInsyn, lang: Lang): Promise<void> {
  setLanguage(lang);
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('popup.html'));
  await page.evaluate((choice) => {
    const ext = (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }).chrome;
    return ext.storage.local.set({ 'insyn.language': choice });
  }, lang);
  await page.close();
}
