import { addDays } from './dates';
import type { Calendar } from './terms';

/**
 * School days: Monday to Friday inside a term and outside the school's breaks (lov, days off). With no
 * calendar, every weekday counts. Dates are ISO dates; the arithmetic is done at noon UTC so that time
 * zones and summer time never move a date.
 */
function weekday(date: string): number {
  return new Date(`${date}T12:00:00Z`).getUTCDay();
}

export function inTerm(date: string, calendar: Calendar): boolean {
  const monthDay = date.slice(5, 10);
  return (monthDay >= calendar.ht.start && monthDay <= calendar.ht.end) || (monthDay >= calendar.vt.start && monthDay <= calendar.vt.end);
}

/** The break a date falls in, if any. */
export function breakOn(date: string, calendar?: Calendar) {
  return calendar?.breaks?.find((b) => date >= b.from && date <= b.to);
}

export function isSchoolDay(date: string, calendar?: Calendar): boolean {
  const day = weekday(date);
  return day !== 0 && day !== 6 && (!calendar || (inTerm(date, calendar) && !breakOn(date, calendar)));
}

// More days than any deadline needs (a summer is about 70); the bound keeps a strange calendar from looping.
const GUARD = 800;

/** The n-th school day after `date` (the date itself not counted); `date` itself when n is 0. */
export function schoolDayDeadline(date: string, n: number, calendar?: Calendar): string {
  let current = date;
  for (let left = n, guard = 0; left > 0 && guard < GUARD; guard++) {
    current = addDays(current, 1);
    if (isSchoolDay(current, calendar)) left--;
  }
  return current;
}

/** School weeks are five school days: "four school weeks later" is the 20th school day after `date`. */
export function schoolWeeksLater(date: string, weeks: number, calendar?: Calendar): string {
  return schoolDayDeadline(date, weeks * 5, calendar);
}

/**
 * Where a deadline lands: a date that is no school day moves to one. A deadline "by" a day (a term's end,
 * a set date) moves back, so it is never later than the rule says; one counted "within" days of an event
 * moves forward to the next school day, since nothing can be sent home during a break.
 */
export function onSchoolDay(date: string, calendar: Calendar, direction: 'by' | 'within'): string {
  const step = direction === 'by' ? -1 : 1;
  let current = date;
  for (let guard = 0; !isSchoolDay(current, calendar) && guard < GUARD; guard++) current = addDays(current, step);
  return isSchoolDay(current, calendar) ? current : date;
}
