import { isPageWord } from '../infomentor/page-kinds';
import { fold, foldHeader, memo, parseGrade } from '../infomentor/vocabulary';
import { INFOMENTOR_LABELS } from './infomentor-labels';

const LABELS: ReadonlySet<string> = new Set(INFOMENTOR_LABELS.map(fold));

/**
 * The one question a page sample asks of the vocabulary: is this text (a whole text, or a run of words in
 * one) a word Insyn reads or one of InfoMentor's own labels? Those are kept as written; every other text
 * becomes a placeholder. It asks utils/infomentor/vocabulary.ts, so it follows the vocabulary as it grows.
 */
export const isKnownWord = memo((text: string): boolean => {
  const folded = fold(text);
  if (folded === '') return false;
  if (isPageWord(folded) || LABELS.has(folded)) return true;
  const header = foldHeader(text);
  if (header !== folded && (isPageWord(header) || LABELS.has(header))) return true;
  // A grade, alone or with its label ("F", "Betyg: F" from a tooltip): the pattern is anchored.
  return parseGrade(text) !== undefined;
});
