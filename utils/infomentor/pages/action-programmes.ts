import type { PageReading } from '../reading';
import { readDocumentRows } from './documents';
import type { ReaderInput } from './input';

/**
 * Action programmes and related decisions (not to draw one up, adapted study plan): the type column
 * tells them apart; the decision date gives the term.
 */
export function readActionProgrammes({ tables, context }: ReaderInput): PageReading {
  const { pupils, elements, documents } = readDocumentRows(tables, context, 'action-programme');
  return { kind: 'action-programmes', context, pupils, elements, observations: [], documents };
}
