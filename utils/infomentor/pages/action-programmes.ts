import { definePageKind, type KindReading } from '../page-kind';
import { readDocumentRows } from './documents';
import type { ReaderInput } from './input';

/**
 * Action programmes and related decisions (not to draw one up, adapted study plan): the type column
 * tells them apart; the decision date gives the term.
 */
export function readActionProgrammes({ tables, context }: ReaderInput): KindReading {
  const { pupils, elements, documents } = readDocumentRows(tables, context, 'action-programme');
  return { context, pupils, elements, observations: [], documents };
}

/** Decisions by type or date column; a status-only table when the page names action programmes and not IUPs. */
export const actionProgrammes = definePageKind({
  id: 'action-programmes',
  words: ['Åtgärdsprogram', 'Anpassad studiegång', 'Beslut om särskilt stöd', 'Action programme', 'Action programmes', 'Action program', 'Action programs'],
  claims: ({ byPupil, has, hints }) => {
    if (!byPupil) return undefined;
    if (has('type') || has('decisionDate')) return hints('iup-list') && !hints('action-programmes') ? undefined : 15;
    return (has('status') || has('published') || has('publishedDate')) && hints('action-programmes') && !hints('iup-list') ? 10 : undefined;
  },
  read: readActionProgrammes,
});
