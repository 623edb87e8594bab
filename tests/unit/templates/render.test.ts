import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { blanksIn, renderTemplate } from '@/utils/templates/render';

describe('renderTemplate', () => {
  it('fills every known placeholder, as often as it occurs', () => {
    const text = renderTemplate('Hej! {pupil} i {subject} ({term}). /{teacher}, {school}. {pupil}', {
      pupil: 'Maja Carlsson',
      subject: 'Matematik',
      term: 'Ht 2025',
      teacher: 'Lena Lärare',
      school: 'Björkskolan',
    });
    expect(text).toBe('Hej! Maja Carlsson i Matematik (Ht 2025). /Lena Lärare, Björkskolan. Maja Carlsson');
  });

  it('leaves unknown placeholders and placeholders without a value visible', () => {
    expect(renderTemplate('{pupil} {unknown} {school} {reasons}', { pupil: 'Ella', school: '', reasons: '  ' })).toBe(
      'Ella {unknown} {school} {reasons}',
    );
  });

  it('leaves out a line about a meeting with no time, or an interpreter nobody needs', () => {
    const template = 'Hej {pupil}!\nPassar {meeting}? Säg till.\n{interpreter}\nHälsningar';
    expect(renderTemplate(template, { pupil: 'Ella', meeting: '' })).toBe('Hej Ella!\nHälsningar');
    expect(renderTemplate(template, { pupil: 'Ella', meeting: 'tisdag 3 december 15:00', interpreter: 'Skolan bokar en tolk.' })).toBe(
      'Hej Ella!\nPassar tisdag 3 december 15:00? Säg till.\nSkolan bokar en tolk.\nHälsningar',
    );
  });

  it('keeps hostile values as literal text and never expands placeholders inside values', () => {
    const hostile = '<img src=x onerror=alert(1)> =HYPERLINK("http://x","y") {teacher} ليلى';
    const text = renderTemplate('Till {pupil} från {teacher}', { pupil: hostile, teacher: 'Lena' });
    expect(text).toBe(`Till ${hostile} från Lena`);
  });

  it('does not treat inherited object keys as placeholders', () => {
    expect(renderTemplate('{constructor} {toString}', {})).toBe('{constructor} {toString}');
  });

  it('inserts any value verbatim (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, value) => {
        fc.pre(value.trim() !== '' && !before.includes('{'));
        expect(renderTemplate(`${before}{pupil}`, { pupil: value })).toBe(before + value);
      }),
    );
  });
});

describe('blanksIn', () => {
  it('lists placeholders and square-bracket blanks left for the teacher, each once', () => {
    expect(blanksIn('Passar {meeting}? Visa [vad eleven behöver visa]. {meeting} {x}')).toEqual([
      '{meeting}',
      '[vad eleven behöver visa]',
      '{x}',
    ]);
    expect(blanksIn('Allt ifyllt.')).toEqual([]);
  });
});
