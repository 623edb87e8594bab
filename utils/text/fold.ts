/**
 * The one comparison form of text in Insyn (page words, searches, health words): case-, accent- and
 * white-space-insensitive.
 */
const COMBINING_MARKS = /\p{M}+/gu;
export const WHITE_SPACE = /\s+/g;

/** Characters NFD would change beyond Latin-1: for those, the general (slower) route. */
export const BEYOND_LATIN1 = /[^\u0000-\u00ff]/;
const LATIN1_ACCENTED = /[à-åç-ïñ-öù-ýÿ]/g;
const LATIN1_BASE: Readonly<Record<string, string>> = Object.fromEntries(
  [...'àáâãäåçèéêëìíîïñòóôõöùúûüýÿ'].map((letter) => [letter, letter.normalize('NFD').charAt(0)]),
);

/** Folded form of a text: `  Ämnes-OMDÖME ` → `amnes-omdome`. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  // Swedish text is Latin-1: its accents come off by table, without Unicode decomposition.
  const bare = BEYOND_LATIN1.test(lower)
    ? lower.normalize('NFD').replace(COMBINING_MARKS, '')
    : lower.replace(LATIN1_ACCENTED, (letter) => LATIN1_BASE[letter] ?? letter);
  return bare.replace(WHITE_SPACE, ' ').trim();
}
