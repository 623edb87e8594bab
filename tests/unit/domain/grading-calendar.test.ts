import { describe, expect, it } from 'vitest';
import { DEFAULT_GRADING_CALENDAR, easterSunday, fridayOfWeek, lastDayToInform, seenAfterLastDay } from '@/utils/domain/grading-calendar';

describe('the grading calendar', () => {
  it('knows Easter', () => {
    expect(['2024', '2025', '2026', '2027', '2038'].map((y) => easterSunday(Number(y)))).toEqual([
      '2024-03-31',
      '2025-04-20',
      '2026-04-05',
      '2027-03-28',
      '2038-04-25',
    ]);
  });

  it('takes the Friday of an ISO week, also across the new year', () => {
    expect(fridayOfWeek(2025, 43)).toBe('2025-10-24');
    expect(fridayOfWeek(2026, 1)).toBe('2026-01-02');
    expect(fridayOfWeek(2026, 13)).toBe('2026-03-27');
    expect(fridayOfWeek(2027, 1)).toBe('2027-01-08');
  });

  it('has an earlier last day for year 9 than for years 6–8, by default week 43 / 45 and week 13 / after Easter', () => {
    const cal = DEFAULT_GRADING_CALENDAR;
    expect(lastDayToInform('Ht 2025', 9, cal)).toBe('2025-10-24');
    expect(lastDayToInform('Ht 2025', 7, cal)).toBe('2025-11-07');
    expect(lastDayToInform('Vt 2026', 9, cal)).toBe('2026-03-27');
    // Easter Monday 6 April 2026 is in week 15; the week after ends on Friday 17 April.
    expect(lastDayToInform('Vt 2026', 6, cal)).toBe('2026-04-17');
  });

  it('is editable per term and year group', () => {
    const cal = { ht: { year9: 42, years6to8: 46 }, vt: { year9: 12, years6to8: 17 } };
    expect(lastDayToInform('Ht 2025', 9, cal)).toBe('2025-10-17');
    expect(lastDayToInform('Vt 2026', 8, cal)).toBe('2026-04-24');
  });

  it('has no last day where no grades are set, or the year or term is not known', () => {
    expect(lastDayToInform('Ht 2025', 5, DEFAULT_GRADING_CALENDAR)).toBeUndefined();
    expect(lastDayToInform('Ht 2025', undefined, DEFAULT_GRADING_CALENDAR)).toBeUndefined();
    expect(lastDayToInform('hösten', 9, DEFAULT_GRADING_CALENDAR)).toBeUndefined();
  });

  it('flags a risk first seen after the last day', () => {
    expect(seenAfterLastDay('2025-10-27', '2025-10-24')).toBe(true);
    expect(seenAfterLastDay('2025-10-24', '2025-10-24')).toBe(false);
    expect(seenAfterLastDay('2025-10-27', undefined)).toBe(false);
  });
});
