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
  /** On a one-pupil page, the row or block that shows this subject: where its badge goes. */
  row?: Element;
}

export interface PageReading {
  kind: PageKind;
  context: PageContext;
  pupils: ReadPupil[];
  /** The row, card or heading that shows each pupil (same order as `pupils`): where the page UI puts a badge. */
  elements: readonly Element[];
  observations: Observation[];
  documents: PageDocument[];
}

export function emptyReading(): PageReading {
  return { kind: 'unknown', context: {}, pupils: [], elements: [], observations: [], documents: [] };
}

/** Subject of an observation when the page names none (risks always carry a subject). */
export const UNKNOWN_SUBJECT = 'Okänt ämne';

/**
 * The pupils of one page, each once: by id when the page carries one (two ids are two pupils even with
 * one name), otherwise by name.
 */
export class PupilList {
  readonly pupils: ReadPupil[] = [];
  readonly elements: Element[] = [];
  private readonly byId = new Map<string, ReadPupil>();
  private readonly byName = new Map<string, ReadPupil>();

  add(rawName: string, id: string | undefined, element: Element): ReadPupil | undefined {
    const name = normaliseName(rawName);
    if (name === '') return undefined;
    const index = id === undefined ? this.byName : this.byId;
    const key = id ?? name;
    const known = index.get(key);
    if (known) return known;
    const pupil: ReadPupil = id === undefined ? { name } : { name, id };
    index.set(key, pupil);
    this.pupils.push(pupil);
    this.elements.push(element);
    return pupil;
  }
}
