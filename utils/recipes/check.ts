import type { z } from 'zod';
import { checkJsonShape } from '../text/json-shape';
import { t } from '../i18n';
import { RECIPE_LIMITS as L } from './limits';
import { RecipeSchema } from './schema';
import type { PageRecipe } from './types';

/**
 * Checks recipes from the teach page and from files: shape (no prototype keys, shallow), size, then the
 * schema. Every failure is one sentence naming the field, in the teacher's language.
 */
export type RecipeCheck = { ok: true; recipe: PageRecipe } | { ok: false; problem: string };

/** One recipe, already parsed from JSON (or built by the teach page). */
export function checkRecipe(value: unknown): RecipeCheck {
  const shape = checkJsonShape(value, 4);
  if (shape)
    return {
      ok: false,
      problem: shape.code === 'forbiddenKey' ? t('recipeErrorForbidden', { field: shape.path }) : t('recipeErrorTooDeep'),
    };
  let bytes: number;
  try {
    bytes = JSON.stringify(value)?.length ?? 0;
  } catch {
    return { ok: false, problem: t('recipeErrorNotRecipe') };
  }
  if (bytes > L.recipeBytes) return { ok: false, problem: t('recipeErrorTooLarge', { max: L.recipeBytes }) };
  const parsed = RecipeSchema.safeParse(value);
  if (parsed.success) return { ok: true, recipe: parsed.data as PageRecipe };
  return { ok: false, problem: describe(parsed.error.issues[0]) };
}

export type RecipeFileCheck = { ok: true; recipes: PageRecipe[] } | { ok: false; problem: string };

/**
 * A file of recipes (`{insynRecipes: 1, recipes: [...]}`, or one recipe on its own). All or nothing:
 * one bad recipe rejects the file and says which.
 */
export function checkRecipeFile(text: string): RecipeFileCheck {
  if (text.length > L.fileBytes) return { ok: false, problem: t('recipeErrorFileTooLarge', { max: Math.round(L.fileBytes / 1000) }) };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: t('recipeErrorNotJson') };
  }
  const list =
    isRecord(json) && json.insynRecipes === 1 && Array.isArray(json.recipes)
      ? json.recipes
      : isRecord(json) && 'version' in json
        ? [json]
        : undefined;
  if (!list) return { ok: false, problem: t('recipeErrorNotRecipeFile') };
  if (list.length === 0) return { ok: false, problem: t('recipeErrorEmptyFile') };
  if (list.length > L.fileRecipes) return { ok: false, problem: t('recipeErrorTooMany', { max: L.fileRecipes }) };
  const recipes: PageRecipe[] = [];
  const ids = new Set<string>();
  for (const [index, item] of list.entries()) {
    const check = checkRecipe(item);
    if (!check.ok) return { ok: false, problem: t('recipeErrorInFile', { number: index + 1, problem: check.problem }) };
    if (ids.has(check.recipe.id))
      return { ok: false, problem: t('recipeErrorInFile', { number: index + 1, problem: t('recipeErrorDuplicate') }) };
    ids.add(check.recipe.id);
    recipes.push(check.recipe);
  }
  return { ok: true, recipes };
}

/** The file a principal hands to teachers. */
export function recipeFileText(recipes: readonly PageRecipe[]): string {
  return `${JSON.stringify({ insynRecipes: 1, recipes }, null, 2)}\n`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const FIELD_NAMES: Record<string, Parameters<typeof t>[0]> = {
  name: 'recipeFieldName',
  host: 'recipeFieldHost',
  path: 'recipeFieldPath',
  heading: 'recipeFieldHeading',
  subject: 'recipeFieldSubject',
  term: 'recipeFieldTerm',
  kind: 'recipeFieldKind',
  id: 'recipeFieldId',
  version: 'recipeFieldVersion',
};

/** The first problem, as a sentence naming the field the teacher would recognise. */
function describe(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return t('recipeErrorNotRecipe');
  if (issue.code === 'custom')
    return issue.message === 'pupil'
      ? t('recipeErrorNoPupil')
      : issue.message === 'subject'
        ? t('recipeErrorNoSubject')
        : t('recipeErrorNoAssessment');
  if (issue.code === 'unrecognized_keys') return t('recipeErrorUnknownField', { field: issue.keys.slice(0, 3).join(', ').slice(0, 80) });
  const last = issue.path.at(-1);
  const inColumns = issue.path[0] === 'columns';
  const field = inColumns
    ? t('recipeFieldColumn')
    : typeof last === 'string' && FIELD_NAMES[last]
      ? t(FIELD_NAMES[last])
      : String(last ?? '');
  if (issue.code === 'too_big') return t('recipeErrorTooLong', { field, max: Number(issue.maximum) });
  if (issue.code === 'too_small') return t('recipeErrorMissing', { field });
  if (
    issue.code === 'invalid_format' &&
    (issue as { format?: string }).format === 'regex' &&
    !['host', 'path', 'term', 'id'].includes(String(last))
  )
    return t('recipeErrorMarkup', { field });
  if (issue.code === 'invalid_type' && issue.input === undefined) return t('recipeErrorMissing', { field });
  return t('recipeErrorBadValue', { field });
}
