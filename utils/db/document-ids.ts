import type { DocumentRecord } from './records';

/** A document's id: one per pupil, type, subject and term, so a page read twice stores it once. */
export const documentIdOf = (d: Pick<DocumentRecord, 'pupilId' | 'type' | 'subject' | 'term'>) =>
  `${d.pupilId}|${d.type}|${d.subject ?? ''}|${d.term ?? ''}`;
