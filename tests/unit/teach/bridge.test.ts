import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { answerTeach, type TeachPreview, type TeachTables } from '@/utils/content/teach-bridge';
import { sampleRecipe } from '../recipes/sample';

/** The content script's side of teaching, on the unknown fixture page loaded into the test document. */
function load() {
  const parsed = new DOMParser().parseFromString(readFileSync('tests/fixtures/teach/okand-sida.html', 'utf8'), 'text/html');
  document.title = parsed.title;
  document.body.replaceWith(document.importNode(parsed.body, true));
  history.replaceState(null, '', '/Assessment/#/lagesbedomning/group/812');
}

const outline = vi.fn();
const reread = vi.fn();
const ask = (message: unknown) => answerTeach(message, { document, outline, reread });

beforeEach(() => {
  load();
  outline.mockReset();
  reread.mockReset();
});

describe('answerTeach', () => {
  it('lists the tables with their header texts and nearest heading', () => {
    const page = ask({ insyn: 1, type: 'teach/tables' }) as TeachTables;
    expect(page.headings).toEqual(['Lägesbedömning', 'Senaste händelser', 'Deltagare i 8B']);
    expect(page.tables).toEqual([
      { index: 0, headers: ['Datum', 'Händelse', 'Av'], rows: 2, title: 'Senaste händelser' },
      { index: 1, headers: ['Deltagare', 'Lägesbedömning', 'Lärarens notering', 'Låst'], rows: 7, title: 'Deltagare i 8B' },
    ]);
  });

  it('outlines the table asked for, and nothing for null', () => {
    ask({ insyn: 1, type: 'teach/highlight', index: 1 });
    expect(outline).toHaveBeenLastCalledWith(document.querySelector('table.im-lage'), '2');
    ask({ insyn: 1, type: 'teach/highlight', index: null });
    expect(outline).toHaveBeenLastCalledWith(undefined, '');
  });

  it('previews a recipe with the pupils it would flag, or says what is missing', () => {
    const url = location.href;
    const recipe = sampleRecipe({ match: { host: new URL(url).hostname, path: '/Assessment/*' } });
    const preview = ask({ insyn: 1, type: 'teach/preview', recipe }) as TeachPreview;
    expect(preview).toMatchObject({
      status: 'applied',
      kind: 'group-assessment',
      context: { group: '8B', subject: 'Matematik', term: 'Ht 2025' },
      pupils: 7,
    });
    expect(preview.atRisk.map((risk) => risk.pupil).sort()).toEqual(['Berg, Elias', 'Dahl, Hugo', 'Falk, Jon']);
    const wrong = ask({
      insyn: 1,
      type: 'teach/preview',
      recipe: { ...recipe, columns: { pupil: 'Datum', level: 'Nivå' } },
    }) as TeachPreview;
    expect(wrong).toMatchObject({ status: 'stale', missing: ['Datum', 'Nivå'], pupils: 0 });
  });

  it('reads again after a save, and ignores messages that are not Insyn teach requests', () => {
    ask({ insyn: 1, type: 'teach/reread' });
    expect(reread).toHaveBeenCalledOnce();
    for (const message of [null, 'teach/tables', { type: 'teach/tables' }, { insyn: 1, type: 'page/read' }])
      expect(ask(message)).toBeUndefined();
  });
});
