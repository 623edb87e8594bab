import { type Term, halfYearTerm } from '../domain/terms';
import { AUTUMN_WORDS, MONTHS, SPRING_WORDS, fold, memo } from './vocabulary';

/**
 * How names, subjects, groups, terms and dates read from a page are written in an analysis, whatever
 * the page wrote: the same pupil or term always compares equal across pages and visits.
 */

const WHITE_SPACE = /\s+/g;
const SPACE_BEFORE_COMMA = / ,/g;
const HIGH_SURROGATE = /[\uD800-\uDBFF]$/;

/** Characters other than printable Latin (below U+0300) and the plain space: NFC or collapsing may change them. */
const NOT_PLAIN = /[^\u0021-\u007e\u00a1-\u02ff ]/;
const SPACE = 32;

/** Unicode NFC, trimmed, white space collapsed. Tidy Latin text (most names) is returned as it is. */
export function normaliseText(raw: string): string {
  const tidy = !NOT_PLAIN.test(raw) && !raw.includes('  ') && raw.charCodeAt(0) !== SPACE && raw.charCodeAt(raw.length - 1) !== SPACE;
  if (tidy) return raw;
  return raw.normalize('NFC').replace(WHITE_SPACE, ' ').trim();
}

/** At most `max` UTF-16 units, never splitting a character, never ending in white space. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  return text.slice(0, max).replace(HIGH_SURROGATE, '').trimEnd();
}

/** `  Berg ,   Alva ` → `Berg, Alva`. */
export function normaliseName(raw: string): string {
  const text = normaliseText(raw);
  return clip(text.includes(' ,') ? text.replace(SPACE_BEFORE_COMMA, ',') : text, 200);
}

const CURRICULUM_SUFFIX = /(?:[_\s-]+|\s*\()lgr\s?(?:11|22)\)?$/i;

/** Subjects as the page names them, without a curriculum suffix: `Kemi_Lgr11` → `Kemi`. */
export function normaliseSubject(raw: string): string {
  return clip(normaliseText(raw).replace(CURRICULUM_SUFFIX, '').trim(), 80);
}

export function normaliseGroup(raw: string): string {
  return clip(normaliseText(raw), 40);
}

export function normaliseId(raw: string | null | undefined): string | undefined {
  if (raw == null) return undefined;
  const id = normaliseText(raw);
  return id === '' || id.length > 80 ? undefined : id;
}

// ── Terms ────────────────────────────────────────────────────────────────────────────────────────

const byLength = (a: string, b: string) => b.length - a.length;
const AUTUMN = new Set(AUTUMN_WORDS);
const SEASON_WORDS = [...AUTUMN_WORDS, ...SPRING_WORDS].sort(byLength).join('|');
/** A season word followed by a year: `ht 2025`, `hostterminen 2025`, `autumn term 2025`, `vt26`. */
const TERM = new RegExp(`(?:^|[^\\p{L}])(${SEASON_WORDS})\\s*[-–]?\\s*(\\d{4}|\\d{2})(?!\\d)`, 'u');

/** `HT 2025`, `Höstterminen 2025`, `Autumn 2025` → `Ht 2025`; undefined when the text names no term. */
export const parseTerm = memo((raw: string): Term | undefined => {
  const match = TERM.exec(fold(raw));
  if (!match?.[1] || !match[2]) return undefined;
  const year = match[2].length === 2 ? 2000 + Number(match[2]) : Number(match[2]);
  if (year < 1990 || year > 2199) return undefined;
  return `${AUTUMN.has(match[1]) ? 'Ht' : 'Vt'} ${year}`;
});

/**
 * A school-year term as the Hub's grade report writes it: `Ht år 9`, `Vt år 9 (Slutbetyg)`. It names
 * no calendar year: `resolveTerm` gives it one from the academic year the page shows, or none.
 */
export interface SchoolYearTerm {
  season: 'Ht' | 'Vt';
  schoolYear: number;
  /** The term of the final grades (`Slutbetyg`). */
  final: boolean;
}

