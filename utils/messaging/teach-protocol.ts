import { z } from 'zod';
import { AtRiskSchema, PageContextSchema, PageKindSchema } from '../infomentor/analysis';
import { RecipeSchema } from '../recipes/schema';
import type { PageRecipe } from '../recipes/types';

/**
 * The teach channel: the teach window (an Insyn page) asks the content script of one InfoMentor tab
 * about its tables, through tabs.sendMessage, in the same envelope as the background's requests
 * (`{insyn: 1, type, ...}`). The teach window checks each request before it leaves and each answer when
 * it arrives with these schemas; the content script, which carries no zod, checks requests with the
 * zod-free guard of utils/content/teach-bridge.ts, and a test keeps the two in step.
 */
const text = (max: number) => z.string().max(max);

export const teachRequestSchemas = {
  /** The page's address, title, headings and a sketch of each table. */
  'teach/tables': z.strictObject({ insyn: z.literal(1), type: z.literal('teach/tables') }),
  /** Outline table `index` on the page, or none. */
  'teach/highlight': z.strictObject({
    insyn: z.literal(1),
    type: z.literal('teach/highlight'),
    index: z.int().min(0).max(1000).nullable(),
  }),
  /** Read the page with this recipe, storing nothing. */
  'teach/preview': z.strictObject({ insyn: z.literal(1), type: z.literal('teach/preview'), recipe: RecipeSchema }),
  /** A recipe was saved: fetch this address's recipes again and read the page with them. */
  'teach/reread': z.strictObject({ insyn: z.literal(1), type: z.literal('teach/reread') }),
} as const;

export type TeachType = keyof typeof teachRequestSchemas;
type Requests = { [K in TeachType]: Omit<z.output<(typeof teachRequestSchemas)[K]>, 'insyn'> };
/** A request without its envelope; a previewed recipe is typed as recipes are (the schema's refinements make it one). */
export type TeachRequest = Requests[Exclude<TeachType, 'teach/preview'>] | { type: 'teach/preview'; recipe: PageRecipe };

const TableSketchSchema = z.object({
  index: z.int().min(0),
  headers: z.array(text(200)).max(100),
  rows: z.int().min(0),
  title: text(200).optional(),
});

export const teachAnswerSchemas = {
  'teach/tables': z.object({
    url: text(4096),
    title: text(200),
    headings: z.array(text(100_000)).max(10),
    tables: z.array(TableSketchSchema).max(100),
  }),
  'teach/highlight': z.object({ shown: z.boolean() }),
  'teach/preview': z.object({
    status: z.enum(['applied', 'stale', 'elsewhere']),
    missing: z.array(text(200)).max(100),
    kind: PageKindSchema,
    context: PageContextSchema,
    pupils: z.int().min(0),
    atRisk: z.array(AtRiskSchema).max(100),
  }),
  'teach/reread': z.object({ reread: z.literal(true) }),
} as const;

export type TeachAnswers = { [K in TeachType]: z.output<(typeof teachAnswerSchemas)[K]> };
export type TeachTables = TeachAnswers['teach/tables'];
export type TeachPreview = TeachAnswers['teach/preview'];

/**
 * The content script answered, but not as the channel says (a bug, or a page that reached into its world):
 * nothing of the answer is used, and asking again will not mend it, so the teacher is told at once.
 */
export class TeachAnswerError extends Error {}

/**
 * The teach window's side: a request checked before it is sent, its answer checked when it comes. No
 * answer at all (a content script not yet listening) is not a malformed one: it may come on a later try.
 */
export async function askTeach<K extends TeachType>(
  request: Extract<TeachRequest, { type: K }>,
  post: (message: unknown) => Promise<unknown>,
): Promise<TeachAnswers[K]> {
  const type = request.type as K;
  const message = teachRequestSchemas[type].parse({ insyn: 1, ...request });
  const raw = await post(message);
  if (raw === undefined) throw new Error(`the page gave no answer to ${type}`);
  const answer = teachAnswerSchemas[type].safeParse(raw);
  if (!answer.success) throw new TeachAnswerError(`the page's answer to ${type} is not understood`);
  return answer.data as TeachAnswers[K];
}
