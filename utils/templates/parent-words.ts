import { termParts } from '../domain/terms';
import { REASONS } from '../risk/reasons';
import { subjectInSentence } from '../i18n/words';
import type { Lang } from '../i18n';

/**
 * Insyn's reasons ("Ämnesomdöme: otillräckliga kunskaper", "Betyg: F") are shorthand for the teacher. A
 * message to guardians says the same in words for parents, as the end of a clause after the pupil's name
 * ("… att Ella Lund ännu inte har visat godtagbara kunskaper i matematik"), and never as if a grade were
 * already set. An F in a subject that ends is the teacher's task (skriftlig bedömning), not a reason here.
 */
type Kind = 'level' | 'grade' | 'absence' | 'comment';

const levelReasons: readonly string[] = [
  REASONS.level({ level: 'insufficient', curriculum: 'Lgr22' }),
  REASONS.level({ level: 'insufficient', curriculum: 'Lgr11' }),
];

function kindOf(reason: string): Kind | undefined {
  if (reason === REASONS.fInFinishedSubject) return undefined;
  if (reason === REASONS.gradeF) return 'grade';
  if (reason === REASONS.gradeDash) return 'absence';
  return levelReasons.includes(reason) ? 'level' : 'comment';
}

const CLAUSES: Record<Lang, Record<Kind, (subjects: string) => string>> = {
  sv: {
    level: (s) => `ännu inte har visat godtagbara kunskaper i ${s}`,
    grade: (s) => `ännu inte har visat de kunskaper som krävs för betyget E i ${s}`,
    absence: (s) => `har varit borta så mycket att jag ännu inte har tillräckligt underlag för att sätta betyg i ${s}`,
    comment: (s) => `riskerar att inte nå godtagbara kunskaper i ${s}`,
  },
  en: {
    level: (s) => `has not yet shown acceptable knowledge in ${s}`,
    grade: (s) => `has not yet shown the knowledge needed for the grade E in ${s}`,
    absence: (s) => `has missed so many lessons that I do not yet have enough to base a grade on in ${s}`,
    comment: (s) => `is at risk of not reaching acceptable knowledge in ${s}`,
  },
};
// A grade reason says all a level or comment reason would about the same subject.
const ORDER: readonly Kind[] = ['grade', 'level', 'absence', 'comment'];

const locale = (lang: Lang) => (lang === 'sv' ? 'sv-SE' : 'en-GB');
export const joinWords = (items: readonly string[], lang: Lang) => new Intl.ListFormat(locale(lang), { type: 'conjunction' }).format(items);

/** The reasons of one pupil's risks as one clause: "ännu inte har visat godtagbara kunskaper i matematik och engelska". */
export function parentReasons(risks: readonly { subject: string; reasons: readonly string[] }[], lang: Lang): string {
  const subjectsBy = new Map<Kind, string[]>();
  const told = new Set<string>();
  for (const kind of ORDER) {
    for (const { subject, reasons } of risks) {
      if (told.has(subject) || !reasons.some((reason) => kindOf(reason) === kind)) continue;
      told.add(subject);
      subjectsBy.set(kind, [...(subjectsBy.get(kind) ?? []), subjectInSentence(subject, lang)]);
    }
  }
  return joinWords(
    ORDER.filter((kind) => subjectsBy.has(kind)).map((kind) => CLAUSES[lang][kind](joinWords(subjectsBy.get(kind)!, lang))),
    lang,
  );
}

/** Whether every reason is absence ("–"): the message is then about attendance. */
export function onlyAbsence(risks: readonly { reasons: readonly string[] }[]): boolean {
  const kinds = risks.flatMap((risk) => risk.reasons.map(kindOf)).filter((kind) => kind !== undefined);
  return kinds.length > 0 && kinds.every((kind) => kind === 'absence');
}

/** A term as people say it: "Ht 2025" → "höstterminen 2025", "the autumn term 2025". Other text is kept. */
export function spokenTerm(term: string, lang: Lang): string {
  const parts = termParts(term);
  if (!parts) return term;
  const half = { sv: { Ht: 'höstterminen', Vt: 'vårterminen' }, en: { Ht: 'the autumn term', Vt: 'the spring term' } }[lang][parts.half];
  return `${half} ${parts.year}`;
}

/** The interpreter line of a draft: the school books one, the child never interprets. */
export function interpreterSentence(language: string | undefined, lang: Lang): string {
  const named = language?.trim();
  if (lang === 'sv') {
    return `Skolan bokar en tolk${named ? ` på ${named.toLowerCase()}` : ''} till vårt samtal, så att ert barn inte behöver tolka.`;
  }
  return `The school will book an interpreter${named ? ` (${named})` : ''} for our meeting, so that your child does not have to interpret.`;
}
