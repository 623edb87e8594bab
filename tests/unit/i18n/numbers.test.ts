import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { formatNumber, setLanguage, t, tCount, type Lang } from '@/utils/i18n';

/**
 * formatNumber writes whole counts without Intl (a page's first Intl.NumberFormat costs 20–90 ms in
 * Chromium) and tCount picks its plural form without Intl.PluralRules: both must say what Intl says.
 */
const LOCALES: Record<Lang, string> = { sv: 'sv-SE', en: 'en-GB' };

describe('numbers as Intl writes them', () => {
  afterEach(() => setLanguage('sv'));

  for (const [lang, locale] of Object.entries(LOCALES) as [Lang, string][]) {
    it(`groups whole numbers as Intl does in ${locale}`, () => {
      setLanguage(lang);
      const intl = new Intl.NumberFormat(locale);
      for (const value of [0, 1, 12, 999, 1000, 9999, 12345, 100000, 1234567, Number.MAX_SAFE_INTEGER])
        expect(formatNumber(value)).toBe(intl.format(value));
      fc.assert(fc.property(fc.nat(), (value) => formatNumber(value) === intl.format(value)));
    });

    it(`leaves fractions and negative numbers to Intl in ${locale}`, () => {
      setLanguage(lang);
      const intl = new Intl.NumberFormat(locale);
      for (const value of [-5, -1234, 0.5, 1234.56]) expect(formatNumber(value)).toBe(intl.format(value));
    });

    it(`picks the plural form Intl.PluralRules picks in ${locale}`, () => {
      setLanguage(lang);
      const rules = new Intl.PluralRules(locale);
      const counts = fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(1, -1, 0, 1.5));
      fc.assert(
        fc.property(counts, (count) => {
          const form = rules.select(count) === 'one' ? 'one' : 'other';
          return tCount('countPupils', count, { count: 'n' }) === t(`countPupils_${form}`, { count: 'n' });
        }),
      );
    });
  }
});
