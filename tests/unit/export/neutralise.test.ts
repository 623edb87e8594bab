import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseCell } from '@/utils/export/neutralise';

describe('neutraliseCell', () => {
  it('prefixes text that a spreadsheet would run as a formula', () => {
    for (const text of ['=1+1', '+46 70', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '\n=1', '  =cmd', '-', '=']) {
      expect(neutraliseCell(text)).toBe(`'${text}`);
    }
  });

  it('leaves ordinary text, real numbers and plain numeric text alone', () => {
    expect(neutraliseCell('Andersson, Alva')).toBe('Andersson, Alva');
    expect(neutraliseCell('a=b')).toBe('a=b');
    expect(neutraliseCell(-3)).toBe(-3);
    expect(neutraliseCell(0.5)).toBe(0.5);
    expect(neutraliseCell('-3')).toBe('-3');
    expect(neutraliseCell('-2,5')).toBe('-2,5');
    expect(neutraliseCell('')).toBe('');
    expect(neutraliseCell(undefined)).toBeNull();
    expect(neutraliseCell(Number.NaN)).toBe('NaN');
  });

  it('no text ever comes out starting with a formula character', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', ' ', 'a', '1', ',', '(') }), (text) => {
        const out = neutraliseCell(text);
        if (typeof out !== 'string' || out === text)
          expect(/^[\s]*[=+\-@]|^[\t\r\n]/.test(text) ? /^-?\d+(?:[.,]\d+)?$/.test(text) : true).toBe(true);
        if (typeof out === 'string') expect(/^[=+@\t\r\n]/.test(out) || (/^-/.test(out) && !/^-?\d+(?:[.,]\d+)?$/.test(out))).toBe(false);
      }),
    );
  });
});
