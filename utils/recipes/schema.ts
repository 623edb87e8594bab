import { z } from 'zod';
import { RECIPE_LIMITS as L } from './limits';
import { RECIPE_COLUMNS, RECIPE_KINDS } from './types';

/**
 * The shape of a page recipe, checked where recipes enter Insyn (the 'recipes/save' message, imports).
 * Only the background and extension pages import this (it needs zod); the content script trusts what
 * the background hands it. `check.ts` turns failures into one clear sentence for the teacher.
 */

// Texts are shown and compared, never inserted as markup; angle brackets and control characters still
// have no business in a header or a name, and refusing them makes a tampered file obvious.
const PLAIN = /^[^<>\u0000-\u001f\u007f]*$/;
const plain = (max: number) => z.string().trim().min(1).max(max).regex(PLAIN);

const HOST = /^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/;
/** A path glob: starts at the root or with a wildcard, no white space, no markup. */
const PATH = /^[/*][^\s<>"'`\\]*$/;
const TERM = /^(Ht|Vt) \d{4}$/;

const ColumnsSchema = z.strictObject(
  Object.fromEntries(RECIPE_COLUMNS.map((column) => [column, plain(L.header).optional()])) as Record<
    (typeof RECIPE_COLUMNS)[number],
    z.ZodOptional<ReturnType<typeof plain>>
  >,
);

export const RecipeSchema = z
  .strictObject({
    version: z.literal(1),
    id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
    name: plain(L.name),
    match: z.strictObject({
      host: z.string().trim().toLowerCase().max(L.host).regex(HOST),
      path: z.string().trim().min(1).max(L.path).regex(PATH),
      heading: plain(L.heading).optional(),
    }),
    kind: z.enum(RECIPE_KINDS),
    columns: ColumnsSchema,
    subject: plain(L.subject).optional(),
    term: z.string().regex(TERM).optional(),
  })
  .refine((recipe) => recipe.kind === 'pupil-assessment' || recipe.columns.pupil !== undefined, { message: 'pupil' })
  .refine((recipe) => (recipe.kind === 'pupil-assessment' ? recipe.columns.subject : 'subject') !== undefined, { message: 'subject' })
  .refine((recipe) => assessmentColumn(recipe) !== undefined, { message: 'assessmentColumn' });

/** The column a recipe reads knowledge from, whichever its kind. */
function assessmentColumn({
  kind,
  columns,
}: {
  kind: (typeof RECIPE_KINDS)[number];
  columns: Partial<Record<(typeof RECIPE_COLUMNS)[number], string>>;
}): string | undefined {
  if (kind === 'grades') return columns.grade;
  return kind === 'pupil-assessment' ? (columns.notReached ?? columns.level) : columns.level;
}
