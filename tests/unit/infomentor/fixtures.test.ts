import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseHtml, expectContract, fixturePages } from './contract';

/** Every saved page, read as the content script reads it, against its *.expected.json. */
describe.each([
  ['InfoMentor-like pages', 'tests/fixtures/infomentor'],
  ['own pages', 'tests/fixtures/own'],
  ['pages shaped by the real Hub and IM1', 'tests/fixtures/hub'],
])('%s', (_title, dir) => {
  it.each(fixturePages(dir).map((page) => [page.name, page] as const))('%s', (_name, page) => {
    expectContract(page.html, page.expected, page.expected._url);
  });
});

describe('the single-page app before it renders', () => {
  it('is not recognised while it only says "Laddar…" (its table arrives later; the browser tests cover that)', () => {
    const html = readFileSync('tests/fixtures/infomentor/spa/kunskapssammanstallning-spa.html', 'utf8');
    expect(analyseHtml(html, 'https://skola.infomentor.se/#/grupp/6A')).toEqual({
      kind: 'unknown',
      context: {},
      pupils: [],
      atRisk: [],
      documents: [],
    });
  });
});
