import type { PageDocument } from '../analysis';
import { PupilIds, cellText, chosenText, hasChoices, markOf } from '../cells';
import { MAX_ROWS } from '../limits';
import { normaliseSubject, resolveTerm } from '../normalise';
import { definePageKind, type KindReading } from '../page-kind';
import { type Observation, PupilList, UNKNOWN_SUBJECT } from '../reading';
import { type SemanticTable, type TableRow, columnsWith, firstColumn } from '../table';
import { type LevelReading, parseLevel } from '../vocabulary';
import type { ReaderInput } from './input';
import { publishState, rowPupil, textOf } from './rows';

/**
 * Kunskapssammanställning / ämnesomdöme for a group: one row per pupil, the level as marks in level
 * columns or as text or a choice in one column, an optional comment and publish status. Each row is a
 * written assessment (a document) and an observation for the risk rules.
 */
export function readGroupAssessment({ tables, context, chrome }: ReaderInput): KindReading {
  const pupils = new PupilList();
  const observations: Observation[] = [];
  const documents: PageDocument[] = [];
  for (const table of tables) {
    const ids = new PupilIds();
    const levelColumns = columnsWith(table, 'level');
    const assessment = firstColumn(table, 'assessment');
    for (const row of table.rows) {
      if (observations.length >= MAX_ROWS) break;
      const pupil = rowPupil(table, row, pupils, ids);
      if (!pupil) continue;
      const subjectText = textOf(table, row, 'subject');
      const subject = subjectText === undefined ? context.subject : normaliseSubject(subjectText) || context.subject;
      const termText = textOf(table, row, 'term');
      const term = (termText === undefined ? undefined : resolveTerm(termText, chrome.academicYear)) ?? context.term;
      const level =
        levelColumns.length > 0
          ? markedLevel(table, row, levelColumns)
          : assessment === undefined
            ? undefined
            : writtenLevel(row.cells[assessment]);
      const comment = textOf(table, row, 'comment');
      const { published, status } = publishState(table, row);
      const observation: Observation = { pupil, subject: subject ?? UNKNOWN_SUBJECT };
      if (term) observation.term = term;
      if (level) observation.level = level;
      if (comment) observation.comment = comment;
      observations.push(observation);
      const document: PageDocument = {
        pupil: pupil.name,
        type: 'written-assessment',
        status: status ?? (level ? 'complete' : 'in-progress'),
        published,
      };
      if (pupil.id) document.pupilId = pupil.id;
      if (subject) document.subject = subject;
      if (term) document.term = term;
      documents.push(document);
    }
  }
  return { context, pupils: pupils.pupils, elements: pupils.elements, observations, documents };
}

/** A group's knowledge summary: a pupil per row, levels as marks in level columns or as an assessment. */
export const groupAssessment = definePageKind({
  id: 'group-assessment',
  words: [
    'Kunskapssammanställning',
    'Ämnesomdöme',
    'Ämnesomdömen',
    'Omdöme',
    'Omdömen',
    'Omdömesblankett',
    'Bedömning',
    'Kunskapsbedömning',
    'Matris',
    'Knowledge summary',
    'Subject assessment',
    'Subject assessments',
    'Assessment',
    'Assessments',
  ],
  claims: ({ byPupil, has, count }) => (byPupil && (count('level') >= 2 || has('assessment')) ? 20 : undefined),
  pageSubject: true,
  read: readGroupAssessment,
});

const RANK = { insufficient: 0, acceptable: 1, 'more-than-acceptable': 2 } as const;

/**
 * The marked level column; if a page marks several, the lowest counts (a risk is never hidden). Textless
 * marks in every level column distinguish nothing (a page hiding all but one by a style sheet the
 * analyzer cannot see): that row reads as not assessed rather than as the lowest level.
 */
export function markedLevel(table: SemanticTable, row: TableRow, levelColumns: readonly number[]): LevelReading | undefined {
  let found: LevelReading | undefined;
  let shownOnly = 0;
  for (const index of levelColumns) {
    const cell = row.cells[index];
    const level = table.columns[index]?.level;
    const mark = cell && level ? markOf(cell) : undefined;
    if (!mark || !level) continue;
    if (mark === 'shown') shownOnly++;
    if (!found || RANK[level.level] < RANK[found.level]) found = level;
  }
  return levelColumns.length > 1 && shownOnly === levelColumns.length ? undefined : found;
}

/** A level written in one column: as text, or as the chosen radio button or option. */
export function writtenLevel(cell: Element | undefined): LevelReading | undefined {
  if (!cell) return undefined;
  const text = hasChoices(cell) ? chosenText(cell) : cellText(cell);
  return text === undefined ? undefined : parseLevel(text);
}
