import { describe, expect, it } from 'vitest';
import { analysePage } from '@/utils/infomentor/analyse';
import { applyRecipe } from '@/utils/recipes/apply';
import { checkRecipe } from '@/utils/recipes/check';
import { recipeFromDraft } from '@/utils/recipes/draft';
import type { PageRecipe } from '@/utils/recipes/types';

/** A recipe for one pupil's page: the teacher picks the subject column and the level columns. */

const URL = 'https://hub.infomentor.se/#/assessmentv2/summaryAssessment';
// Headings the vocabulary does not know (a renamed view): the built-in readers leave the page alone.
const page = () =>
  new DOMParser().parseFromString(
    `<html><body><header><span>Berg, Alva</span></header><h1>Översikt</h1>
     <table><tr><th>Område</th><th>Stöd behövs</th><th>På väg</th><th>Långt fram</th></tr>
     <tr><td>Matematik</td><td><span></span></td><td><span style="display:none"></span></td><td></td></tr>
     <tr><td>Svenska</td><td><span style="display:none"></span></td><td><span></span></td><td></td></tr>
     <tr><td>Bild</td><td></td><td></td><td></td></tr></table></body></html>`,
    'text/html',
  );
const recipe: PageRecipe = {
  version: 1,
  id: 'r-hub',
  name: 'Översikt',
  match: { host: 'hub.infomentor.se', path: '/*' },
  kind: 'pupil-assessment',
  columns: { subject: 'Område', notReached: 'Stöd behövs', reached: 'På väg', exceeding: 'Långt fram' },
};

describe('a one-pupil recipe', () => {
  it('reads the page the built-in readers do not know: the page pupil, a subject per row, marks by column', () => {
    expect(analysePage(page(), URL).kind).toBe('unknown');
    const outcome = applyRecipe(page(), URL, recipe);
    expect(outcome.status).toBe('applied');
    if (outcome.status !== 'applied') return;
    const { analysis } = outcome.read;
    expect(analysis.kind).toBe('pupil-assessment');
    expect(analysis.pupils).toEqual([{ name: 'Berg, Alva' }]);
    expect(analysis.atRisk.map((risk) => [risk.pupil, risk.subject, risk.source])).toEqual([['Berg, Alva', 'Matematik', 'recipe']]);
    expect(analysis.documents.map((d) => [d.subject, d.status])).toEqual([
      ['Matematik', 'complete'],
      ['Svenska', 'complete'],
      ['Bild', 'in-progress'],
    ]);
  });

  it('passes the recipe check, and needs the subject and the not-reached column', () => {
    expect(checkRecipe(recipe).ok).toBe(true);
    expect(checkRecipe({ ...recipe, columns: { notReached: 'Stöd behövs' } })).toMatchObject({
      ok: false,
      problem: 'Receptet saknar ämneskolumn.',
    });
    expect(checkRecipe({ ...recipe, columns: { subject: 'Område' } }).ok).toBe(false);
    expect(checkRecipe({ ...recipe, kind: 'group-assessment', columns: { level: 'Stöd behövs' } })).toMatchObject({
      ok: false,
      problem: 'Receptet saknar elevkolumn.',
    });
  });

  it('is what the teach page makes of the teacher’s choices', () => {
    const draft = {
      id: 'r-hub',
      name: 'Översikt',
      match: recipe.match,
      kind: 'pupil-assessment' as const,
      columns: recipe.columns,
      subject: '',
      term: '',
    };
    expect(recipeFromDraft(draft)).toEqual({ ok: true, recipe });
    expect(recipeFromDraft({ ...draft, columns: { subject: 'Område' } })).toEqual({ ok: false, problem: 'columns' });
  });
});