const SCHOOL_YEAR_TERM = new RegExp(`(?:^|[^\\p{L}])(${SEASON_WORDS})\\s+(?:ar|arskurs|ak|year|grade)\\s*(\\d{1,2})(?!\\d)`, 'u');
const FINAL = /slutbetyg|final/;

export const parseSchoolYearTerm = memo((raw: string): SchoolYearTerm | undefined => {
  const text = fold(raw);
  const match = SCHOOL_YEAR_TERM.exec(text);
  if (!match?.[1] || !match[2]) return undefined;
  const schoolYear = Number(match[2]);
  if (schoolYear < 1 || schoolYear > 10) return undefined;
  return { season: AUTUMN.has(match[1]) ? 'Ht' : 'Vt', schoolYear, final: FINAL.test(text) };
});

/**
 * The first calendar year of an academic year the page writes: `2025-2026`, `2025/26`, `Läsår 2025/2026`,
 * `LÅ25-26`. Stages (`7-9`) and dates are not academic years.
 */
const ACADEMIC_YEAR = /(?:^|[^\d-])((?:19|20|21)\d{2})\s*[-–/]\s*(\d{4}|\d{2})(?![\d-])/;
const SHORT_ACADEMIC_YEAR = /(?:^|[^\p{L}])(?:la|lasar)\s*(\d{2})\s*[-–/]\s*(\d{2})(?!\d)/u;

export const parseAcademicYear = memo((raw: string): number | undefined => {
  const text = fold(raw);
  const long = ACADEMIC_YEAR.exec(text);
  if (long?.[1] && long[2]) {
    const first = Number(long[1]);
    const second = Number(long[2]);
    return second === first + 1 || (long[2].length === 2 && second === (first + 1) % 100) ? first : undefined;
  }
  const short = SHORT_ACADEMIC_YEAR.exec(text);
  if (short?.[1] && short[2] && Number(short[2]) === (Number(short[1]) + 1) % 100) return 2000 + Number(short[1]);
  return undefined;
});

/** The academic year (its first calendar year) a date falls in: it starts in July. */
export function academicYearOfDate(isoDate: string): number | undefined {
  const term = halfYearTerm(isoDate);
  if (!term) return undefined;
  const year = Number(term.slice(3));
  return term.startsWith('Ht') ? year : year - 1;
}

/**
 * A term with its calendar year: written out (`HT 2025`, `VT26`), or a school-year term placed in the
 * academic year the page shows. Never guessed: without an academic year a school-year term stays unknown.
 */
export function resolveTerm(raw: string, academicYear: number | undefined): Term | undefined {
  const term = parseTerm(raw);
  if (term) return term;
  if (academicYear === undefined) return undefined;
  const school = parseSchoolYearTerm(raw);
  if (!school) return undefined;
  return school.season === 'Ht' ? `Ht ${academicYear}` : `Vt ${academicYear + 1}`;
}

// ── Dates ────────────────────────────────────────────────────────────────────────────────────────

const ISO_DATE = /(?:^|\D)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/;
const DAY_MONTH_YEAR = /(?:^|\D)(\d{1,2})[./](\d{1,2})[./](\d{4})(?!\d)/;
const MONTH_NUMBER = new Map(MONTHS.flatMap((names, index) => names.map((name) => [name, index + 1] as const)));
const WRITTEN_DATE = new RegExp(`(?:^|\\D)(\\d{1,2})\\.?\\s+(${[...MONTH_NUMBER.keys()].sort(byLength).join('|')})\\.?\\s+(\\d{4})(?!\\d)`);

/** A date as ISO `YYYY-MM-DD`: from `2025-09-18`, `18.9.2025`, `18/9/2025` or `18 september 2025`. */
export const parseDate = memo((raw: string): string | undefined => {
  const text = fold(raw);
  if (text === '') return undefined;
  const iso = ISO_DATE.exec(text);
  if (iso) return isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) return isoOf(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
  const written = WRITTEN_DATE.exec(text);
  if (written?.[2]) return isoOf(Number(written[3]), MONTH_NUMBER.get(written[2]) ?? 0, Number(written[1]));
  return undefined;
});

function isoOf(year: number, month: number, day: number): string | undefined {
  if (year < 1990 || year > 2199 || month < 1 || month > 12 || day < 1) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
