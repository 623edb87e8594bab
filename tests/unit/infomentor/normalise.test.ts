import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clip, normaliseName, normaliseText, normaliseSubject, parseDate, parseTerm } from '@/utils/infomentor/normalise';
import { halfYearTerm } from '@/utils/domain/terms';

describe('text', () => {
  it('is NFC, trimmed and collapsed, whether or not it takes the shortcut for tidy text', () => {
    const reference = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();
    const pieces = fc.constantFrom('a', 'Å', 'A\u030A', ' ', '  ', '\t', '\n', '\u00a0', '\u2003', ',', 'é', 'ǵ', 'ﬁ', '\u212B', '😀', 'ア');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join('')), (text) => normaliseText(text) === reference(text)), { numRuns: 400 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 20 }), (text) => normaliseText(text) === reference(text)), { numRuns: 300 });
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
