import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage, tCount } from '@/utils/i18n';

describe('tCount', () => {
  afterEach(() => setLanguage('sv'));

  it('says "1 elev" and "2 elever" in Swedish', () => {
    setLanguage('sv');
    expect(tCount('countPupils', 1)).toBe('1 elev på sidan');
    expect(tCount('countPupils', 2)).toBe('2 elever på sidan');
    expect(tCount('countPupils', 0)).toBe('0 elever på sidan');
  });

  it('says "1 pupil" and "2 pupils" in English', () => {
    setLanguage('en');
    expect(tCount('countPupils', 1)).toBe('1 pupil on the page');
    expect(tCount('countPupils', 2)).toBe('2 pupils on the page');
  });

  it('writes the number in the language and keeps other values', () => {
    setLanguage('sv');
    expect(tCount('dashChecklistConfirmed', 1200, { date: '3 dec.' })).toBe('1\u00a0200 punkter markerade som klara 3 dec..');
    expect(tCount('principal_imported', 1, { ok: 1 })).toBe('1 av 1 fil lästes in.');
  });
});
