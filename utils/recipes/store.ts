import type { InsynDatabase } from '../db/database';
import { checkRecipe } from './check';
import { MAX_RECIPES_PER_PAGE } from './limits';
import { addressMatches } from './match';
import type { PageRecipe } from './types';

/**
 * The `recipes` table: the background answers the content script from it, the teach page saves into it
 * (through 'recipes/save'), the dashboard lists, renames, deletes, exports and imports; its writes are in
 * utils/store/recipes.ts. Every recipe is checked before it is written; a row that no longer passes
 * (written by hand, an older version) is passed over rather than handed to a page.
 */
export interface StoredRecipe {
  recipe: PageRecipe;
  created: number;
}

export async function listRecipes(db: InsynDatabase): Promise<StoredRecipe[]> {
  const rows = await db.recipes.orderBy('id').toArray();
  return rows
    .flatMap((row) => {
      const check = checkRecipe(row.recipe);
      return check.ok ? [{ recipe: check.recipe, created: row.created }] : [];
    })
    .sort((a, b) => b.created - a.created || a.recipe.name.localeCompare(b.recipe.name, 'sv'));
}

/**
 * The recipes for one address: the teacher's, newest first (her latest teaching wins), then the school's
 * from its policy (`school`, already checked by the settings' schema) unless one of hers has the same id.
 */
export async function recipesForUrl(db: InsynDatabase, url: string, school: readonly PageRecipe[] = []): Promise<PageRecipe[]> {
  const own = (await listRecipes(db)).map(({ recipe }) => recipe);
  const ids = new Set(own.map((recipe) => recipe.id));
  return [...own, ...school.filter((recipe) => !ids.has(recipe.id))]
    .filter((recipe) => addressMatches(recipe.match, url))
    .slice(0, MAX_RECIPES_PER_PAGE);
}

export type RecipeChange = { ok: true } | { ok: false; problem: string };

/** How many of a file's recipes would replace ones already stored (same id): shown before importing. */
export async function replacedBy(db: InsynDatabase, recipes: readonly PageRecipe[]): Promise<number> {
  const found = await db.recipes.bulkGet(recipes.map((recipe) => recipe.id));
  return found.filter(Boolean).length;
}
