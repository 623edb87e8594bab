/**
 * Terms and school years on the teacher's calendar (settings.terms). Pure. Terms are written
 * `Ht 2025` / `Vt 2026`; a school year runs from an Ht to the following Vt and is written `2025/26`.
 */
export interface TermDates {
  /** MM-DD */
  start: string;
  /** MM-DD */
  end: string;
}
export interface Calendar {
  ht: TermDates;
  vt: TermDates;
}

export type Term = `${'Ht' | 'Vt'} ${number}`;

const TERM = /^(Ht|Vt) (\d{4})$/;

export function parseTerm(term: string): { half: 'Ht' | 'Vt'; year: number } | undefined {
  const match = TERM.exec(term);
  return match ? { half: match[1] as 'Ht' | 'Vt', year: Number(match[2]) } : undefined;
}

function requireTerm(term: string) {
  const parsed = parseTerm(term);
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
export function termOfDate(date: string, calendar: Calendar): Term {
  const year = Number(date.slice(0, 4));
  const monthDay = date.slice(5, 10);
  if (monthDay >= calendar.ht.start) return `Ht ${year}`;
  if (monthDay >= calendar.vt.start) return `Vt ${year}`;
  return `Ht ${year - 1}`;
}

/** The term of a decision date, by the half-year rule of the analyzer contract (July–December: Ht). */
export function halfYearTerm(date: string): Term {
  const year = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) >= 7 ? `Ht ${year}` : `Vt ${year}`;
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
  const last = termOrder(termOfDate(to, calendar));
  const terms: Term[] = [];
  for (let term = termOfDate(from, calendar); termOrder(term) <= last; term = nextTerm(term)) terms.push(term);
  return terms;
}

export function nextTerm(term: string): Term {
  const { half, year } = requireTerm(term);
  return half === 'Ht' ? `Vt ${year + 1}` : `Ht ${year}`;
}

/** An ISO date plus a number of calendar days. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
