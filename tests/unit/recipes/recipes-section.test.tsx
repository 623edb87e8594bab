import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { RecipesSection } from '@/components/dashboard/sections/RecipesSection';
import { setLanguage } from '@/utils/i18n';
import { recipeFileText } from '@/utils/recipes/check';
import { listRecipes } from '@/utils/recipes/store';
import { saveRecipe } from '@/utils/store/recipes';
import { createDashboardApi } from '@/entrypoints/dashboard/api';
import { freshDb } from '../db/test-db';
import { sampleRecipe } from './sample';

afterEach(cleanup);
setLanguage('sv');

function setup(db = freshDb()) {
  const announce = vi.fn();
  const fail = vi.fn();
  render(<RecipesSection api={createDashboardApi(db)} announce={announce} fail={fail} />);
  return { db, announce, fail };
}

const chooseFile = (text: string) => {
  const input = screen.getByLabelText('Importera recept från fil') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File([text], 'recept.json', { type: 'application/json' })] } });
};

describe('Sidrecept in the dashboard', () => {
  it('lists recipes with where they apply and what they read; renames and deletes', async () => {
    const db = freshDb();
    await saveRecipe(db, sampleRecipe(), 1);
    const { announce } = setup(db);
    const row = await screen.findByRole('row', { name: /Lägesbedömning/ });
    expect(row.textContent).toContain('skola.infomentor.se/Assessment/#/lagesbedomning/*');
    expect(row.textContent).toContain('Deltagare → Lägesbedömning');

    fireEvent.click(within(row).getByRole('button', { name: 'Byt namn: Lägesbedömning' }));
    const dialog = screen.getByRole('dialog');
    fireEvent.input(within(dialog).getByLabelText('Namn'), { target: { value: '<i>' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Spara namnet' }));
    expect((await within(dialog).findByRole('alert')).textContent).toMatch(/tecken/);
    fireEvent.input(within(dialog).getByLabelText('Namn'), { target: { value: 'Läge 8B' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Spara namnet' }));
    await screen.findByRole('row', { name: /Läge 8B/ });
    expect(announce).toHaveBeenLastCalledWith({ message: 'Receptet heter nu ”Läge 8B”.' });

    fireEvent.click(screen.getByRole('button', { name: 'Ta bort: Läge 8B' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: /Ta bort/ }));
    await screen.findByText('Inga sidrecept ännu.');
    expect(await listRecipes(db)).toEqual([]);
  });

  it('imports after a preview, all at once', async () => {
    const db = freshDb();
    await saveRecipe(db, sampleRecipe(), 1);
    const { announce } = setup(db);
    await screen.findByRole('row', { name: /Lägesbedömning/ });
    chooseFile(
      recipeFileText([
        sampleRecipe({ name: 'Från rektor' }),
        sampleRecipe({ id: 'r-betyg', name: 'Betyg 9', kind: 'grades', columns: { pupil: 'Namn', grade: 'Slutbetyg' } }),
      ]),
    );
    const preview = await screen.findByRole('region', { name: 'Importera recept från fil' });
    expect(preview.textContent).toMatch(/2 recept, varav 1 ersätter/);
    expect(await db.recipes.count()).toBe(1);
    fireEvent.click(within(preview).getByRole('button', { name: 'Importera' }));
    await screen.findByRole('row', { name: /Betyg 9/ });
    expect((await listRecipes(db)).map((r) => r.recipe.name).sort()).toEqual(['Betyg 9', 'Från rektor']);
    expect(announce).toHaveBeenLastCalledWith({ message: '2 recept importerade.' });
  });

  it('rejects a file with one bad recipe: says which, imports nothing', async () => {
    const db = freshDb();
    const { announce } = setup(db);
    await screen.findByText('Inga sidrecept ännu.');
    chooseFile(
      recipeFileText([sampleRecipe(), { ...sampleRecipe({ id: 'r-2' }), match: { host: 'skola.infomentor.se', path: '(a+)+$' } } as never]),
    );
    await waitFor(() => expect(announce).toHaveBeenCalled());
    expect(announce.mock.calls[0]?.[0]).toEqual({
      message: expect.stringMatching(/^Recept 2 i filen: Adressmönster .* Inget har importerats\.$/),
      error: true,
    });
    expect(screen.queryByRole('region', { name: 'Importera recept från fil' })).toBeNull();
    expect(await db.recipes.count()).toBe(0);
  });
});
