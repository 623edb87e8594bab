/**
 * Bounds of one page recipe, and of a file of recipes. They keep a hostile or mistaken recipe from
 * costing the page anything: every text is short, every list is short, the whole JSON is small.
 * Zod-free, so the content script and the teach page can share them with the schema.
 */
export const RECIPE_LIMITS = {
  name: 80,
  host: 120,
  path: 300,
  heading: 120,
  header: 120,
  subject: 80,
  /** Bytes of one recipe as JSON. */
  recipeBytes: 4_000,
  /** Recipes in one import file. */
  fileRecipes: 200,
  /** Bytes of one import file. */
  fileBytes: 400_000,
} as const;

/** Recipes a background answer carries for one address: a page can match only a few. */
export const MAX_RECIPES_PER_PAGE = 10;
