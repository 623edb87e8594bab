import type { DocumentType, PageDocument } from '../analysis';
import { PupilIds } from '../cells';
import { MAX_ROWS } from '../limits';
import { halfYearTerm } from '../../domain/terms';
import { parseDate, resolveTerm } from '../normalise';
import { PupilList, type ReadPupil } from '../reading';
import { parseDocumentType } from '../vocabulary';
import type { ReaderInput } from './input';
import { publishState, rowPupil, tablePupil, textOf } from './rows';

/**
 * Lists of documents per pupil (IUPs, action programmes and other decisions): each row is one document
 * with its type, term, status and publish state. A decision's term is the term of its decision date.
 */
export function readDocumentRows(
  input: ReaderInput,
  defaultType: DocumentType,
): { pupils: ReadPupil[]; elements: readonly Element[]; documents: PageDocument[] } {
  const { tables, context, chrome } = input;
  const pupils = new PupilList();
  const documents: PageDocument[] = [];
  for (const table of tables) {
    const ids = new PupilIds();
    const single = tablePupil(input, table, pupils);
    for (const row of table.rows) {
      if (documents.length >= MAX_ROWS) break;
      const pupil = rowPupil(table, row, pupils, ids, single);
      if (!pupil) continue;
      const typeText = textOf(table, row, 'type');
      const type = (typeText === undefined ? undefined : parseDocumentType(typeText)) ?? defaultType;
      const decidedText = textOf(table, row, 'decisionDate');
      const decided = decidedText === undefined ? undefined : parseDate(decidedText);
      const termText = textOf(table, row, 'term');
      const term =
        (decided ? halfYearTerm(decided) : undefined) ??
        (termText === undefined ? undefined : resolveTerm(termText, chrome.academicYear)) ??
        context.term;
      const state = publishState(table, row);
      const published = state.published || input.shownToGuardians === true;
      const { status } = state;
      const subjectless = type !== 'written-assessment';
      documents.push({
        pupil: pupil.name,
        ...(pupil.id ? { pupilId: pupil.id } : {}),
        type,
        ...(!subjectless && context.subject ? { subject: context.subject } : {}),
        ...(term ? { term } : {}),
        status: status ?? (published || decided ? 'complete' : 'in-progress'),
        published,
        ...(decided ? { decided } : {}),
        ...(published && state.publishedOn ? { publishedOn: state.publishedOn } : {}),
      });
    }
  }
  return { pupils: pupils.pupils, elements: pupils.elements, documents };
}
