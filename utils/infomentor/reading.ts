import type { PageContext, PageDocument, PageKind, PupilRef } from './analysis';
import { normaliseName } from './normalise';
import type { Grade, LevelReading } from './vocabulary';

/**
 * What a page reader hands to the risk rules (step 2 → step 3): the pupils with the elements they were
 * read from, and per pupil and subject what the page shows about their knowledge.
 */
/** A pupil as the analysis lists them; the reading also knows the element that shows them. */
export type ReadPupil = PupilRef;

export interface Observation {
  pupil: ReadPupil;
  subject: string;
  term?: string;
  level?: LevelReading;
  grade?: Grade;
  /** The page marks the subject as finished (a final grade, or an "Avslutat" column). */
  finished?: boolean;
  comment?: string;
}

export interface PageReading {
  kind: PageKind;
  context: PageContext;
  pupils: ReadPupil[];
  /** The row, card or heading that shows each pupil: where the page UI puts a badge. */
  elementOf: ReadonlyMap<ReadPupil, Element>;
  observations: Observation[];
  documents: PageDocument[];
}

export function emptyReading(): PageReading {
  return { kind: 'unknown', context: {}, pupils: [], elementOf: new Map(), observations: [], documents: [] };
}

/** Subject of an observation when the page names none (risks always carry a subject). */
export const UNKNOWN_SUBJECT = 'Okänt ämne';

/**
 * The pupils of one page, each once: by id when the page carries one (two ids are two pupils even with
 * one name), otherwise by name.
 */
export class PupilList {
  readonly pupils: ReadPupil[] = [];
  readonly elementOf = new Map<ReadPupil, Element>();
  private readonly byKey = new Map<string, ReadPupil>();

  add(rawName: string, id: string | undefined, element: Element): ReadPupil | undefined {
    const name = normaliseName(rawName);
    if (name === '') return undefined;
    const key = id === undefined ? `n:${name}` : `i:${id}`;
    const known = this.byKey.get(key);
    if (known) return known;
    const pupil: ReadPupil = id === undefined ? { name } : { name, id };
    this.byKey.set(key, pupil);
    this.elementOf.set(pupil, element);
    this.pupils.push(pupil);
    return pupil;
  }
}
