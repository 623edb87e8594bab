import type { InsynDatabase } from '../db/database';
import type { RecipeRecord } from '../db/records';
import { checkRecipe } from './check';
import { MAX_RECIPES_PER_PAGE } from './limits';
import { addressMatches } from './match';
import type { PageRecipe } from './types';

/**
 * The `recipes` table: the background answers the content script from it, the teach page saves into it
 * (through 'recipes/save'), the dashboard lists, renames, deletes, exports and imports. Every recipe is
 * checked before it is written; a row that no longer passes (written by hand, an older version) is
 * passed over rather than handed to a page.
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

/** The recipes for one address, newest first: the teacher's latest teaching wins. */
export async function recipesForUrl(db: InsynDatabase, url: string): Promise<PageRecipe[]> {
  return (await listRecipes(db))
    .map(({ recipe }) => recipe)
    .filter((recipe) => addressMatches(recipe.match, url))
    .slice(0, MAX_RECIPES_PER_PAGE);
}

const toRow = (recipe: PageRecipe, created: number): RecipeRecord => ({ id: recipe.id, name: recipe.name, recipe, created });

export async function saveRecipe(db: InsynDatabase, recipe: PageRecipe, now: number): Promise<void> {
  await db.recipes.put(toRow(recipe, now));
}

export type RecipeChange = { ok: true } | { ok: false; problem: string };

export async function renameRecipe(db: InsynDatabase, id: string, name: string): Promise<RecipeChange> {
  return db.transaction('rw', db.recipes, async () => {
    const row = await db.recipes.get(id);
    if (!row) return { ok: true };
    const check = checkRecipe({ ...(row.recipe as object), name });
    if (!check.ok) return check;
    await db.recipes.put(toRow(check.recipe, row.created));
    return { ok: true };
  });
}

export async function deleteRecipe(db: InsynDatabase, id: string): Promise<void> {
  await db.recipes.delete(id);
}

/** Recipes from a checked file, all in one transaction: either every one is stored or none. */
export async function importRecipes(db: InsynDatabase, recipes: readonly PageRecipe[], now: number): Promise<number> {
  await db.transaction('rw', db.recipes, () => db.recipes.bulkPut(recipes.map((recipe) => toRow(recipe, now))));
  return recipes.length;
}

/** How many of a file's recipes would replace ones already stored (same id): shown before importing. */
export async function replacedBy(db: InsynDatabase, recipes: readonly PageRecipe[]): Promise<number> {
  const found = await db.recipes.bulkGet(recipes.map((recipe) => recipe.id));
  return found.filter(Boolean).length;
}
