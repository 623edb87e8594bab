import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { answerTeach, readTeachRequest } from '@/utils/content/teach-bridge';
import { askTeach, TeachAnswerError, teachAnswerSchemas, teachRequestSchemas, type TeachType } from '@/utils/messaging/teach-protocol';
import { sampleRecipe } from '../recipes/sample';

/**
 * The teach channel in both directions: the teach window sends only requests the schemas accept and
 * takes only answers they accept; the content script answers only requests its zod-free guard accepts,
 * which agrees with the schemas.
 */
const TYPES = Object.keys(teachRequestSchemas) as TeachType[];
const outline = vi.fn();
const reread = vi.fn();

beforeEach(() => {
  const parsed = new DOMParser().parseFromString(readFileSync('tests/fixtures/teach/okand-sida.html', 'utf8'), 'text/html');
  document.body.replaceWith(document.importNode(parsed.body, true));
  outline.mockReset();
  reread.mockReset();
});

describe('the content script refuses a malformed teach request', () => {
  it.each<[string, unknown]>([
    ['no envelope', { type: 'teach/tables' }],
    ['envelope version 2', { insyn: 2, type: 'teach/tables' }],
    ['an unknown type', { insyn: 1, type: 'teach/erase' }],
    ['an inherited name as type', { insyn: 1, type: 'toString' }],
    ['a table number as text', { insyn: 1, type: 'teach/highlight', index: '1' }],
    ['a negative table number', { insyn: 1, type: 'teach/highlight', index: -1 }],
    ['a fractional table number', { insyn: 1, type: 'teach/highlight', index: 0.5 }],
    ['a missing table number', { insyn: 1, type: 'teach/highlight' }],
    ['a recipe that is a list', { insyn: 1, type: 'teach/preview', recipe: [] }],
    ['a recipe that is text', { insyn: 1, type: 'teach/preview', recipe: '{"id":"x"}' }],
    ['a field the request does not have', { insyn: 1, type: 'teach/reread', also: 'erase' }],
    ['an array', [1, 'teach/tables']],
    ['nothing', null],
  ])('%s: no answer and nothing done', (_label, message) => {
    expect(readTeachRequest(message)).toBeUndefined();
    expect(answerTeach(message, { document, outline, reread })).toBeUndefined();
    expect(outline).not.toHaveBeenCalled();
    expect(reread).not.toHaveBeenCalled();
  });

  it('agrees with the schemas: what the teach window may send is answered, and nothing else is (recipes aside)', () => {
    const field = fc.oneof(
      fc.constant(undefined),
      fc.integer({ min: -5, max: 1005 }),
      fc.constant(null),
      fc.double(),
      fc.string(),
      fc.constant(sampleRecipe()),
      fc.anything(),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...TYPES),
        fc.constantFrom(1, 2),
        field,
        fc.constantFrom('index', 'recipe', 'extra'),
        fc.boolean(),
        (type, insyn, value, key, withField) => {
          const message: Record<string, unknown> = { insyn, type };
          if (withField) message[key] = value;
          const guarded = readTeachRequest(message) !== undefined;
          const schema = teachRequestSchemas[type].safeParse(message).success;
          // The guard takes any object as a previewed recipe: the teach window checked it, and a recipe only reads.
          if (type === 'teach/preview') expect(guarded || !schema).toBe(true);
          else expect(guarded).toBe(schema);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('the teach window', () => {
  it('sends nothing the schemas refuse', async () => {
    const post = vi.fn(async () => ({ shown: true }));
    await expect(askTeach({ type: 'teach/highlight', index: -1 }, post)).rejects.toThrow();
    expect(post).not.toHaveBeenCalled();
  });

  it('refuses an answer that is not the one its request has', async () => {
    await expect(askTeach({ type: 'teach/highlight', index: 1 }, async () => ({ shown: 'yes' }))).rejects.toThrow(TeachAnswerError);
    await expect(askTeach({ type: 'teach/highlight', index: 1 }, async () => ({ shown: 'yes' }))).rejects.toThrow(/not understood/);
    const forged = { url: 'https://skola.infomentor.se/', title: 'x', headings: [], tables: [{ index: -1, headers: [], rows: 0 }] };
    await expect(askTeach({ type: 'teach/tables' }, async () => forged)).rejects.toThrow(TeachAnswerError);
    // No answer yet (a content script still starting) is not a malformed one: the window may ask again.
    const none = askTeach({ type: 'teach/tables' }, async () => undefined);
    await expect(none).rejects.toThrow(/no answer/);
    await expect(none).rejects.not.toThrow(TeachAnswerError);
    await expect(askTeach({ type: 'teach/reread' }, async () => ({ reread: true }))).resolves.toEqual({ reread: true });
  });

  it('understands every answer the content script gives', async () => {
    const post = async (message: unknown) => answerTeach(message, { document, outline, reread });
    const tables = await askTeach({ type: 'teach/tables' }, post);
    expect(tables.tables.length).toBeGreaterThan(0);
    await expect(askTeach({ type: 'teach/highlight', index: 0 }, post)).resolves.toEqual({ shown: true });
    await expect(askTeach({ type: 'teach/preview', recipe: sampleRecipe() }, post)).resolves.toMatchObject({ status: expect.any(String) });
    expect(teachAnswerSchemas['teach/reread'].safeParse(await post({ insyn: 1, type: 'teach/reread' })).success).toBe(true);
  });
});
