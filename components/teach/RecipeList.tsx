import { useState } from 'preact/hooks';
import { Dialog } from '@/components/common/Dialog';
import { formatNumber, t } from '@/utils/i18n';
import type { StoredRecipe } from '@/utils/recipes/store';
import type { PageRecipe } from '@/utils/recipes/types';

export interface RecipeListProps {
  recipes: readonly StoredRecipe[];
  /** A checked import file waiting for the principal's yes: its recipes and how many replace stored ones. */
  pending?: { recipes: readonly PageRecipe[]; replacing: number };
  onRename(id: string, name: string): Promise<string | undefined>;
  onDelete(recipe: PageRecipe): void;
  onExport(): void;
  onChooseFile(file: File): void;
  onImport(): void;
  onCancelImport(): void;
}

/**
 * The school's page recipes: what each reads and where, with rename, delete, export and import. The
 * list of recipes is data; every change goes through the callbacks.
 */
export function RecipeList({ recipes, pending, onRename, onDelete, onExport, onChooseFile, onImport, onCancelImport }: RecipeListProps) {
  const [renaming, setRenaming] = useState<PageRecipe>();
  const [deleting, setDeleting] = useState<PageRecipe>();

  return (
    <div class="recipes">
      <p>{t('recipeIntro')}</p>
      {recipes.length === 0 ? (
        <p data-recipes-empty>{t('recipeNone')}</p>
      ) : (
        <RecipeTable recipes={recipes} onRename={setRenaming} onDelete={setDeleting} />
      )}
      <div class="actions">
        <button type="button" disabled={recipes.length === 0} onClick={onExport}>
          {t('recipeExport')}
        </button>
        <label class="button">
          {t('recipeImport')}
          <input
            type="file"
            accept="application/json,.json"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) onChooseFile(file);
              e.currentTarget.value = '';
            }}
          />
        </label>
      </div>
      {pending && <ImportPreview pending={pending} onImport={onImport} onCancel={onCancelImport} />}
      {renaming && <RenameDialog recipe={renaming} onRename={onRename} onClose={() => setRenaming(undefined)} />}
      {deleting && (
        <Dialog
          title={t('recipeDelete')}
          confirmLabel={t('recipeDelete')}
          danger
          onCancel={() => setDeleting(undefined)}
          onConfirm={() => {
            onDelete(deleting);
            setDeleting(undefined);
          }}
        >
          <p>{t('recipeDeleteConfirm', { name: deleting.name })}</p>
        </Dialog>
      )}
    </div>
  );
}

function Address({ recipe }: { recipe: PageRecipe }) {
  return (
    <code>
      {recipe.match.host}
      {recipe.match.path}
    </code>
  );
}

function RecipeTable({
  recipes,
  onRename,
  onDelete,
}: {
  recipes: readonly StoredRecipe[];
  onRename(recipe: PageRecipe): void;
  onDelete(recipe: PageRecipe): void;
}) {
  return (
    <table>
      <caption class="sr-only">{t('recipeSectionTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('recipeColName')}</th>
          <th scope="col">{t('recipeColAddress')}</th>
          <th scope="col">{t('recipeColColumns')}</th>
          <th scope="col">{t('recipeColActions')}</th>
        </tr>
      </thead>
      <tbody>
        {recipes.map(({ recipe }) => (
          <tr key={recipe.id} data-recipe={recipe.id}>
            <th scope="row">{recipe.name}</th>
            <td>
              <Address recipe={recipe} />
              {recipe.match.heading && <div class="muted">{recipe.match.heading}</div>}
            </td>
            <td>
              {t('recipeReads', {
                pupil: recipe.columns.pupil ?? recipe.columns.subject ?? '',
                assessment: recipe.columns.level ?? recipe.columns.grade ?? recipe.columns.notReached ?? '',
              })}
            </td>
            <td class="actions">
              <button type="button" aria-label={`${t('recipeRename')}: ${recipe.name}`} onClick={() => onRename(recipe)}>
                {t('recipeRename')}
              </button>
              <button type="button" aria-label={`${t('recipeDelete')}: ${recipe.name}`} onClick={() => onDelete(recipe)}>
                {t('recipeDelete')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ImportPreview({
  pending,
  onImport,
  onCancel,
}: {
  pending: NonNullable<RecipeListProps['pending']>;
  onImport(): void;
  onCancel(): void;
}) {
  return (
    <section class="import-preview" aria-labelledby="recipe-import-title">
      <h3 id="recipe-import-title">{t('recipeImport')}</h3>
      <p>{t('recipeImportPreview', { count: formatNumber(pending.recipes.length), replacing: formatNumber(pending.replacing) })}</p>
      <ul>
        {pending.recipes.map((recipe) => (
          <li key={recipe.id}>
            {recipe.name} — <Address recipe={recipe} />
          </li>
        ))}
      </ul>
      <div class="actions">
        <button type="button" class="primary" onClick={onImport}>
          {t('recipeImportConfirm')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('recipeCancel')}
        </button>
      </div>
    </section>
  );
}

/** Renaming keeps the dialog open with the problem when the new name is refused. */
function RenameDialog({ recipe, onRename, onClose }: { recipe: PageRecipe; onRename: RecipeListProps['onRename']; onClose(): void }) {
  const [name, setName] = useState(recipe.name);
  const [problem, setProblem] = useState<string>();
  return (
    <Dialog
      title={t('recipeRenameLabel', { name: recipe.name })}
      confirmLabel={t('recipeRenameSave')}
      canConfirm={name.trim() !== ''}
      onCancel={onClose}
      onConfirm={async () => {
        const failed = await onRename(recipe.id, name);
        if (failed) setProblem(failed);
        else onClose();
      }}
    >
      <label>
        {t('recipeColName')}
        <input
          type="text"
          maxLength={80}
          value={name}
          aria-invalid={problem !== undefined}
          onInput={(e) => setName(e.currentTarget.value)}
        />
      </label>
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
    </Dialog>
  );
}
