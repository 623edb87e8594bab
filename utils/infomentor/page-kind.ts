import type { ReaderInput } from './pages/input';
import type { SubjectBlock } from './pages/subject-blocks';
import type { PageReading } from './reading';
import type { SemanticTable } from './table';
import { fold, type ColumnRole } from './vocabulary';

/**
 * One kind of page, declared in one file under `pages/` (see docs/adding-a-page-parser.md): its id,
 * the heading words that name it, which tables it claims, and its reader. The registry
 * (`page-kinds.ts`) derives the kind list, the schema, the heading words and the readers from these.
 * Zod-free: the content script bundles every kind.
 */

/** What recognition knows about one candidate table when it asks a kind whether the table is its. */
export interface TableClues {
  table: SemanticTable;
  /** Rows are pupils (a pupil column); otherwise rows are subjects, terms or documents of one pupil. */
  byPupil: boolean;
  has(role: ColumnRole): boolean;
  count(role: ColumnRole): number;
  /** The page's headings name this kind (by its `words`). */
  says(kind: string): boolean;
  /** The headings or the address name this kind. */
  hints(kind: string): boolean;
}

/** A reader's result; the kind comes from the definition. No pupils means nothing was read. */
export type KindReading = Omit<PageReading, 'kind'>;

export interface PageKindDefinition<Id extends string = string> {
  id: Id;
  /** Heading words that say a page is of this kind, as people write them (folded at definition). */
  words: readonly string[];
  /**
   * How strongly this kind claims a table (a bonus added to the table's score), or undefined. When
   * several kinds claim one table the highest bonus wins, ties going to the earlier kind in the registry.
   */
  claims(clues: TableClues): number | undefined;
  /** Pages without any claimed table: the blocks this kind reads instead (one pupil's subject blocks). */
  blocks?(root: ParentNode): SubjectBlock[];
  /** The page's own subject (from filters and headings) applies to its rows. */
  pageSubject?: boolean;
  read(input: ReaderInput): KindReading;
}

export function definePageKind<const Id extends string>(definition: PageKindDefinition<Id>): PageKindDefinition<Id> {
  return { ...definition, words: definition.words.map(fold) };
}
