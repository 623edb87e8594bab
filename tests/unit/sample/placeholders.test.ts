import { describe, expect, it } from 'vitest';
import { Placeholders, shapeOf } from '@/utils/sample/placeholders';

describe('shapeOf', () => {
  it('keeps case, length, punctuation and spaces; letters become x, digits 0, accents go', () => {
    expect(shapeOf('Lund, Ella')).toBe('Xxxx, Xxxx');
    expect(shapeOf('Åkesson-Öberg 5A (Ht 2025)')).toBe('Xxxxxxx-Xxxxx 0X (Xx 0000)');
    expect(shapeOf('Nǵuyen')).toBe('Xxxxxx');
    expect(shapeOf('الحسن')).toBe('xxxxx');
    expect(shapeOf('● ✔ –')).toBe('● ✔ –');
  });
});

describe('Placeholders', () => {
  it('gives one text one placeholder wherever it appears, and another text of the same shape another', () => {
    const placeholders = new Placeholders();
    expect(placeholders.id('Lund, Ella')).toBe('Xxxx, Xxxx');
    expect(placeholders.id('Berg, Alva')).toBe('Xxxx1, Xxxx');
    expect(placeholders.id('Lund, Ella')).toBe('Xxxx, Xxxx');
    // The reader's view of a name: the same pupil written with other spaces is the same placeholder.
    expect(placeholders.id('  Berg ,  Alva ')).toBe('  Xxxx1 ,  Xxxx ');
    expect(placeholders.id('Holm, Nils')).toBe('Xxxx2, Xxxx');
  });

  it('numbers with the digits 1–9 only, so a numbered placeholder never equals another text’s', () => {
    const placeholders = new Placeholders();
    const ids = Array.from({ length: 30 }, (_, n) => placeholders.id(String(10_000 + n)));
    expect(new Set(ids).size).toBe(30);
    expect(ids[0]).toBe('00000');
    expect(ids[1]).toBe('000001');
    expect(ids[9]).toBe('000009');
    expect(ids[10]).toBe('0000011');
    for (const id of ids) expect(id.replace(/[1-9]/g, '')).toBe('00000');
  });

  it('never lets a placeholder read as a page word: a lone letter does not become the mark "x"', () => {
    const placeholders = new Placeholders();
    expect(placeholders.id('q')).toBe('x1');
    expect(placeholders.id('Q')).toBe('X1');
  });

  it('keeps a text nothing was replaced in as it is', () => {
    expect(new Placeholders().unique('Klar', 'Klar')).toBe('Klar');
  });
});
