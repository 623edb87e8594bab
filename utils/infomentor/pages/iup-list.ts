import { definePageKind, type KindReading } from '../page-kind';
import { readDocumentRows } from './documents';
import type { ReaderInput } from './input';

/** The IUP list of a group: one IUP per pupil with term, status and whether it is published. */
export function readIupList(input: ReaderInput): KindReading {
  const { pupils, elements, documents } = readDocumentRows(input, 'iup');
  return { context: input.context, pupils, elements, observations: [], documents };
}

/** A document table is an IUP list when the page says IUP (a type column alone means decisions). */
export const iupList = definePageKind({
  id: 'iup-list',
  words: [
    'IUP',
    'IUP:er',
    'Individuell utvecklingsplan',
    'Individuella utvecklingsplaner',
    'Individual development plan',
    'Individual development plans',
  ],
  claims: ({ byPupil, has, hints }) => {
    // One pupil's IUPs (the Hub's documentation): a term per row with its version's state.
    if (!byPupil)
      return !has('subject') && (has('status') || has('published') || has('publishedDate')) && hints('iup-list') ? 10 : undefined;
    if (has('type') || has('decisionDate')) return hints('iup-list') && !hints('action-programmes') ? 15 : undefined;
    return (has('status') || has('published') || has('publishedDate')) && hints('iup-list') ? 10 : undefined;
  },
  read: readIupList,
});
