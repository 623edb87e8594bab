import type { Term } from '../domain/terms';
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
