/**
 * Insyn's one term model. Terms are written `Ht 2025` / `Vt 2026`; a school year runs from an Ht to the
 * following Vt and is written `2025/26`. A date belongs to a term by one of two named rules:
 * - `termOnCalendar`: the teacher's calendar (settings.terms), for what Insyn itself dates (visits,
 *   contacts, checklist items);
 * - `halfYearTerm`: July–December is Ht, January–June Vt, for what a page dates without naming a term
 *   (the analyzer contract of docs/architecture.md).
 * Zod-free and pure, so the content script may import it.
 */
export interface TermDates {
  /** MM-DD */
  start: string;
  /** MM-DD */
  end: string;
}
/** A school holiday (lov) or a single day off, as ISO dates, both ends included. */
export interface SchoolBreak {
  name: string;
  from: string;
  to: string;
}
export interface Calendar {
  ht: TermDates;
  vt: TermDates;
  /** Lov and days off inside the terms: no school days, so no deadline falls on them. */
  breaks?: readonly SchoolBreak[];
}

/**
 * Defaults for the school year 2026/27, the usual Swedish pattern (sportlov in week 9, as in Stockholm;
 * schools in week 8 change it in the settings). Each school's own dates replace these in the settings.
 */
export const DEFAULT_BREAKS: readonly SchoolBreak[] = [
  { name: 'Höstlov', from: '2026-10-26', to: '2026-10-30' },
  { name: 'Jullov', from: '2026-12-21', to: '2027-01-07' },
  { name: 'Sportlov', from: '2027-03-01', to: '2027-03-05' },
  { name: 'Påsklov', from: '2027-03-29', to: '2027-04-02' },
  { name: 'Kristi himmelsfärd', from: '2027-05-06', to: '2027-05-07' },
];

export type Term = `${'Ht' | 'Vt'} ${number}`;

const TERM = /^(Ht|Vt) (\d{4})$/;

export function termParts(term: string): { half: 'Ht' | 'Vt'; year: number } | undefined {
  const match = TERM.exec(term);
  return match ? { half: match[1] as 'Ht' | 'Vt', year: Number(match[2]) } : undefined;
}

function requireTerm(term: string) {
  const parsed = termParts(term);
  if (!parsed) throw new Error(`not a term: ${term.slice(0, 40)}`);
  return parsed;
}

export function termStart(term: string, calendar: Calendar): string {
  const { half, year } = requireTerm(term);
  return `${year}-${half === 'Ht' ? calendar.ht.start : calendar.vt.start}`;
}

export function termEnd(term: string, calendar: Calendar): string {
  const { half, year } = requireTerm(term);
  return `${year}-${half === 'Ht' ? calendar.ht.end : calendar.vt.end}`;
}

/**
 * The term a day belongs to: the latest term that has started. Breaks belong to the term before them
 * (Christmas to Ht, summer to Vt), because work done then concerns the term just ended.
 */
export function termOnCalendar(date: string, calendar: Calendar): Term {
  const year = Number(date.slice(0, 4));
  const monthDay = date.slice(5, 10);
  if (monthDay >= calendar.ht.start) return `Ht ${year}`;
  if (monthDay >= calendar.vt.start) return `Vt ${year}`;
  return `Ht ${year - 1}`;
}

/** The term of a date by the half-year rule (July–December: Ht); undefined when it is not a date. */
export function halfYearTerm(isoDate: string): Term | undefined {
  const month = Number(isoDate.slice(5, 7));
  const year = Number(isoDate.slice(0, 4));
  if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(year)) return undefined;
  return `${month >= 7 ? 'Ht' : 'Vt'} ${year}`;
}

/** `Ht 2025` and `Vt 2026` → `2025/26`. */
export function schoolYearOfTerm(term: string): string {
  const { half, year } = requireTerm(term);
  const first = half === 'Ht' ? year : year - 1;
  return `${first}/${String((first + 1) % 100).padStart(2, '0')}`;
}

/** The calendar year in which a school year's Ht falls. */
export function autumnYear(schoolYear: string): number {
  return Number(schoolYear.slice(0, 4));
}

/** The Ht term of a school year and the day in it given as MM-DD (months Jan–Jul fall in the spring). */
export function dayInSchoolYear(schoolYear: string, monthDay: string): string {
  const year = autumnYear(schoolYear);
  return `${Number(monthDay.slice(0, 2)) >= 8 ? year : year + 1}-${monthDay}`;
}

/** Orders terms: Vt 2026 comes after Ht 2025. */
export function termOrder(term: string): number {
  const { half, year } = requireTerm(term);
  return year * 2 + (half === 'Ht' ? 1 : 0);
}

/** Every term from the one containing `from` to the one containing `to` (ISO dates), oldest first. */
export function termsBetween(from: string, to: string, calendar: Calendar): Term[] {
  const last = termOrder(termOnCalendar(to, calendar));
  const terms: Term[] = [];
  for (let term = termOnCalendar(from, calendar); termOrder(term) <= last; term = nextTerm(term)) terms.push(term);
  return terms;
}

export function nextTerm(term: string): Term {
  const { half, year } = requireTerm(term);
  return half === 'Ht' ? `Vt ${year + 1}` : `Ht ${year}`;
}
