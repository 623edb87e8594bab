import type { DocumentType, PageDocument } from '../analysis';
import { PupilIds } from '../cells';
import { MAX_ROWS } from '../limits';
import { halfYearTerm } from '../../domain/terms';
import { parseDate, parseTerm } from '../normalise';
import { PupilList, type ReadPupil } from '../reading';
import type { PageContext } from '../analysis';
import type { SemanticTable } from '../table';
import { parseDocumentType } from '../vocabulary';
import { publishState, rowPupil, textOf } from './rows';

/**
 * Lists of documents per pupil (IUPs, action programmes and other decisions): each row is one document
 * with its type, term, status and publish state. A decision's term is the term of its decision date.
 */
export function readDocumentRows(
  tables: readonly SemanticTable[],
  context: PageContext,
  defaultType: DocumentType,
): { pupils: ReadPupil[]; elements: readonly Element[]; documents: PageDocument[] } {
  const pupils = new PupilList();
  const documents: PageDocument[] = [];
  for (const table of tables) {
    const ids = new PupilIds();
    for (const row of table.rows) {
      if (documents.length >= MAX_ROWS) break;
      const pupil = rowPupil(table, row, pupils, ids);
      if (!pupil) continue;
      const typeText = textOf(table, row, 'type');
      const type = (typeText === undefined ? undefined : parseDocumentType(typeText)) ?? defaultType;
      const decidedText = textOf(table, row, 'decisionDate');
      const decided = decidedText === undefined ? undefined : parseDate(decidedText);
      const termText = textOf(table, row, 'term');
      const term = (decided ? halfYearTerm(decided) : undefined) ?? (termText === undefined ? undefined : parseTerm(termText)) ?? context.term;
      const { published, status } = publishState(table, row);
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
      });
    }
  }
  return { pupils: pupils.pupils, elements: pupils.elements, documents };
}
