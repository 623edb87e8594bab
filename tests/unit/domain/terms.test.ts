import { describe, expect, it } from 'vitest';
import { addDays } from '@/utils/domain/dates';
import { dayInSchoolYear, halfYearTerm, schoolYearOfTerm, termEnd, termOnCalendar, termsBetween, termStart } from '@/utils/domain/terms';
import { DEFAULT_SETTINGS } from '@/utils/settings/schema';

const calendar = DEFAULT_SETTINGS.terms;

describe('calendar', () => {
  it.each([
    ['2025-08-15', 'Ht 2025'],
    ['2025-11-03', 'Ht 2025'],
    ['2025-12-28', 'Ht 2025'],
    ['2026-01-05', 'Ht 2025'],
    ['2026-01-08', 'Vt 2026'],
    ['2026-06-30', 'Vt 2026'],
    ['2026-08-14', 'Vt 2026'],
  ])('puts %s in %s (breaks belong to the term before)', (date, term) => {
    expect(termOnCalendar(date, calendar)).toBe(term);
  });

  it('follows a teacher’s own term dates', () => {
    const own = { ht: { start: '08-20', end: '12-19' }, vt: { start: '01-12', end: '06-10' } };
    expect(termOnCalendar('2025-08-18', own)).toBe('Vt 2025');
    expect(termStart('Vt 2026', own)).toBe('2026-01-12');
    expect(termEnd('Ht 2025', own)).toBe('2025-12-19');
  });

  it('names the term of a decision date by half year', () => {
    expect(halfYearTerm('2025-07-01')).toBe('Ht 2025');
    expect(halfYearTerm('2026-06-30')).toBe('Vt 2026');
  });

  it('groups terms into school years', () => {
    expect(schoolYearOfTerm('Ht 2025')).toBe('2025/26');
    expect(schoolYearOfTerm('Vt 2026')).toBe('2025/26');
    expect(schoolYearOfTerm('Vt 2000')).toBe('1999/00');
    expect(dayInSchoolYear('2025/26', '11-30')).toBe('2025-11-30');
    expect(dayInSchoolYear('2025/26', '03-31')).toBe('2026-03-31');
  });

  it('lists the terms between two days', () => {
    expect(termsBetween('2025-09-01', '2026-09-01', calendar)).toEqual(['Ht 2025', 'Vt 2026', 'Ht 2026']);
    expect(termsBetween('2025-09-01', '2025-10-01', calendar)).toEqual(['Ht 2025']);
  });

  it('adds calendar days across months and years', () => {
    expect(addDays('2025-12-20', -14)).toBe('2025-12-06');
    expect(addDays('2025-12-28', 7)).toBe('2026-01-04');
  });

  it('refuses what is not a term', () => {
    expect(() => termEnd('Autumn 2025', calendar)).toThrow(/not a term/);
  });
});
