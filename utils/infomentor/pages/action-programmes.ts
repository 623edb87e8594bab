import { definePageKind, type KindReading } from '../page-kind';
import { readDocumentRows } from './documents';
import type { ReaderInput } from './input';

/**
 * Action programmes and related decisions (not to draw one up, adapted study plan): the type column
 * tells them apart; the decision date gives the term.
 */
export function readActionProgrammes(input: ReaderInput): KindReading {
  const { pupils, elements, documents } = readDocumentRows(input, 'action-programme');
  return { context: input.context, pupils, elements, observations: [], documents };
}

/** Decisions by type or date column; a status-only table when the page names action programmes and not IUPs. */
export const actionProgrammes = definePageKind({
  id: 'action-programmes',
  words: [
    'Åtgärdsprogram',
    'Anpassad studiegång',
    'Beslut om särskilt stöd',
    'specialPlan',
    'Special plan',
    'Special plans',
    'Action programme',
    'Action programmes',
    'Action program',
    'Action programs',
  ],
  claims: ({ byPupil, has, hints }) => {
    // One pupil's special plans (the Hub's documentation): a plan or version per row.
    if (!byPupil)
      return !has('subject') && (has('type') || has('decisionDate') || has('status')) && hints('action-programmes') && !hints('iup-list')
        ? 10
        : undefined;
    if (has('type') || has('decisionDate')) return hints('iup-list') && !hints('action-programmes') ? undefined : 15;
    return (has('status') || has('published') || has('publishedDate')) && hints('action-programmes') && !hints('iup-list') ? 10 : undefined;
  },
  read: readActionProgrammes,
});
