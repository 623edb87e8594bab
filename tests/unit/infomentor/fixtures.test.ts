import { describe, it } from 'vitest';
import { expectContract, fixturePages } from './contract';

/** Every saved page, read as the content script reads it, against its *.expected.json. */
describe.each([
  ['InfoMentor-like pages', 'tests/fixtures/infomentor'],
  ['own pages', 'tests/fixtures/own'],
])('%s', (_title, dir) => {
  it.each(fixturePages(dir).map((page) => [page.name, page] as const))('%s', (_name, page) => {
    expectContract(page.html, page.expected);
  });
});
