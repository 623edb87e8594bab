import { addDays } from './dates';
import { termParts } from './terms';

/**
 * The grading calendar: the last day, each term, for telling guardians that a pupil risks not reaching
 * the grading criteria before grades are set. Schools set it as a week: earlier in year 9 (final grades,
 * upper-secondary applications), later in years 6–8. A week means its Friday; `0` in the spring for years
 * 6–8 means "the week after Easter", which moves every year. Pure and zod-free.
 */
export interface GradingWeeks {
  /** ISO week number 1–53. */
  year9: number;
  /** ISO week number 1–53; in the spring, 0 is the week after Easter. */
  years6to8: number;
}
export interface GradingCalendar {
  ht: GradingWeeks;
  vt: GradingWeeks;
}

export const DEFAULT_GRADING_CALENDAR: GradingCalendar = Object.freeze({
  ht: Object.freeze({ year9: 43, years6to8: 45 }),
  vt: Object.freeze({ year9: 13, years6to8: 0 }),
});

/** The first grade year and the last: years 6–9 get grades. */
export const GRADE_YEARS = { from: 6, to: 9 } as const;

/** Easter Sunday of a year (the anonymous Gregorian algorithm), as an ISO date. */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - Math.floor(b / 4) - g + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The Friday of ISO week `week` of `year`. */
export function fridayOfWeek(year: number, week: number): string {
  // 4 January is always in week 1; its Monday starts the ISO year.
  const jan4 = new Date(Date.UTC(year, 0, 4, 12));
  const monday = addDays(jan4.toISOString().slice(0, 10), -((jan4.getUTCDay() + 6) % 7));
  return addDays(monday, 7 * (week - 1) + 4);
}

/**
 * The last day to inform guardians about a risk in `term` for a pupil in school year `year`, or undefined
 * when the pupil gets no grades (years 1–5, or the year is not known) or the term is not one.
 */
export function lastDayToInform(term: string, year: number | undefined, calendar: GradingCalendar): string | undefined {
  const parts = termParts(term);
  if (!parts || year === undefined || year < GRADE_YEARS.from || year > GRADE_YEARS.to) return undefined;
  const weeks = parts.half === 'Ht' ? calendar.ht : calendar.vt;
  const week = year === 9 ? weeks.year9 : weeks.years6to8;
  // The Friday of the week after Easter Monday's week: Sunday + 1 (Monday) + 7 + 4.
  if (week === 0) return addDays(easterSunday(parts.year), 12);
  return fridayOfWeek(parts.year, week);
}

/** A risk first seen after the term's last day: guardians can no longer be told in time. */
export function seenAfterLastDay(firstSeen: string, lastDay: string | undefined): boolean {
  return lastDay !== undefined && firstSeen > lastDay;
}
