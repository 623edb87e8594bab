import { parseDate } from '../infomentor/normalise';
import { AUTUMN_WORDS, MONTHS, SPRING_WORDS, fold } from '../infomentor/vocabulary';
import { isKnownWord } from './known-words';
import { type Placeholders, shapeOf } from './placeholders';

/**
 * A text of the page as a sample writes it: a text Insyn knows stays as written; otherwise each run of
 * words Insyn knows stays ("Grupp:", "riskerar att inte nå") and everything else is shaped ("5A" → "0X").
 * Dates keep their year and month (the day becomes 1) and terms stay, because readers take the term and
 * "published" from them; a day is what could tell a birthday.
 */

/** The longest run of words tried as one phrase ("Är i behov av stödinsatser för att nå godtagbara kunskaper"). */
const LONGEST_PHRASE = 12;
const PIECES = /(\s+)/;
const EDGE_PUNCTUATION = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;
const SEASONS: ReadonlySet<string> = new Set([...AUTUMN_WORDS, ...SPRING_WORDS]);
const MONTH_NAMES: ReadonlySet<string> = new Set(MONTHS.flat());
const YEAR = /^(?:\d{4}|\d{2})[,.:;)]?$/;
const SHORT_TERM = /^[hv]t\d{2}$/i;
const DAY = /^\d{1,2}\.?$/;
const ISO_DATE = /^(\d{4}-\d{1,2}-)(\d{1,2})(?!\d)/;
const DAY_FIRST = /^(\d{1,2})([./]\d{1,2}[./]\d{4})(?!\d)/;

const core = (token: string) => token.replace(EDGE_PUNCTUATION, '');

export function anonymiseText(text: string, placeholders: Placeholders): string {
  if (text.trim() === '' || isKnownWord(text)) return text;
  const pieces = text.split(PIECES);
  const words = pieces.filter((_, index) => index % 2 === 0);
  const kept = keptWords(words);
  let out = '';
  let shaped = false;
  for (let index = 0; index < pieces.length; index++) {
    const piece = pieces[index] as string;
    if (index % 2 === 1) {
      out += piece;
      continue;
    }
    const word = kept[index / 2] ?? dateWord(piece);
    shaped ||= word === undefined;
    out += word ?? shapeOf(piece);
  }
  // Only dates rewritten: two dates of one month may read the same (no reader tells pupils apart by a day).
  return shaped ? placeholders.unique(text, out) : out;
}

/** The words that stay, by position: runs of known phrases, terms (`Ht 2025`, `VT26`), written dates. */
function keptWords(words: readonly string[]): (string | undefined)[] {
  const kept: (string | undefined)[] = words.map(() => undefined);
  for (let start = 0; start < words.length; start++) {
    const length = termRun(words, start) || knownRun(words, start);
    for (let at = start; at < start + length; at++) kept[at] = words[at];
    if (length === 0 && writtenDateRun(words, start)) {
      kept[start] = (words[start] as string).replace(/\d{1,2}/, '1');
      kept[start + 1] = words[start + 1];
      kept[start + 2] = words[start + 2];
      start += 2;
    } else start += Math.max(length - 1, 0);
  }
  return kept;
}

function knownRun(words: readonly string[], start: number): number {
  for (let length = Math.min(LONGEST_PHRASE, words.length - start); length > 0; length--) {
    const phrase = core(words.slice(start, start + length).join(' '));
    // A single letter is a grade or a mark only when it is the whole text: inside one it may be an initial.
    if (phrase.length > 1 && isKnownWord(phrase)) return length;
  }
  return 0;
}

function termRun(words: readonly string[], start: number): number {
  const word = core(words[start] ?? '');
  if (SHORT_TERM.test(word)) return 1;
  if (SEASONS.has(fold(word)) && YEAR.test(words[start + 1] ?? '')) return 2;
  // Two-word seasons: "Spring term 2026", "Fall term 2025".
  return SEASONS.has(fold(`${word} ${core(words[start + 1] ?? '')}`)) && YEAR.test(words[start + 2] ?? '') ? 3 : 0;
}

/** `18 september 2025`: the month and the year stay, the day is written again. */
function writtenDateRun(words: readonly string[], start: number): boolean {
  const [day, month, year] = words.slice(start, start + 3);
  if (!day || !month || !year || !DAY.test(day) || !MONTH_NAMES.has(fold(core(month)))) return false;
  return YEAR.test(year) && parseDate(`${day} ${month} ${year}`) !== undefined;
}

/** A date keeps its year and month, its day becomes 1 (`2025-09-18` → `2025-09-01`); undefined for any other word. */
function dateWord(word: string): string | undefined {
  const iso = ISO_DATE.exec(word);
  if (iso?.[1] && parseDate(iso[0])) return `${iso[1]}${iso[2]?.length === 2 ? '01' : '1'}${shapeOf(word.slice(iso[0].length))}`;
  const dayFirst = DAY_FIRST.exec(word);
  if (dayFirst?.[2] && parseDate(dayFirst[0]))
    return `${dayFirst[1]?.length === 2 ? '01' : '1'}${dayFirst[2]}${shapeOf(word.slice(dayFirst[0].length))}`;
  return undefined;
}
