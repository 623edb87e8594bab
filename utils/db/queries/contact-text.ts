import type { ContactRecord } from '../records';
import { foldText } from './text';

/**
 * A contact's own searchable text (with whom, the summary, the subjects), folded once per stored row:
 * rows of the in-memory copy are reused by every search, and the copy folds them all as it is read
 * (snapshot.ts), so a search over it is string comparison alone.
 */
const folded = new WeakMap<ContactRecord, string>();

export function contactText(contact: ContactRecord): string {
  let text = folded.get(contact);
  if (text === undefined) folded.set(contact, (text = foldText(`${contact.withWhom} ${contact.summary} ${contact.subjects.join(' ')}`)));
  return text;
}
