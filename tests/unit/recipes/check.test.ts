import { beforeEach, describe, expect, it } from 'vitest';
import { setLanguage } from '@/utils/i18n';
import { RECIPE_LIMITS } from '@/utils/recipes/limits';
import { checkRecipe, checkRecipeFile, recipeFileText } from '@/utils/recipes/check';
import { sampleRecipe } from './sample';

beforeEach(() => setLanguage('sv'));

const problem = (value: unknown) => {
  const check = checkRecipe(value);
  expect(check.ok).toBe(false);
  return check.ok ? '' : check.problem;
};

describe('checkRecipe', () => {
  it('accepts a recipe and normalises its host', () => {
    const check = checkRecipe({ ...sampleRecipe(), match: { host: 'Skola.InfoMentor.se', path: '/Assessment/*' } });
    expect(check.ok && check.recipe.match.host).toBe('skola.infomentor.se');
  });

  it('names what is missing: the pupil column, the assessment column, the name', () => {
    expect(problem({ ...sampleRecipe(), columns: { level: 'Nivå' } })).toMatch(/elevkolumn/i);
    expect(problem({ ...sampleRecipe(), columns: { pupil: 'Deltagare' } })).toMatch(/bedömning/i);
    expect(problem({ ...sampleRecipe(), kind: 'grades' })).toMatch(/betyg/i);
    expect(problem({ ...sampleRecipe(), name: '   ' })).toMatch(/Namn/);
  });

  it('refuses markup, control characters and unknown fields', () => {
    expect(problem({ ...sampleRecipe(), name: '<img src=x onerror=alert(1)>' })).toMatch(/tecken/);
    expect(problem({ ...sampleRecipe(), columns: { pupil: 'Elev\u0000', level: 'Nivå' } })).toMatch(/tecken/);
    expect(problem({ ...sampleRecipe(), script: 'alert(1)' })).toMatch(/okänt fält/i);
  });

  it('refuses prototype keys anywhere, as parsed from JSON', () => {
    const hostile = JSON.parse(
      `{"version":1,"id":"x","name":"x","kind":"grades","match":{"host":"a.infomentor.se","path":"/*"},"columns":{"pupil":"Elev","grade":"Betyg","__proto__":{"polluted":true}}}`,
    );
    expect(problem(hostile)).toMatch(/__proto__/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(problem(JSON.parse('{"constructor":{"prototype":{}}}'))).toMatch(/constructor/);
  });

  it('refuses regular expressions and odd addresses: globs and host names only', () => {
    expect(problem({ ...sampleRecipe(), match: { host: 'skola.infomentor.se', path: '^/(a+)+$' } })).toMatch(/Adress/);
    expect(problem({ ...sampleRecipe(), match: { host: 'https://evil.example/', path: '/*' } })).toMatch(/Webbplats/);
  });

  it('refuses texts over their limits, and oversized recipes, saying the limit', () => {
    expect(problem({ ...sampleRecipe(), name: 'x'.repeat(RECIPE_LIMITS.name + 1) })).toContain(String(RECIPE_LIMITS.name));
    expect(problem({ ...sampleRecipe(), columns: { pupil: 'x'.repeat(RECIPE_LIMITS.header + 1), level: 'Nivå' } })).toContain(
      String(RECIPE_LIMITS.header),
    );
    const padded = {
      ...sampleRecipe(),
      columns: Object.fromEntries(['pupil', 'level', 'grade', 'status', 'comment', 'subject', 'term'].map((k) => [k, 'y'.repeat(119)])),
    };
    const big = {
      ...padded,
      name: 'n'.repeat(80),
      match: { host: 'skola.infomentor.se', path: `/${'p'.repeat(299)}`, heading: 'h'.repeat(120) },
      subject: 's'.repeat(80),
    };
    expect(JSON.stringify(big).length).toBeLessThan(RECIPE_LIMITS.recipeBytes);
    expect(checkRecipe(big).ok).toBe(true);
    expect(problem('x'.repeat(RECIPE_LIMITS.recipeBytes + 1))).toMatch(/för stort/);
  });

  it('refuses values that are not a recipe at all', () => {
    for (const value of [null, 42, 'recept', [], {}, { version: 2 }]) expect(problem(value)).not.toBe('');
    const deep: Record<string, unknown> = {};
    let at = deep;
    for (let i = 0; i < 50; i++) at = at.next = {} as Record<string, unknown>;
    expect(problem(deep)).toMatch(/nästlat/);
  });
});

describe('checkRecipeFile', () => {
  it('reads back what recipeFileText wrote, and a single recipe on its own', () => {
    const recipes = [
      sampleRecipe(),
      sampleRecipe({ id: 'r-2', name: 'Betyg 9A', kind: 'grades', columns: { pupil: 'Namn', grade: 'Slutbetyg' } }),
    ];
    const check = checkRecipeFile(recipeFileText(recipes));
    expect(check.ok && check.recipes).toEqual(recipes);
    expect(checkRecipeFile(JSON.stringify(sampleRecipe())).ok).toBe(true);
  });

  it('is all or nothing: one bad recipe rejects the file and says which', () => {
    const text = recipeFileText([sampleRecipe(), { ...sampleRecipe({ id: 'r-3' }), name: '<b>x</b>' } as never]);
    const check = checkRecipeFile(text);
    expect(check.ok).toBe(false);
    expect(!check.ok && check.problem).toMatch(/Recept 2/);
  });

  it('refuses duplicates, empty files, too many recipes, oversized and broken files', () => {
    expect(checkRecipeFile(recipeFileText([sampleRecipe(), sampleRecipe()]))).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/två gånger/),
    });
    expect(checkRecipeFile(recipeFileText([]))).toMatchObject({ ok: false });
    const many = Array.from({ length: RECIPE_LIMITS.fileRecipes + 1 }, (_, i) => sampleRecipe({ id: `r${i}` }));
    expect(checkRecipeFile(JSON.stringify({ insynRecipes: 1, recipes: many }))).toMatchObject({
      ok: false,
      problem: expect.stringContaining(String(RECIPE_LIMITS.fileRecipes)),
    });
    expect(checkRecipeFile(' '.repeat(RECIPE_LIMITS.fileBytes + 1))).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/för stor/),
    });
    expect(checkRecipeFile('{not json')).toMatchObject({ ok: false, problem: expect.stringMatching(/JSON/) });
    expect(checkRecipeFile('{"tables":{}}')).toMatchObject({ ok: false, problem: expect.stringMatching(/receptfil/) });
  });
});
