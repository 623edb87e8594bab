import { healthWordsIn } from './health-words';

/**
 * Data minimisation for what Insyn keeps from a page. A risk's evidence may quote a sentence of a
 * teacher's comment in InfoMentor ("Kommentar: riskerar att inte nå E …"); InfoMentor is the place for
 * that sentence, and if it looks like health information Insyn keeps only the kind of evidence, not the
 * words (docs/privacy.md: no health information).
 */
export const OMITTED = 'utdrag utelämnat: kan innehålla hälsouppgifter';

export function minimiseEvidence(reason: string): string {
  if (healthWordsIn(reason).length === 0) return reason;
  const colon = reason.indexOf(':');
  const kind = colon > 0 ? reason.slice(0, colon) : 'Kommentar';
  return `${kind}: ${OMITTED}`;
}
