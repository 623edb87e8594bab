import type { InsynDatabase } from '../db/database';
import type { RecipeRecord } from '../db/records';
import { checkRecipe } from '../recipes/check';
import type { RecipeChange } from '../recipes/store';
import type { PageRecipe } from '../recipes/types';

/** Writes of the `recipes` table (its reads are in utils/recipes/store.ts). Every recipe is checked before it is written. */
const toRow = (recipe: PageRecipe, created: number): RecipeRecord => ({ id: recipe.id, name: recipe.name, recipe, created });

export async function saveRecipe(db: InsynDatabase, recipe: PageRecipe, now: number): Promise<void> {
  await db.recipes.put(toRow(recipe, now));
}

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
