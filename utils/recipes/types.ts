/**
 * A page recipe: how to find one InfoMentor page and how to read it, taught by a teacher when Insyn's
 * built-in readers do not recognise the page or read it wrongly. Zod-free types: the content script
 * uses them; `schema.ts` validates recipes where they enter (save, import) in the extension's origin.
 */
export const RECIPE_KINDS = ['group-assessment', 'grades', 'pupil-assessment'] as const;
export type RecipeKind = (typeof RECIPE_KINDS)[number];

/** Column meanings a recipe can give; each names the column by its header text as the page shows it. */
export const RECIPE_COLUMNS = [
  'pupil',
  'level',
  'grade',
  'status',
  'comment',
  'subject',
  'term',
  'notReached',
  'reached',
  'exceeding',
] as const;
export type RecipeColumn = (typeof RECIPE_COLUMNS)[number];

export interface RecipeMatch {
  /** Host name, or `*.` followed by a domain (`*.infomentor.se`). */
  host: string;
  /** Glob over the address's path and fragment (`/Assessment/*`); `*` stands for any characters. */
  path: string;
  /** Text the page's headings must contain, when the address alone says too little. */
  heading?: string;
}

export interface PageRecipe {
  version: 1;
  id: string;
  name: string;
  match: RecipeMatch;
  kind: RecipeKind;
  /**
   * Header texts per meaning: `pupil` plus `level` (group assessment) or `grade` (grades); on one pupil's
   * page (`pupil-assessment`) `subject` plus the level columns in which a mark means its level
   * (`notReached` at least) or one `level` column. The pupil is then who the page is about.
   */
  columns: Partial<Record<RecipeColumn, string>>;
  /** Subject and term the teacher typed, used when no column and no page label names them. */
  subject?: string;
  term?: string;
}
