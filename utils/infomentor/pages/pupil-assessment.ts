import { normaliseSubject, resolveTerm } from '../normalise';
import { definePageKind, type KindReading } from '../page-kind';
import { type Observation, PupilList } from '../reading';
import { findSubjectBlocks } from './subject-blocks';
import { columnsWith, firstColumn } from '../table';
import type { ReaderInput } from './input';
import { markedLevel, writtenLevel } from './group-assessment';
import { pagePupilIn, publishState, textOf } from './rows';

/**
 * One pupil's ämnesomdömen: a block per subject (or a table with a row per subject, as on the Hub). The
 * pupil is the one the page is about (page-pupil.ts); on the Hub everything shown is published.
 */
export function readPupilAssessment(input: ReaderInput): KindReading {
  const { tables, blocks, context } = input;
  const pupils = new PupilList();
  const pupil = pagePupilIn(input, pupils, blocks[0]?.element ?? tables[0]?.container);
  if (!pupil) return { context, pupils: [], elements: [], observations: [], documents: [] };
  const published = input.shownToGuardians === true;
  const observations: Observation[] = [];
  const documents: KindReading['documents'] = [];
  const add = (subject: string, entry: Omit<Observation, 'pupil' | 'subject'>, shown: boolean, stated?: 'in-progress' | 'complete') => {
    const term = entry.term ?? context.term;
    observations.push({ pupil, subject, ...entry, ...(term ? { term } : {}) });
    documents.push({
      pupil: pupil.name,
      ...(pupil.id ? { pupilId: pupil.id } : {}),
      type: 'written-assessment',
      subject,
      ...(term ? { term } : {}),
      status: stated ?? (entry.level ? 'complete' : 'in-progress'),
      published: published || shown,
    });
  };
  for (const block of blocks) {
    add(
      block.subject,
      { row: block.element, ...(block.level ? { level: block.level } : {}), ...(block.comment ? { comment: block.comment } : {}) },
      block.published,
      block.status,
    );
  }
  for (const table of tables) {
    const levels = columnsWith(table, 'level');
    const assessment = firstColumn(table, 'assessment');
    for (const row of table.rows) {
      const subject = normaliseSubject(textOf(table, row, 'subject') ?? '');
      if (subject === '') continue;
      const level =
        levels.length > 0 ? markedLevel(table, row, levels) : assessment === undefined ? undefined : writtenLevel(row.cells[assessment]);
      const comment = textOf(table, row, 'comment');
      const termText = textOf(table, row, 'term');
      const term = termText === undefined ? undefined : resolveTerm(termText, input.chrome.academicYear);
      const state = publishState(table, row);
      add(
        subject,
        { row: row.element, ...(level ? { level } : {}), ...(comment ? { comment } : {}), ...(term ? { term } : {}) },
        state.published,
        state.status,
      );
    }
  }
  return { context, pupils: pupils.pupils, elements: pupils.elements, observations, documents };
}

/** One pupil's assessments: a table whose rows are subjects with level columns, or subject blocks. */
export const pupilAssessment = definePageKind({
  id: 'pupil-assessment',
  words: [
    'Ämnesomdöme',
    'Ämnesomdömen',
    'Omdöme',
    'Omdömen',
    'Omdömesblankett',
    'Skriftligt omdöme',
    'Subject assessment',
    'Subject assessments',
    'Written assessment',
  ],
  claims: ({ byPupil, has, count }) => (!byPupil && (count('level') >= 2 || has('assessment')) ? 20 : undefined),
  blocks: findSubjectBlocks,
  read: readPupilAssessment,
});
