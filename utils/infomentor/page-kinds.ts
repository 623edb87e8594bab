import type { PageKindDefinition } from './page-kind';
import { isVocabularyPhrase } from './vocabulary';
import { actionProgrammes } from './pages/action-programmes';
import { grades } from './pages/grades';
import { groupAssessment } from './pages/group-assessment';
import { iupList } from './pages/iup-list';
import { pupilAssessment } from './pages/pupil-assessment';

/**
 * Every kind of page Insyn reads, once. The kind list (and so PageKindSchema and the PageKind type),
 * the heading words, the readers and the label keys (`pageKind_<id>` in both locale files) all derive
 * from this list; tests/unit/infomentor/page-kinds.test.ts checks each kind has its labels, a fixture
 * and a line in docs/adding-a-page-parser.md. Order breaks ties between kinds claiming one table.
 */
export const PAGE_KINDS = [groupAssessment, pupilAssessment, iupList, actionProgrammes, grades] as const;

export type KnownPageKind = (typeof PAGE_KINDS)[number]['id'];

export const PAGE_KIND_IDS: readonly KnownPageKind[] = PAGE_KINDS.map((kind) => kind.id);

const BY_ID = new Map<string, PageKindDefinition>(PAGE_KINDS.map((kind) => [kind.id, kind]));

export function pageKind(id: KnownPageKind): PageKindDefinition<KnownPageKind> {
  return BY_ID.get(id) as PageKindDefinition<KnownPageKind>;
}

/** Heading words per kind (folded). */
export function kindWords(id: string): readonly string[] {
  return BY_ID.get(id)?.words ?? [];
}

/** Every kind's heading words: parts of a heading that name the page rather than its group or subject. */
export function allKindWords(): readonly string[] {
  return PAGE_KINDS.flatMap((kind) => kind.words);
}

let kindWordSet: ReadonlySet<string> | undefined;

/** Whether a folded text is one of Insyn's page words: the vocabulary's, or a kind's heading words. */
export function isPageWord(folded: string): boolean {
  kindWordSet ??= new Set(allKindWords());
  return isVocabularyPhrase(folded) || kindWordSet.has(folded);
}
