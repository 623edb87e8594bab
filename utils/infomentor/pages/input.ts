import type { PageContext } from '../analysis';
import type { PageChrome } from '../context';
import type { PagePupil } from '../page-pupil';
import type { SemanticTable } from '../table';
import type { SubjectBlock } from './subject-blocks';

/** What a page reader gets: the tables (or subject blocks) recognition chose, and the page's context. */
export interface ReaderInput {
  tables: readonly SemanticTable[];
  blocks: readonly SubjectBlock[];
  chrome: PageChrome;
  context: PageContext;
  /** Who the page is about when its rows are subjects, terms or documents (looked up on first use). */
  pagePupil?: () => PagePupil | undefined;
  /** Everything the page shows is visible to guardians: the Hub shows guardians only what is published. */
  shownToGuardians?: boolean;
}
