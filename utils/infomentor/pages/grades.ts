import { PupilIds, cellText, gradeOf, isMarked } from '../cells';
import { MAX_ROWS } from '../limits';
import { normaliseSubject, parseSchoolYearTerm, resolveTerm } from '../normalise';
import { definePageKind, type KindReading } from '../page-kind';
import { type Observation, PupilList, UNKNOWN_SUBJECT } from '../reading';
import { type SemanticTable, columnsWith } from '../table';
import { PRODUCT_WORDS, parsePublished } from '../vocabulary';
import type { ReaderInput } from './input';
import { cellOf, rowPupil, tablePupil, textOf } from './rows';

/**
 * Grades: a pupil per row with a grade column (as text, a select, or an icon's tooltip), or a grade
 * overview with one column per subject. Grades are observations for the risk rules; they are not
 * documents.
 */
export function readGrades(input: ReaderInput): KindReading {
  const { tables, context, chrome } = input;
  const pupils = new PupilList();
  const observations: Observation[] = [];
  // The Hub's final term (`Vt år 9 (Slutbetyg)`): every grade on it is final.
  const finalTerm = chrome.labelled.term !== undefined && parseSchoolYearTerm(chrome.labelled.term)?.final === true;
  for (const table of tables) {
    const ids = new PupilIds();
    const single = tablePupil(input, table, pupils);
    const named = [...columnsWith(table, 'grade'), ...columnsWith(table, 'finalGrade')];
    const overview = named.length === 0;
    const gradeColumns = overview ? subjectGradeColumns(table) : named;
    for (const row of table.rows) {
      if (observations.length >= MAX_ROWS) break;
      const pupil = rowPupil(table, row, pupils, ids, single);
      if (!pupil) continue;
      const subjectText = textOf(table, row, 'subject');
      const rowSubject = (subjectText === undefined ? undefined : normaliseSubject(subjectText)) || context.subject;
      const termText = textOf(table, row, 'term');
      const term = (termText === undefined ? undefined : resolveTerm(termText, chrome.academicYear)) ?? context.term;
      const finishedCell = cellOf(table, row, 'finished');
      const finishedRow = finishedCell ? (parsePublished(cellText(finishedCell)) ?? isMarked(finishedCell)) : false;
      const comment = textOf(table, row, 'comment');
      for (const index of gradeColumns) {
        const cell = row.cells[index];
        const grade = cell ? gradeOf(cell) : undefined;
        const column = table.columns[index];
        const subject = overview ? normaliseSubject(column?.label ?? '') : rowSubject;
        if (!grade && !comment) continue;
        observations.push({
          pupil,
          subject: subject || UNKNOWN_SUBJECT,
          ...(term ? { term } : {}),
          ...(grade ? { grade } : {}),
          ...(finishedRow || finalTerm || column?.role === 'finalGrade' ? { finished: true } : {}),
          ...(comment && !overview ? { comment } : {}),
          ...(single ? { row: row.element } : {}),
        });
      }
      if ((overview || gradeColumns.length === 0) && comment)
        observations.push({ pupil, subject: rowSubject || UNKNOWN_SUBJECT, ...(term ? { term } : {}), comment });
    }
  }
  return { context, pupils: pupils.pupils, elements: pupils.elements, observations, documents: [] };
}

const SAMPLE_ROWS = 20;

/**
 * Columns of a grade overview: headers with no known meaning (subject names) whose cells read as
 * grades in most of the rows that have a value.
 */
export function subjectGradeColumns(table: SemanticTable): number[] {
  const found: number[] = [];
  const sample = table.rows.slice(0, SAMPLE_ROWS);
  table.columns.forEach((column, index) => {
    if (column.role || column.header === '' || PRODUCT_WORDS.has(column.header) || table.columns[index - 1] === column) return;
    let values = 0;
    let grades = 0;
    for (const row of sample) {
      const cell = row.cells[index];
      if (!cell) continue;
      const grade = gradeOf(cell);
      if (grade) grades++;
      if (grade || cellText(cell).trim() !== '') values++;
    }
    if (grades > 0 && grades * 5 >= values * 3) found.push(index);
  });
  return found;
}

/**
 * A pupil per row with a grade column, or (weaker) unnamed columns whose cells are grades; or one
 * pupil's grade report (the Hub's), a subject per row with its grade.
 */
export const grades = definePageKind({
  id: 'grades',
  words: [
    'Betyg',
    'Terminsbetyg',
    'Slutbetyg',
    'Betygsöversikt',
    'Betygsinmatning',
    'Grades',
    'Grade',
    'Grading',
    'Term grades',
    'Grade overview',
  ],
  claims: ({ table, byPupil, has }) => {
    const graded = has('grade') || has('finalGrade');
    if (!byPupil) return graded && has('subject') ? 20 : undefined;
    if (graded) return 20;
    return subjectGradeColumns(table).length > 0 ? 10 : undefined;
  },
  pageSubject: true,
  read: readGrades,
});
