import type { PageReading } from '../reading';
import { readDocumentRows } from './documents';
import type { ReaderInput } from './input';

/** The IUP list of a group: one IUP per pupil with term, status and whether it is published. */
export function readIupList({ tables, context }: ReaderInput): PageReading {
  const { pupils, elements, documents } = readDocumentRows(tables, context, 'iup');
  return { kind: 'iup-list', context, pupils, elements, observations: [], documents };
}
