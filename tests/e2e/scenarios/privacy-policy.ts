import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { setLanguage, t, type Lang } from '../../../utils/i18n';
import { SLOW, type BrowserName } from '../driver/driver';
import { journeyBrowser } from '../driver/journey';

/**
 * Issue #21's "the privacy policy page passes axe", in each browser: the page the popup and the settings link
 * to (privacy.html), in Swedish and in English, with axe-core run by the driver (every rule, no violation),
 * so Firefox's rendering of it is checked too, not only Chromium's (accessibility.chromium.e2e.test.ts).
 */
const titleOf = (lang: Lang) => readFileSync(`docs/privacy-policy.${lang}.md`, 'utf8').split('\n')[0]!.replace(/^# /, '');

/** The privacy-policy journey in one browser; privacy-policy.<browser>.e2e.test.ts runs it. */
export function privacyPolicyJourney(name: BrowserName): void {
  const journey = journeyBrowser(name);

  describe.each(['sv', 'en'] as const)(`the privacy policy page in %s (${name})`, (lang) => {
    it('is linked from the popup, is in the chosen language, and axe finds no violation', async () => {
      setLanguage(lang);
      const popup = await journey.browser.openExtensionPage('popup.html', 'main');
      // Insyn's language is the teacher's choice in storage.local, read by every page as it starts.
      await popup.evaluate((choice) => {
        type Storage = { storage: { local: { set(items: object): Promise<void> } } };
        const ext = globalThis as unknown as { browser?: Storage; chrome: Storage };
        return (ext.browser ?? ext.chrome).storage.local.set({ 'insyn.language': choice });
      }, lang);
      await popup.close();
      // A page opened after the choice is in the chosen language (a reload of an extension page hangs Firefox's driver).
      const linking = await journey.browser.openExtensionPage('popup.html', 'main');
      expect(await linking.attribute({ css: 'a', name: t('privacyPolicyLink') }, 'href')).toMatch(/privacy\.html$/);
      await linking.close();

      const page = await journey.browser.openExtensionPage('privacy.html', 'h1');
      await expect.poll(() => page.text({ css: 'h1' }), SLOW).toBe(titleOf(lang));
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      const { violations, passes } = await page.axe(['html']);
      expect(violations).toEqual([]);
      // The run checked something: contrast and the document's language among its passes.
      expect(passes).toEqual(expect.arrayContaining(['color-contrast', 'html-has-lang']));
      expect(page.errorsFromInsyn()).toEqual([]);
      await page.close();
    });
  });
}
