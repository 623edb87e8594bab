import { fold } from '../text/fold';

/**
 * Words that suggest a free-text note holds health information, which does not belong in Insyn
 * (docs/privacy.md). Used for a warning, never to block: the teacher decides.
 * Matching is per whole word, case- and accent-insensitive; a stem ending in `*` also matches its
 * inflections (diagnos* → diagnosen, diagnoser), because Swedish inflects with suffixes.
 */
const WORDS = [
  // Svenska
  'diagnos*',
  'diagnostiser*',
  'utredd',
  'npf',
  'adhd',
  'add',
  'autism*',
  'autist*',
  'asperger*',
  'tourette*',
  'dyslexi*',
  'dyskalkyli*',
  'medicin*',
  'medicer*',
  'läkemedel*',
  'läkar*',
  'depression*',
  'deprimerad*',
  'sjukdom*',
  'sjukskriv*',
  'psykiatri*',
  'psykisk*',
  'ohälsa',
  'bup',
  'habilitering*',
  'ångest*',
  'ätstörning*',
  'epilepsi*',
  'diabetes',
  'terapi*',
  'självskad*',
  'missbruk*',
  // English
  'diagnosis',
  'diagnoses',
  'diagnosed',
  'autistic',
  'dyslexia',
  'dyslexic',
  'medication*',
  'medicated',
  'illness*',
  'psychiatr*',
  'mental health',
  'anxiety',
  'therapist*',
  'therapy',
  'disorder*',
  'self-harm*',
] as const;

interface Matcher {
  words: string[];
  /** The last word may continue (a `*` stem). */
  stem: boolean;
}

// "add" is English for lägga till: only the upper-case acronym counts (see healthWordsIn).
const CASE_SENSITIVE = new Set(['add']);

const MATCHERS: Matcher[] = WORDS.map((entry) => ({
  words: fold(entry.replace(/\*$/, '')).split(/[\s-]+/),
  stem: entry.endsWith('*'),
}));

/** The words in `text` that look like health information, as written, each once. */
export function healthWordsIn(text: string): string[] {
  const tokens = Array.from(text.normalize('NFC').matchAll(/[\p{L}\p{N}]+/gu), (m) => m[0]);
  const folded = tokens.map(fold);
  const found = new Map<string, string>();
  folded.forEach((_, start) => {
    for (const matcher of MATCHERS) {
      const length = matcher.words.length;
      const matches = matcher.words.every((word, offset) => {
        const token = folded[start + offset];
        if (token === undefined) return false;
        const last = offset === length - 1;
        return last && matcher.stem ? token.startsWith(word) : token === word;
      });
      if (!matches) continue;
      const original = tokens.slice(start, start + length).join(' ');
      if (length === 1 && CASE_SENSITIVE.has(matcher.words[0]!) && original !== original.toUpperCase()) continue;
      const key = fold(original);
      if (!found.has(key)) found.set(key, original);
    }
  });
  return [...found.values()];
}
