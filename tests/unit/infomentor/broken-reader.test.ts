import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FIXTURE_URL as RECIPE_URL, sampleRecipe, unknownPage } from '../recipes/sample';
import { FIXTURE_URL, parseHtml } from './contract';

/**
 * A bug in a reader must not look like a page Insyn does not know. The group-assessment reader and the
 * recogniser are broken on purpose; the real readPage and readWithRecipes must say which step failed.
 */
const broken = vi.hoisted(() => ({ reader: false, recogniser: false }));
vi.mock('@/utils/infomentor/pages/group-assessment', async (original) => {
  const real = await original<typeof import('@/utils/infomentor/pages/group-assessment')>();
  const readGroupAssessment = (...args: Parameters<typeof real.readGroupAssessment>) => {
    // The message quotes the page, as a real bug's might: it must not travel.
    if (broken.reader) throw new TypeError('cannot read "Andersson, Alva"');
    return real.readGroupAssessment(...args);
  };
  // The registry reads through the kind's definition, so its reader is the one broken.
  return { ...real, readGroupAssessment, groupAssessment: { ...real.groupAssessment, read: readGroupAssessment } };
});
vi.mock('@/utils/infomentor/recognise', async (original) => {
  const real = await original<typeof import('@/utils/infomentor/recognise')>();
  return {
    ...real,
    recognise: (...args: Parameters<typeof real.recognise>) => {
      if (broken.recogniser) throw new RangeError('bad row');
      return real.recognise(...args);
    },
  };
});

const { readPage } = await import('@/utils/infomentor/analyse');
const { applyRecipe, readWithRecipes } = await import('@/utils/recipes/apply');
const page = (path: string) => parseHtml(readFileSync(`tests/fixtures/${path}.html`, 'utf8'));
const FIVE_A = 'infomentor/kunskapssammanstallning-5a-matematik';

beforeEach(() => {
  broken.reader = false;
  broken.recogniser = false;
});

describe('a reader that fails', () => {
  it('reads the page when nothing is broken (so the failures below are the break, not the page)', () => {
    const read = readPage(page(FIVE_A), FIXTURE_URL);
    expect(read.analysis.kind).toBe('group-assessment');
    expect(read.failure).toBeUndefined();
  });

  it('is a failure naming the reader and the error kind, not an unknown page', () => {
    broken.reader = true;
    const read = readPage(page(FIVE_A), FIXTURE_URL);
    expect(read.failure).toEqual({ cause: 'read group-assessment: TypeError' });
    expect(read.analysis.pupils).toEqual([]);
    expect(JSON.stringify(read.failure)).not.toContain('Andersson');
  });

  it('names the recogniser when that is what broke', () => {
    broken.recogniser = true;
    expect(readPage(page(FIVE_A), FIXTURE_URL).failure).toEqual({ cause: 'recognise: RangeError' });
  });

  it('reaches the content script through readWithRecipes too', () => {
    broken.reader = true;
    expect(readWithRecipes(page(FIVE_A), FIXTURE_URL, []).failure).toEqual({ cause: 'read group-assessment: TypeError' });
  });

  it("in a teacher's recipe is a failure of that recipe, and the page's when no built-in reader knows it", () => {
    broken.reader = true;
    expect(applyRecipe(unknownPage(), RECIPE_URL, sampleRecipe())).toEqual({
      status: 'failed',
      failure: { cause: 'recipe read group-assessment: TypeError' },
    });
    const read = readWithRecipes(unknownPage(), RECIPE_URL, [sampleRecipe()]);
    expect(read.failure).toEqual({ cause: 'recipe read group-assessment: TypeError' });
    expect(read.recipe?.status).toBe('stale');
  });

  it('leaves a page Insyn does not know as unknown, without a failure', () => {
    const read = readPage(page('infomentor/startsida'), FIXTURE_URL);
    expect(read.analysis.kind).toBe('unknown');
    expect(read.failure).toBeUndefined();
  });
});
