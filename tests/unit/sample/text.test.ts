import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldHeader, headerRole } from '@/utils/infomentor/vocabulary';
import { isKnownWord } from '@/utils/sample/known-words';
import { Placeholders } from '@/utils/sample/placeholders';
import { anonymiseText } from '@/utils/sample/text';
import { fixturePages, parseHtml } from '../infomentor/contract';

const text = (value: string) => anonymiseText(value, new Placeholders());

describe('isKnownWord', () => {
  it('knows the vocabulary’s words and InfoMentor’s own labels, whatever the case', () => {
    for (const word of [
      'Elev',
      'ämne',
      'Otillräckliga kunskaper',
      'Ej publicerad',
      'Pågående',
      'Åtgärdsprogram',
      'F',
      'Betyg: F',
      '●',
      'Grupp',
      'Översikt',
      'Klass/årskurs',
    ])
      expect(isKnownWord(word), word).toBe(true);
  });

  it('does not know names, months or season words (they are names too: Maj, Höst)', () => {
    for (const word of ['Lund', 'Ella', 'Maj', 'Höst', 'Juni', 'Matematikk', '5A', '']) expect(isKnownWord(word), word).toBe(false);
  });
});

describe('anonymiseText', () => {
  it('keeps a known text as written and shapes one it does not know', () => {
    expect(text('Godtagbara kunskaper')).toBe('Godtagbara kunskaper');
    expect(text('Lund, Ella')).toBe('Xxxx, Xxxx');
    expect(text('  \n ')).toBe('  \n ');
  });

  it('keeps runs of known words inside a text and shapes the rest', () => {
    expect(text('Grupp: 5A')).toBe('Grupp: 0X');
    expect(text('Ella riskerar att inte nå godtagbara kunskaper i bråk.')).toBe('Xxxx riskerar att inte nå godtagbara kunskaper x xxxx.');
    expect(text('Ingen F-varning behövs.')).toBe('Ingen F-varning xxxxxx.');
  });

  it('keeps a lone letter only when it is the whole text: inside a text it may be an initial', () => {
    expect(text('E')).toBe('E');
    expect(text('Lund, E.')).toBe('Xxxx, X.');
  });

  it('keeps terms and the year and month of dates, never the day', () => {
    expect(text('Matematik Ht 2025')).toBe('Xxxxxxxxx Ht 2025');
    expect(text('Höstterminen 2025')).toBe('Höstterminen 2025');
    expect(text('VT26')).toBe('VT26');
    expect(text('Term: Spring term 2026')).toBe('Term: Spring term 2026');
    expect(text('Publicerad 2025-09-18')).toBe('Publicerad 2025-09-01');
    expect(text('Beslut 18.9.2025 av Holm')).toBe('Beslut 01.9.2025 xx Xxxx');
    expect(text('8/9/2025')).toBe('1/9/2025');
    expect(text('den 24 augusti 2026')).toBe('xxx 1 augusti 2026');
    // Two dates of one month may read the same; no number is added to a date.
    const placeholders = new Placeholders();
    expect([anonymiseText('2025-10-02', placeholders), anonymiseText('2025-10-21', placeholders)]).toEqual(['2025-10-01', '2025-10-01']);
    // A month alone is a name: Maj Lund.
    expect(text('Maj Lund')).toBe('Xxx Xxxx');
    expect(text('Höst, Maj')).toBe('Xxxx, Xxx');
  });
});

describe('the words a sample keeps follow the vocabulary', () => {
  // A reader that learns a new header word must find it in samples too: every header of every fixture
  // that a reader gives a meaning stays as written (a list added to vocabulary.ts but not to its sample
  // phrases fails here as soon as a fixture uses it).
  const dirs = ['tests/fixtures/infomentor', 'tests/fixtures/own', 'tests/fixtures/hub'].filter((dir) => existsSync(dir));
  it.each(dirs.flatMap((dir) => fixturePages(dir).map((page) => [`${dir}/${page.name}`, page.html] as const)))('%s', (_name, html) => {
    const headers = [...parseHtml(html).querySelectorAll('th, [role=columnheader]')].map((cell) => (cell.textContent ?? '').trim());
    const meaningful = headers.filter((header) => headerRole(foldHeader(header)) !== undefined);
    for (const header of meaningful) expect(text(header), header).toBe(header);
  });
});
