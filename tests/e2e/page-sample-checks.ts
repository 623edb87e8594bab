import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { fold } from '../../utils/infomentor/vocabulary';
import { sampleAddress } from '../../utils/sample/sample-file';
import { analyzeFile } from '../tools/analyze';
import { FIXTURES_DIR, FIXTURE_HOST } from '../tools/fixture-server';

/** What the page-sample end-to-end tests (Chromium, Firefox) check in a saved sample. */
export const SAMPLE_PAGES = {
  group: 'infomentor/kunskapssammanstallning-5a-matematik',
  onePupil: 'hub/amnesomdomen-vardnadshavare',
};

interface Expected {
  kind: string;
  pupils: number;
  atRisk: { pupil: string }[];
  documents: { pupil: string }[];
}
const expected = (fixture: string) => JSON.parse(readFileSync(`${FIXTURES_DIR}${fixture}.expected.json`, 'utf8')) as Expected;
const counts = (contract: { kind: string; pupils: number; atRisk: unknown[]; documents: unknown[] }) => ({
  kind: contract.kind,
  pupils: contract.pupils,
  atRisk: contract.atRisk.length,
  documents: contract.documents.length,
});

/** The names the page shows: every pupil its reader names, from the page's own markup. */
function pupilNames(fixture: string, want: Expected): string[] {
  const html = readFileSync(`${FIXTURES_DIR}${fixture}.html`, 'utf8');
  const named = [...want.atRisk, ...want.documents].map((entry) => entry.pupil);
  // Each name part too ("Lund", "Ella"), where it is a word of the page.
  const parts = named.flatMap((name) => name.split(/[\s,]+/)).filter((part) => part.length >= 3 && html.includes(part));
  return [...new Set([...named, ...parts])];
}

/** No pupil name of the page (whole or a name part) is in the file, and `npm run analyze` reads it with the page's kind and counts. */
export async function expectAnonymousAndReadable(file: string, fixture: string): Promise<void> {
  const want = expected(fixture);
  const html = readFileSync(file, 'utf8');
  const words = new Set(fold(html).split(/[^\p{L}\p{N}]+/u));
  const names = pupilNames(fixture, want);
  expect(names.length).toBeGreaterThan(0);
  for (const name of names) {
    expect(html, name).not.toContain(name);
    expect(words.has(fold(name)), name).toBe(false);
  }
  const address = sampleAddress(html);
  expect(address?.startsWith(`https://${FIXTURE_HOST}/`)).toBe(true);
  const read = counts(await analyzeFile(file, address));
  expect(read).toEqual(counts(want));
}
