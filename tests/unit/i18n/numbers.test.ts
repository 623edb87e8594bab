import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, formatNumber, setLanguage, t, tCount, type Lang } from '@/utils/i18n';

/**
 * formatNumber writes whole counts without Intl (a page's first Intl.NumberFormat costs 20–90 ms in
 * Chromium) and tCount picks its plural form without Intl.PluralRules: both must say what Intl says.
 * formatDate keeps one formatter per language and options: it must still follow both.
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

  it('writes each date in the language and options asked for, whatever was asked before', () => {
    const dates = [new Date(2025, 10, 3, 12), new Date(2026, 0, 31, 23, 30)];
    const options: Intl.DateTimeFormatOptions[] = [{ dateStyle: 'medium' }, { day: 'numeric', month: 'short' }, { dateStyle: 'long' }];
    for (const round of [1, 2])
      for (const [lang, locale] of Object.entries(LOCALES) as [Lang, string][])
        for (const option of options)
          for (const date of dates) {
            setLanguage(lang);
            expect(formatDate(date, option), `round ${round}`).toBe(new Intl.DateTimeFormat(locale, option).format(date));
          }
    setLanguage('en');
    expect(formatDate(dates[0]!)).toBe(new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' }).format(dates[0]));
  });
});
