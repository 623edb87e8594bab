import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  academicYearOfDate,
  clip,
  normaliseName,
  normaliseText,
  normaliseSubject,
  parseAcademicYear,
  parseDate,
  parseSchoolYearTerm,
  parseTerm,
  resolveTerm,
} from '@/utils/infomentor/normalise';
import { halfYearTerm } from '@/utils/domain/terms';

describe('text', () => {
  it('is NFC, trimmed and collapsed, whether or not it takes the shortcut for tidy text', () => {
    const reference = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();
    const pieces = fc.constantFrom(
      'a',
      'Å',
      'A\u030A',
      ' ',
      '  ',
      '\t',
      '\n',
      '\u00a0',
      '\u2003',
      ',',
      'é',
      'ǵ',
      'ﬁ',
      '\u212B',
      '😀',
      'ア',
    );
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join('')),
        (text) => normaliseText(text) === reference(text),
      ),
      { numRuns: 400 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 20 }), (text) => normaliseText(text) === reference(text)),
      { numRuns: 300 },
    );
  });
});

describe('names', () => {
  it('trims, collapses white space and removes space before the comma', () => {
    expect(normaliseName('  Berg ,   Alva  ')).toBe('Berg, Alva');
    expect(normaliseName('Berg,\u00a0\u00a0Alva')).toBe('Berg, Alva');
    expect(normaliseName('Lind\n,\tOla')).toBe('Lind, Ola');
  });

  it('composes accents (NFC)', () => {
    const decomposed = 'Ng\u0301uyen, Linh';
    expect(normaliseName(decomposed)).toBe(decomposed.normalize('NFC'));
    expect(normaliseName('A\u030Akesson, Per')).toBe('Åkesson, Per');
  });

  it('keeps names at most 200 characters without splitting a character', () => {
    const name = `${'a'.repeat(199)}😀tail`;
    const clipped = normaliseName(name);
    expect(clipped.length).toBeLessThanOrEqual(200);
    expect(clipped).toBe('a'.repeat(199));
    expect(clip('abc   def', 5)).toBe('abc');
  });
});

describe('subjects', () => {
  it('drops a curriculum suffix', () => {
    expect(normaliseSubject('Kemi_Lgr11')).toBe('Kemi');
    expect(normaliseSubject('Idrott och hälsa_Lgr22 ')).toBe('Idrott och hälsa');
    expect(normaliseSubject('Fysik (Lgr11)')).toBe('Fysik');
    expect(normaliseSubject('Matematik')).toBe('Matematik');
  });
});

describe('terms', () => {
  it.each([
    ['HT 2025', 'Ht 2025'],
    ['Ht 2025', 'Ht 2025'],
    ['ht2025', 'Ht 2025'],
    ['VT 2026', 'Vt 2026'],
    ['Höstterminen 2025', 'Ht 2025'],
    ['hostterminen 2025', 'Ht 2025'],
    ['Vårterminen 2026', 'Vt 2026'],
    ['Autumn 2025', 'Ht 2025'],
    ['Autumn term 2025', 'Ht 2025'],
    ['Spring term 2026', 'Vt 2026'],
    ['Termin: VT26', 'Vt 2026'],
    ['Betyg HT-25', 'Ht 2025'],
  ])('%s → %s', (text, term) => {
    expect(parseTerm(text)).toBe(term);
  });

  it('finds no term where none is written', () => {
    for (const text of ['Läsår 2025/2026', '2025', 'Hösten', 'Matematik', 'Chtonic 2025']) expect(parseTerm(text)).toBeUndefined();
  });

  it('gives a date the term it falls in (July–December: Ht)', () => {
    expect(halfYearTerm('2025-06-30')).toBe('Vt 2025');
    expect(halfYearTerm('2025-07-01')).toBe('Ht 2025');
    expect(halfYearTerm('2026-01-01')).toBe('Vt 2026');
    expect(halfYearTerm('2025-12-31')).toBe('Ht 2025');
    expect(halfYearTerm('garbage')).toBeUndefined();
  });
});

describe('dates', () => {
  it('reads ISO, day.month.year and written dates', () => {
    expect(parseDate('2025-09-18')).toBe('2025-09-18');
    expect(parseDate('Beslut 2025-9-8 kl 10')).toBe('2025-09-08');
    expect(parseDate('18.9.2025')).toBe('2025-09-18');
    expect(parseDate('3 februari 2026')).toBe('2026-02-03');
    expect(parseDate('12 Dec. 2025')).toBe('2025-12-12');
  });

  it('refuses dates that do not exist', () => {
    expect(parseDate('2025-02-30')).toBeUndefined();
    expect(parseDate('2025-13-01')).toBeUndefined();
    expect(parseDate('')).toBeUndefined();
    expect(parseDate('Nej')).toBeUndefined();
  });
});

describe('terms without a calendar year', () => {
  it('reads the grade report’s school-year terms', () => {
    expect(parseSchoolYearTerm('Ht år 9')).toEqual({ season: 'Ht', schoolYear: 9, final: false });
    expect(parseSchoolYearTerm('Vt år 9 (Slutbetyg)')).toEqual({ season: 'Vt', schoolYear: 9, final: true });
    expect(parseSchoolYearTerm('Vt år 6')).toEqual({ season: 'Vt', schoolYear: 6, final: false });
    expect(parseTerm('Ht år 9')).toBeUndefined();
  });

  it.each([
    ['2025-2026', 2025],
    ['Läsår 2025/26', 2025],
    ['LÅ26-27', 2026],
    ['Läsår: 2024-2025', 2024],
  ])('reads the academic year %s', (text, year) => expect(parseAcademicYear(text)).toBe(year));

  it.each(['7-9', '1-3', '2025-12-01', '2025-2027', 'Ht 2025'])('does not take %s for an academic year', (text) => {
    expect(parseAcademicYear(text)).toBeUndefined();
  });

  it('places a school-year term in the academic year the page shows, and leaves it unknown without one', () => {
    expect(resolveTerm('Ht år 9', 2025)).toBe('Ht 2025');
    expect(resolveTerm('Vt år 9 (Slutbetyg)', 2025)).toBe('Vt 2026');
    expect(resolveTerm('Ht år 9', undefined)).toBeUndefined();
    expect(resolveTerm('HT25', undefined)).toBe('Ht 2025');
    expect(resolveTerm('7-9', 2025)).toBeUndefined();
  });

  it('gives the academic year of a date: it starts in July', () => {
    expect(academicYearOfDate('2025-08-20')).toBe(2025);
    expect(academicYearOfDate('2026-03-02')).toBe(2025);
  });
});
