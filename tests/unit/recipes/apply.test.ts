import { describe, expect, it } from 'vitest';
import { PageAnalysisSchema } from '@/utils/infomentor/analysis';
import { analysePage } from '@/utils/infomentor/analyse';
import { DEFAULT_RISK_RULES } from '@/utils/domain/risk-rules';
import { applyRecipe, readWithRecipes } from '@/utils/recipes/apply';
import { FIXTURE_URL, sampleRecipe, unknownPage } from './sample';
import { readFileSync } from 'node:fs';

const atRisk = (analysis: { atRisk: { pupil: string; subject: string }[] }) =>
  analysis.atRisk.map((risk) => `${risk.pupil} | ${risk.subject}`).sort();

describe('applyRecipe on the unknown page', () => {
  it('is unknown to the built-in readers', () => {
    expect(analysePage(unknownPage(), FIXTURE_URL).kind).toBe('unknown');
  });

  it('reads the pupils, context and risks through the built-in reader and judge', () => {
    const outcome = applyRecipe(unknownPage(), FIXTURE_URL, sampleRecipe());
    expect(outcome.status).toBe('applied');
    if (outcome.status !== 'applied') return;
    const { analysis } = outcome.read;
    expect(PageAnalysisSchema.parse(analysis)).toEqual(analysis);
    expect(analysis.kind).toBe('group-assessment');
    expect(analysis.context).toEqual({ group: '8B', subject: 'Matematik', term: 'Ht 2025' });
    expect(analysis.pupils).toHaveLength(7);
    // Berg and Falk: otillräckliga kunskaper; Dahl: a comment saying "riskerar att inte nå".
    expect(atRisk(analysis)).toEqual(['Berg, Elias | Matematik', 'Dahl, Hugo | Matematik', 'Falk, Jon | Matematik']);
    expect(analysis.atRisk.every((risk) => risk.source === 'recipe')).toBe(true);
    expect(analysis.documents.filter((d) => d.status === 'complete')).toHaveLength(6);
    // Badges go to the pupils' rows.
    expect(outcome.read.rowOf('Berg, Elias')?.textContent).toContain('Otillräckliga kunskaper');
  });

  it('follows the risk rules like the built-in readers', () => {
    const outcome = applyRecipe(unknownPage(), FIXTURE_URL, sampleRecipe(), { ...DEFAULT_RISK_RULES, commentPhrases: false });
    expect(outcome.status === 'applied' && atRisk(outcome.read.analysis)).toEqual(['Berg, Elias | Matematik', 'Falk, Jon | Matematik']);
  });

  it('uses the typed subject and term over what the page says', () => {
    const outcome = applyRecipe(unknownPage(), FIXTURE_URL, sampleRecipe({ subject: 'Fysik', term: 'Vt 2026' }));
    expect(outcome.status === 'applied' && outcome.read.analysis.context).toEqual({ group: '8B', subject: 'Fysik', term: 'Vt 2026' });
  });

  it('is for its address only', () => {
    expect(applyRecipe(unknownPage(), 'https://skola.infomentor.se/Grades/#/x', sampleRecipe()).status).toBe('elsewhere');
    expect(applyRecipe(unknownPage(), 'https://annan.infomentor.se/Assessment/#/lagesbedomning/group/1', sampleRecipe()).status).toBe(
      'elsewhere',
    );
    expect(
      applyRecipe(unknownPage(), FIXTURE_URL, sampleRecipe({ match: { host: '*.infomentor.se', path: '/Assessment/*' } })).status,
    ).toBe('applied');
  });
});

describe('a recipe that no longer fits', () => {
  const html = readFileSync('tests/fixtures/teach/okand-sida.html', 'utf8');

  it('says which header is gone when InfoMentor renames a column, and nothing throws', () => {
    const changed = unknownPage(html.replace('<th>Lägesbedömning</th>', '<th>Kunskapsläge</th>'));
    expect(applyRecipe(changed, FIXTURE_URL, sampleRecipe())).toEqual({
      status: 'stale',
      missing: ['Deltagare', 'Lägesbedömning', 'Lärarens notering'],
    });
    const read = readWithRecipes(changed, FIXTURE_URL, [sampleRecipe()]);
    expect(read.recipe).toEqual({ id: 'r-lage-8b', name: 'Lägesbedömning', status: 'stale' });
    expect(read.analysis.kind).toBe('unknown');
  });

  it('is stale when the heading it asks for is gone, or the table is empty', () => {
    expect(
      applyRecipe(
        unknownPage(html.replace('<h1>Lägesbedömning</h1>', '<h1>Översikt</h1>').replace('<title>Lägesbedömning', '<title>Översikt')),
        FIXTURE_URL,
        sampleRecipe(),
      ),
    ).toEqual({ status: 'stale', missing: ['Lägesbedömning'] });
    const empty = unknownPage(html.replace(/<tr data-row[^\n]*\n/g, ''));
    expect(applyRecipe(empty, FIXTURE_URL, sampleRecipe()).status).toBe('stale');
  });

  it('survives hostile pages: no body, deep nesting, huge spans', () => {
    const bare = document.implementation.createHTMLDocument('');
    bare.documentElement.replaceChildren();
    expect(applyRecipe(bare, FIXTURE_URL, sampleRecipe({ match: { host: 'skola.infomentor.se', path: '/*' } })).status).toBe('stale');
    const spans = unknownPage(html.replace('<td><a href="/#/elev/4101', '<td rowspan="65534" colspan="9999"><a href="/#/elev/4101'));
    expect(() => applyRecipe(spans, FIXTURE_URL, sampleRecipe())).not.toThrow();
  });
});

describe('precedence', () => {
  const known = readFileSync('tests/fixtures/infomentor/kunskapssammanstallning-5a-matematik.html', 'utf8');
  const knownUrl = 'https://skola.infomentor.se/#/bedomning/kunskapssammanstallning/5A';

  it('the built-in readers read a page no recipe is for', () => {
    const builtIn = analysePage(unknownPage(known), knownUrl);
    const read = readWithRecipes(unknownPage(known), knownUrl, [sampleRecipe()]);
    expect(read.analysis).toEqual(builtIn);
    expect(read.recipe).toBeUndefined();
  });

  it('a recipe the teacher chose for a page wins over the built-in reading', () => {
    const builtIn = analysePage(unknownPage(known), knownUrl);
    expect(builtIn.kind).toBe('group-assessment');
    const doc = unknownPage(known);
    const headers = [...doc.querySelectorAll('thead th')].map((th) => th.textContent?.trim() ?? '');
    // The teacher says the page is a grade page read from its first column and a column of their choice.
    const recipe = sampleRecipe({
      match: { host: 'skola.infomentor.se', path: '/*' },
      kind: 'grades',
      columns: { pupil: headers[0]!, grade: headers[1]! },
    });
    const read = readWithRecipes(doc, knownUrl, [recipe]);
    expect(read.recipe?.status).toBe('applied');
    expect(read.analysis.kind).toBe('grades');
    expect(read.analysis).not.toEqual(builtIn);
  });

  it('the first fitting recipe reads; a stale one before it is passed over', () => {
    const stale = sampleRecipe({ id: 'old', columns: { pupil: 'Elev', level: 'Gammal rubrik' } });
    const read = readWithRecipes(unknownPage(), FIXTURE_URL, [stale, sampleRecipe()]);
    expect(read.recipe).toEqual({ id: 'r-lage-8b', name: 'Lägesbedömning', status: 'applied' });
    expect(read.analysis.pupils).toHaveLength(7);
  });
});
