import { isKnownWord } from './known-words';

/**
 * Placeholders of the same shape: letters become x/X (case kept), digits 0, accents go, punctuation,
 * symbols and spaces stay — "Lund, Ella" → "Xxxx, Xxxx". Distinct texts stay distinct: the second text
 * of a shape gets a number, written with the digits 1–9 only ("Xxxx1, Xxxx", "000002"), so no numbered
 * placeholder can equal another text's placeholder (those hold no digit but 0). Two pupils never merge.
 */

const SHAPED = /[\p{L}\p{M}\p{N}]/gu;
const UPPER = /\p{Lu}/u;
const LETTER = /\p{L}/u;
const NUMBER = /\p{N}/u;
const WHITE_SPACE = /\s+/g;
const FIRST_RUN = /^([^\p{L}]*\p{L}+|[^0]*0+)/u;

export function shapeOf(text: string): string {
  return text.replace(SHAPED, (char) => (UPPER.test(char) ? 'X' : LETTER.test(char) ? 'x' : NUMBER.test(char) ? '0' : ''));
}

/** 1 → "1", 9 → "9", 10 → "11": bijective base nine, so the number never holds a 0. */
function digitsOf(n: number): string {
  let digits = '';
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 9)) digits = String(((rest - 1) % 9) + 1) + digits;
  return digits;
}

/** The number goes after the first run of letters (or of zeros), so a name stays a name: "Xxxx1, Xxxx". */
function numbered(placeholder: string, n: number): string {
  const run = FIRST_RUN.exec(placeholder)?.[0] ?? placeholder;
  return run + digitsOf(n) + placeholder.slice(run.length);
}

/** How the page's readers compare texts: space runs are one space, a space before a comma goes. */
const comparable = (text: string) => text.replace(WHITE_SPACE, ' ').replace(/ ,/g, ',').trim();

/** One sample's placeholders: the same text always gets the same placeholder, different texts different ones. */
export class Placeholders {
  private readonly numbers = new Map<string, number>();
  private readonly next = new Map<string, number>();
  private readonly taken = new Set<string>();

  /** `replaced` is `original` with some or all of it shaped; numbered when another text already took it. */
  unique(original: string, replaced: string): string {
    if (replaced === original) return original;
    const key = comparable(original);
    let n = this.numbers.get(key);
    if (n === undefined) {
      const base = comparable(replaced);
      // A bare placeholder must never read as a word of the page ("x" is a mark): such a one starts at 1.
      n = this.next.get(base) ?? (isKnownWord(base) ? 1 : 0);
      // Kept digits (a date, a term) could meet a number: the first free one is taken.
      while (this.taken.has(comparable(n === 0 ? replaced : numbered(replaced, n)))) n++;
      this.taken.add(comparable(n === 0 ? replaced : numbered(replaced, n)));
      this.next.set(base, n + 1);
      this.numbers.set(key, n);
    }
    return n === 0 ? replaced : numbered(replaced, n);
  }

  /** An id, a name or a reference: wholly shaped, no word kept. */
  id(original: string): string {
    return this.unique(original, shapeOf(original));
  }
}
