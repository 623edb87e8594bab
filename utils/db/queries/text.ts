/**
 * Search text folded for comparison: lower case, accents and white space runs ignored, so "ostrom"
 * finds "Öström" and "berg,  alva" finds "Berg, Alva".
 */
export function foldText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** A predicate for "contains every word of the query" over a record's searchable text. */
export function matchesQuery(query: string): ((haystack: string) => boolean) | undefined {
  const words = foldText(query).split(' ').filter(Boolean);
  if (words.length === 0) return undefined;
  return (haystack) => {
    const folded = foldText(haystack);
    return words.every((word) => folded.includes(word));
  };
}
