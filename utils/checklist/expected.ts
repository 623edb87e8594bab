import { documentIdOf } from '../db/document-ids';
import type { DocumentRecord, PupilRecord } from '../db/records';
import { isoDate } from '../domain/dates';
import { nextTerm, termOnCalendar, termOrder, type Calendar } from '../domain/terms';
import type { ChecklistFacts } from './rule';

type FactDocument = ChecklistFacts['documents'][number];

/**
 * Omdömen owed though not seen: for each group, the subjects Insyn saw omdömen of there are the subjects
 * the teacher teaches it; every pupil of the group seen this term or the one before owes one per subject
 * this term. A pupil whose omdöme was never written, or whose group page the teacher has not opened this
 * term, then shows as missing instead of not at all. The document ids are the ones a page would give, so a
 * page that later shows the omdöme takes the expected one's place.
 */
export function expectedAssessments(
  pupils: readonly PupilRecord[],
  documents: readonly FactDocument[],
  calendar: Calendar,
  today: string,
): FactDocument[] {
  const term = termOnCalendar(today, calendar);
  const current = termOrder(term);
  const known = new Set(documents.map((doc) => doc.id));
  const groupOf = new Map(pupils.map((p) => [p.id, p.group]));
  const subjects = new Map<string, Set<string>>();
  for (const doc of documents) {
    const group = groupOf.get(doc.pupilId);
    if (doc.type !== 'written-assessment' || !doc.subject || group === undefined) continue;
    subjects.set(group, (subjects.get(group) ?? new Set()).add(doc.subject));
  }
  const recent = (p: PupilRecord) => termOrder(nextTerm(termOnCalendar(isoDate(p.lastSeen), calendar))) >= current;
  return pupils
    .filter((p) => p.group !== undefined && recent(p))
    .flatMap((pupil) =>
      [...(subjects.get(pupil.group!) ?? [])].map((subject) => expectedDocument(pupil, subject, term)).filter((doc) => !known.has(doc.id)),
    );
}

function expectedDocument(pupil: PupilRecord, subject: string, term: string): FactDocument {
  const base: Omit<DocumentRecord, 'id'> = {
    pupilId: pupil.id,
    type: 'written-assessment',
    subject,
    term,
    status: 'in-progress',
    published: false,
    firstSeen: pupil.lastSeen,
    lastSeen: pupil.lastSeen,
  };
  return { ...base, id: documentIdOf(base), term, expected: true };
}
