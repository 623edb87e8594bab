import { describe, expect, it } from 'vitest';
import { contentSender, own, pageSender } from '../messaging/senders';
import { setLanguage } from '@/utils/i18n';
import { createHandlers } from '@/utils/background/handlers';
import { dispatch } from '@/utils/messaging/router';
import { checkRecipeFile, recipeFileText } from '@/utils/recipes/check';
import { listRecipes, recipesForUrl, replacedBy } from '@/utils/recipes/store';
import { deleteRecipe, importRecipes, renameRecipe, saveRecipe } from '@/utils/store/recipes';
import { freshDb } from '../db/test-db';
import { FIXTURE_URL, sampleRecipe } from './sample';

setLanguage('sv');

describe('recipes in the database', () => {
  it('answers a page with the recipes for its address, newest first', async () => {
    const db = freshDb();
    await saveRecipe(db, sampleRecipe({ id: 'old' }), 1);
    await saveRecipe(db, sampleRecipe({ id: 'new' }), 2);
    await saveRecipe(db, sampleRecipe({ id: 'grades', match: { host: 'skola.infomentor.se', path: '/Grades/*' } }), 3);
    expect((await recipesForUrl(db, FIXTURE_URL)).map((r) => r.id)).toEqual(['new', 'old']);
    expect(await recipesForUrl(db, 'https://skola.infomentor.se/Start/')).toEqual([]);
  });

  it('adds the school’s recipes after the teacher’s, and hers win on the same id', async () => {
    const db = freshDb();
    await saveRecipe(db, sampleRecipe({ id: 'shared', name: 'Mitt recept' }), 1);
    const school = [sampleRecipe({ id: 'shared', name: 'Skolans recept' }), sampleRecipe({ id: 'school-only' })];
    const found = await recipesForUrl(db, FIXTURE_URL, school);
    expect(found.map((r) => [r.id, r.name])).toEqual([
      ['shared', 'Mitt recept'],
      ['school-only', sampleRecipe().name],
    ]);
  });

  it('passes over a stored row that is not a valid recipe instead of handing it to a page', async () => {
    const db = freshDb();
    await db.recipes.put({ id: 'bad', name: 'x', recipe: { version: 1, match: { host: 'skola.infomentor.se', path: '/*' } }, created: 1 });
    await saveRecipe(db, sampleRecipe(), 2);
    expect((await recipesForUrl(db, FIXTURE_URL)).map((r) => r.id)).toEqual(['r-lage-8b']);
  });

  it('renames only to a valid name, and deletes', async () => {
    const db = freshDb();
    await saveRecipe(db, sampleRecipe(), 1);
    expect(await renameRecipe(db, 'r-lage-8b', '<script>')).toMatchObject({ ok: false });
    expect(await renameRecipe(db, 'r-lage-8b', 'Läge 8B')).toEqual({ ok: true });
    expect((await listRecipes(db))[0]?.recipe.name).toBe('Läge 8B');
    await deleteRecipe(db, 'r-lage-8b');
    expect(await listRecipes(db)).toEqual([]);
  });

  it('imports a whole file or nothing, and says how many it replaces', async () => {
    const db = freshDb();
    await saveRecipe(db, sampleRecipe(), 1);
    const good = checkRecipeFile(recipeFileText([sampleRecipe({ name: 'Från rektor' }), sampleRecipe({ id: 'r-2' })]));
    if (!good.ok) throw new Error(good.problem);
    expect(await replacedBy(db, good.recipes)).toBe(1);
    expect(await importRecipes(db, good.recipes, 5)).toBe(2);
    expect((await listRecipes(db)).map((r) => r.recipe.name).sort()).toEqual(['Från rektor', 'Lägesbedömning']);

    const bad = checkRecipeFile(recipeFileText([sampleRecipe({ id: 'r-3' }), { ...sampleRecipe({ id: 'r-4' }), columns: {} } as never]));
    expect(bad.ok).toBe(false);
    expect(await db.recipes.count()).toBe(2);

    // A write that fails half-way leaves the table as it was.
    const before = await db.recipes.toArray();
    const hostile = [sampleRecipe({ id: 'r-5' }), { ...sampleRecipe({ id: 'r-6' }), id: undefined } as never];
    await expect(importRecipes(db, hostile, 6)).rejects.toThrow();
    expect(await db.recipes.toArray()).toEqual(before);
  });
});

describe('recipe messages', () => {
  const teachPage = pageSender('own');
  it('saves only what the recipe schema accepts, and answers the page with it', async () => {
    const db = freshDb();
    const handlers = createHandlers(db, () => 10);
    const bad = await dispatch(
      handlers,
      { insyn: 1, type: 'recipes/save', payload: { recipe: { ...sampleRecipe(), name: '<b>x</b>' } } },
      teachPage,
      own('own'),
    );
    expect(bad.ok).toBe(false);
    expect(await db.recipes.count()).toBe(0);
    expect(
      await dispatch(handlers, { insyn: 1, type: 'recipes/save', payload: { recipe: sampleRecipe() } }, teachPage, own('own')),
    ).toEqual({ ok: true, value: { id: 'r-lage-8b' } });
    const answer = await dispatch(
      handlers,
      { insyn: 1, type: 'recipes/for-page', payload: { url: FIXTURE_URL } },
      contentSender('own', 7, FIXTURE_URL),
      own('own'),
    );
    expect(answer).toEqual({ ok: true, value: [sampleRecipe()] });
  });
});
