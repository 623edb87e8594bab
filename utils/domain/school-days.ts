import { addDays } from './dates';
import type { Calendar } from './terms';

/**
 * School days: Monday to Friday inside a term. With no calendar, every weekday counts (holidays and
 * study days are not known to Insyn). Dates are ISO dates; the arithmetic is done at noon UTC so that
 * time zones and summer time never move a date.
 */
function weekday(date: string): number {
  return new Date(`${date}T12:00:00Z`).getUTCDay();
}

export function inTerm(date: string, calendar: Calendar): boolean {
  const monthDay = date.slice(5, 10);
  return (monthDay >= calendar.ht.start && monthDay <= calendar.ht.end) || (monthDay >= calendar.vt.start && monthDay <= calendar.vt.end);
}

export function isSchoolDay(date: string, calendar?: Calendar): boolean {
  const day = weekday(date);
  return day !== 0 && day !== 6 && (!calendar || inTerm(date, calendar));
}

/** The n-th school day after `date` (the date itself not counted); `date` itself when n is 0. */
export function schoolDayDeadline(date: string, n: number, calendar?: Calendar): string {
  let current = date;
  // A year's worth of days is more than any deadline needs; the bound keeps a strange calendar from looping.
  for (let left = n, guard = 0; left > 0 && guard < 800; guard++) {
    current = addDays(current, 1);
    if (isSchoolDay(current, calendar)) left--;
  }
  return current;
}

/** School weeks are five school days: "four school weeks later" is the 20th school day after `date`. */
export function schoolWeeksLater(date: string, weeks: number, calendar?: Calendar): string {
  return schoolDayDeadline(date, weeks * 5, calendar);
}
