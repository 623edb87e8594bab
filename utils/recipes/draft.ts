import { parseTerm } from '../infomentor/normalise';
import { suggestMatch } from './match';
import type { PageRecipe, RecipeColumn, RecipeKind, RecipeMatch } from './types';

/**
 * What the teacher has chosen on the teach page, and the recipe it makes. Pure: the teach page shows
 * the choices, this decides what they mean.
 */
export interface RecipeDraft {
  id: string;
  name: string;
  match: RecipeMatch;
  kind: RecipeKind;
  /** Chosen header text per meaning; '' for none. */
  columns: Partial<Record<RecipeColumn, string>>;
  subject: string;
  term: string;
}

/** The columns each kind asks for, the required ones first. */
export const DRAFT_COLUMNS: Record<RecipeKind, readonly RecipeColumn[]> = {
  'group-assessment': ['pupil', 'level', 'comment', 'status', 'subject', 'term'],
  grades: ['pupil', 'grade', 'comment', 'subject', 'term'],
  // One pupil's page: rows are subjects; a mark in a level column means that level.
  'pupil-assessment': ['subject', 'notReached', 'reached', 'exceeding', 'comment', 'status', 'term'],
};
export const REQUIRED: Record<RecipeKind, readonly RecipeColumn[]> = {
  'group-assessment': ['pupil', 'level'],
  grades: ['pupil', 'grade'],
  'pupil-assessment': ['subject', 'notReached'],
};

export type DraftResult = { ok: true; recipe: PageRecipe } | { ok: false; problem: 'columns' | 'term' };

export function recipeFromDraft(draft: RecipeDraft): DraftResult {
  if (REQUIRED[draft.kind].some((column) => !draft.columns[column])) return { ok: false, problem: 'columns' };
  const term = draft.term.trim() === '' ? undefined : parseTerm(draft.term);
  if (draft.term.trim() !== '' && !term) return { ok: false, problem: 'term' };
  const columns: PageRecipe['columns'] = {};
  for (const column of DRAFT_COLUMNS[draft.kind]) {
    const header = draft.columns[column];
    if (header) columns[column] = header;
  }
  const match: RecipeMatch = { host: draft.match.host, path: draft.match.path.trim() };
  if (draft.match.heading?.trim()) match.heading = draft.match.heading.trim();
  return {
    ok: true,
    recipe: {
      version: 1,
      id: draft.id,
      name: draft.name.trim(),
      match,
      kind: draft.kind,
      columns,
      ...(draft.subject.trim() ? { subject: draft.subject.trim() } : {}),
      ...(term ? { term } : {}),
    },
  };
}

/** A new recipe's id: random, so recipes from different teachers never collide when a principal merges them. */
export function newRecipeId(): string {
  return `r-${crypto.randomUUID()}`;
}

/** The first draft for a page: named after its main heading, for this host and this address. */
export function draftForPage(page: { url: string; title: string; headings: readonly string[] }, id: string): RecipeDraft {
  const heading = page.headings[0] ?? '';
  const name = (heading || page.title || 'InfoMentor').slice(0, 80);
  const match = suggestMatch(page.url) ?? { host: '', path: '/*' };
  return { id, name, match: { ...match, heading: heading.slice(0, 120) }, kind: 'group-assessment', columns: {}, subject: '', term: '' };
}
