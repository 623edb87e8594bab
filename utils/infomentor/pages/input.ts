import type { PageContext } from '../analysis';
import type { PageChrome } from '../context';
import type { SemanticTable } from '../table';
import type { SubjectBlock } from './subject-blocks';

/** What a page reader gets: the tables (or subject blocks) recognition chose, and the page's context. */
export interface ReaderInput {
  tables: readonly SemanticTable[];
  blocks: readonly SubjectBlock[];
  chrome: PageChrome;
  context: PageContext;
}
