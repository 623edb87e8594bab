import { readFileSync } from 'node:fs';
import type { PageRecipe } from '@/utils/recipes/types';

export const FIXTURE_URL = 'https://skola.infomentor.se/Assessment/#/lagesbedomning/group/812';

/** The unknown page of tests/fixtures/teach, as a Document. */
export function unknownPage(html = readFileSync('tests/fixtures/teach/okand-sida.html', 'utf8')): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

export function sampleRecipe(overrides: Partial<PageRecipe> = {}): PageRecipe {
  return {
    version: 1,
    id: 'r-lage-8b',
    name: 'Lägesbedömning',
    match: { host: 'skola.infomentor.se', path: '/Assessment/#/lagesbedomning/*', heading: 'Lägesbedömning' },
    kind: 'group-assessment',
    columns: { pupil: 'Deltagare', level: 'Lägesbedömning', comment: 'Lärarens notering' },
    ...overrides,
  };
}
