import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '@/public/_locales/en/messages.json';
import sv from '@/public/_locales/sv/messages.json';
import { PageKindSchema } from '@/utils/infomentor/analysis';
import { PAGE_KINDS, PAGE_KIND_IDS } from '@/utils/infomentor/page-kinds';
import { pageKindKey } from '@/utils/i18n';

/** The registry is complete: every kind has its labels, a fixture and its line in the maintainers' doc. */

const FIXTURE_DIRS = ['tests/fixtures/infomentor', 'tests/fixtures/own', 'tests/fixtures/hub'];
const fixtureKinds = new Set(
  FIXTURE_DIRS.flatMap((dir) =>
    readdirSync(dir)
      .filter((file) => file.endsWith('.expected.json'))
      .map((file) => (JSON.parse(readFileSync(join(dir, file), 'utf8')) as { kind: string }).kind),
  ),
);
const doc = readFileSync('docs/adding-a-page-parser.md', 'utf8');
const catalogues: Record<string, Record<string, unknown>> = { sv, en };

describe.each(PAGE_KINDS.map((kind) => [kind.id, kind] as const))('page kind %s', (id, kind) => {
  it.each(['sv', 'en'])('has a label in %s', (lang) => {
    expect(catalogues[lang]).toHaveProperty(pageKindKey(id));
  });

  it('has a fixture whose expected kind it is', () => {
    expect(fixtureKinds).toContain(id);
  });

  it('has a line in docs/adding-a-page-parser.md', () => {
    expect(doc).toMatch(new RegExp(`^\\| \`${id}\` \\|`, 'm'));
  });

  it('names itself in its heading words, folded', () => {
    expect(kind.words.length).toBeGreaterThan(0);
    for (const word of kind.words) expect(word).toBe(word.toLowerCase());
  });
});

describe('the page-kind registry', () => {
  it('is what the schema accepts, with unknown', () => {
    expect(PageKindSchema.options).toEqual([...PAGE_KIND_IDS, 'unknown']);
    expect(new Set(PAGE_KIND_IDS).size).toBe(PAGE_KIND_IDS.length);
  });

  it('leaves no label for a kind that does not exist', () => {
    const known = new Set([...PAGE_KIND_IDS, 'unknown' as const].map((id) => pageKindKey(id)));
    for (const catalogue of Object.values(catalogues)) {
      const labels = Object.keys(catalogue).filter((key) => key.startsWith('pageKind_'));
      expect(labels.filter((key) => !(known as Set<string>).has(key))).toEqual([]);
    }
  });
});
