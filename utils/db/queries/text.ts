import { fold } from '../../text/fold';

/**
 * Search text folded for comparison: lower case, accents and white space runs ignored, so "ostrom"
 * finds "Öström" and "berg,  alva" finds "Berg, Alva".
 */
export const foldText = fold;

/** The folded words of a search; none for blank input (no search). */
export function searchWords(query: string): string[] {
  return foldText(query).split(' ').filter(Boolean);
}

/** True when a search has words to look for. */
export function isSearch(query: string | undefined): query is string {
  return searchWords(query ?? '').length > 0;
}

/** A predicate for "contains every word of the query" over a record's searchable text. */
export function matchesQuery(query: string): ((haystack: string) => boolean) | undefined {
  const words = searchWords(query);
  if (words.length === 0) return undefined;
  return (haystack) => {
    const folded = foldText(haystack);
    return words.every((word) => folded.includes(word));
  };
}
