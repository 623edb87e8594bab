import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { expect } from 'vitest';
import { PageAnalysisSchema, toContract } from '@/utils/infomentor/analysis';
import { analysePage } from '@/utils/infomentor/analyse';
import { loadPage } from '../../tools/analyze';

/** The analyzer contract of a fixture's *.expected.json (docs/architecture.md, "The analyzer contract"). */
export interface ExpectedContract {
  /** The address the page was saved from, when it matters (the Hub's host, its hash route). */
  _url?: string;
  kind: string;
  context?: Record<string, string>;
  pupils: number;
  atRisk: { pupil: string; subject: string }[];
  documents: { pupil: string; type: string; subject?: string; term?: string; status: string; published: boolean }[];
}

export const FIXTURE_URL = 'https://skola.infomentor.se/';

export function fixturePages(dir: string): { name: string; html: string; expected: ExpectedContract }[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => ({
      name: basename(file, '.html'),
      html: readFileSync(join(dir, file), 'utf8'),
      expected: JSON.parse(readFileSync(join(dir, file.replace(/\.html$/, '.expected.json')), 'utf8')) as ExpectedContract,
    }));
}

/** Parsed as `npm run analyze` parses it: nothing loads, nothing runs. */
export function parseHtml(html: string): Document {
  return loadPage(html).document;
}

/** Reads a page as the content script does and checks the result against the schema. */
export function analyseHtml(html: string, url = FIXTURE_URL) {
  const analysis = analysePage(parseHtml(html), url);
  const checked = PageAnalysisSchema.safeParse(analysis);
  if (!checked.success) throw new Error(`analysis breaks PageAnalysisSchema: ${checked.error.message}`);
  return analysis;
}

// The contract's names are NFC. An expected file may hold a name as typed (decomposed accents); compare the NFC form.
const nfc = (name: string) => name.normalize('NFC');
const riskKey = (r: { pupil: string; subject: string }) => JSON.stringify([nfc(r.pupil), r.subject]);
const documentKey = (d: ExpectedContract['documents'][number]) =>
  JSON.stringify([nfc(d.pupil), d.type, d.subject ?? null, d.term ?? null, d.status, d.published]);
/** Multisets as sorted lists: two pupils with one name are two entries. */
const sorted = (keys: string[]) => [...keys].sort();

/** The contract's comparison rules (docs/architecture.md): kind, context (when expected), pupil count, and the two sets. */
export function expectContract(html: string, expected: ExpectedContract, url: string = FIXTURE_URL): void {
  const actual = toContract(analyseHtml(html, url));
  expect(actual.kind).toBe(expected.kind);
  if (expected.context) expect(actual.context).toEqual(expected.context);
  expect(actual.pupils).toBe(expected.pupils);
  expect(sorted(actual.atRisk.map(riskKey))).toEqual(sorted(expected.atRisk.map(riskKey)));
  expect(sorted(actual.documents.map(documentKey))).toEqual(sorted(expected.documents.map(documentKey)));
}
