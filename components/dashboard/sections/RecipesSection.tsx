import { useRef, useState } from 'preact/hooks';
import type { NoticeState } from '@/components/common/Notice';
import { RecipeList } from '@/components/teach/RecipeList';
import type { DashboardApi } from '../api';
import { isoDate } from '@/utils/domain/dates';
import { downloadFile } from '@/utils/export/download';
import { t, tCount } from '@/utils/i18n';
import { checkRecipeFile, recipeFileText } from '@/utils/recipes/check';
import type { StoredRecipe } from '@/utils/recipes/store';
import type { PageRecipe } from '@/utils/recipes/types';
import { useAsync } from '@/utils/ui/use-async';
import { AsyncError, Loading } from './status';

/** "Sidrecept": the teacher's recipes, with the changes the list asks for. */
export function RecipesSection({
  api,
  announce,
  fail,
}: {
  api: DashboardApi;
  announce(notice: NoticeState): void;
  fail(error: unknown): void;
}) {
  const [version, setVersion] = useState(0);
  const [pending, setPending] = useState<{ recipes: PageRecipe[]; replacing: number }>();
  const recipes = useAsync(() => api.listRecipes(), [version]);
  const changed = () => setVersion((v) => v + 1);

  // The last list stays on screen while a changed one loads, so confirmations and focus stay put.
  const last = useRef<StoredRecipe[] | undefined>(undefined);
  if (recipes.status === 'done') last.current = recipes.value;
  if (recipes.status === 'error') return <AsyncError message={recipes.message} />;
  const shown = last.current;
  if (!shown) return <Loading />;
  return (
    <RecipeList
      recipes={shown}
      pending={pending}
      onRename={async (id, name) => {
        const result = await api.renameRecipe(id, name);
        if (!result.ok) return result.problem;
        changed();
        announce({ message: t('recipeRenamed', { name: name.trim() }) });
        return undefined;
      }}
      onDelete={(recipe) =>
        void api.deleteRecipe(recipe.id).then(() => {
          changed();
          announce({ message: t('recipeDeleted', { name: recipe.name }) });
        }, fail)
      }
      onExport={() => {
        const list = shown.map((stored) => stored.recipe);
        downloadFile({ name: `insyn-sidrecept-${isoDate(Date.now())}.json`, type: 'application/json', content: recipeFileText(list) });
        announce({ message: tCount('recipeExported', list.length) });
      }}
      onChooseFile={(file) =>
        void file.text().then(async (text) => {
          setPending(undefined);
          const check = checkRecipeFile(text);
          if (!check.ok) return announce({ message: check.problem, error: true });
          setPending({ recipes: check.recipes, replacing: await api.recipesReplaced(check.recipes) });
        }, fail)
      }
      onImport={() => {
        if (!pending) return;
        void api.importRecipes(pending.recipes).then((count) => {
          setPending(undefined);
          changed();
          announce({ message: tCount('recipeImported', count) });
        }, fail);
      }}
      onCancelImport={() => setPending(undefined)}
    />
  );
}
