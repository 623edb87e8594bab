import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '@/public/_locales/en/messages.json';
import sv from '@/public/_locales/sv/messages.json';

/**
 * The two catalogues must say the same things: the same keys, the same placeholders in each message,
 * names browsers accept, and every key the code asks for by name must exist.
 */
type Catalogue = Record<string, { message: string }>;
const catalogues: Record<'sv' | 'en', Catalogue> = { sv, en };
const ROOT = join(__dirname, '../../..');

const placeholders = (message: string) => [...new Set(Array.from(message.matchAll(/\{(\w+)\}/g), (m) => m[1]))].sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

interface Use {
  file: string;
  /** A key, or a pattern for a key built from a template literal. */
  key: string | RegExp;
}

/** Keys the code names in t(...): literals, both arms of a conditional, and template literals as patterns. */
function keysUsed(source: string, file: string): Use[] {
  const uses: Use[] = [];
  for (const m of source.matchAll(/\bt\(\s*(['"])([^'"\n]+)\1/g)) uses.push({ file, key: m[2]! });
  for (const m of source.matchAll(/\bt\(\s*[^'"`()?\n]+\?\s*(['"])([^'"\n]+)\1\s*:\s*(['"])([^'"\n]+)\3/g)) {
    uses.push({ file, key: m[2]! }, { file, key: m[4]! });
  }
  // tCount('key', n) reads key_one and key_other.
  for (const m of source.matchAll(/\btCount\(\s*(['"])([^'"\n]+)\1/g))
    uses.push({ file, key: `${m[2]!}_one` }, { file, key: `${m[2]!}_other` });
  for (const m of source.matchAll(/\bt\(\s*`([^`]*)`/g)) {
    const parts = m[1]!.split(/\$\{[^}]*\}/);
    const pattern = parts.map((p) => p.replace(/[.*+?^$()|[\]\\]/g, '\\$&')).join('\\w+');
    uses.push({ file, key: parts.length === 1 ? m[1]! : new RegExp(`^${pattern}$`) });
  }
  return uses;
}

describe('message catalogues', () => {
  const svKeys = Object.keys(sv).sort();
  const enKeys = Object.keys(en).sort();

  it('have the same keys in Swedish and English', () => {
    expect(
      svKeys.filter((k) => !(k in en)),
      'in sv, missing in en',
    ).toEqual([]);
    expect(
      enKeys.filter((k) => !(k in sv)),
      'in en, missing in sv',
    ).toEqual([]);
  });

  it('use the same placeholders for each key in both languages', () => {
    const differing = svKeys
      .filter((k) => k in en)
      .filter((k) => placeholders(catalogues.sv[k]!.message).join() !== placeholders(catalogues.en[k]!.message).join())
      .map(
        (k) =>
          `${k}: sv {${placeholders(catalogues.sv[k]!.message).join('} {')}} en {${placeholders(catalogues.en[k]!.message).join('} {')}}`,
      );
    expect(differing).toEqual([]);
  });

  it('use only names browsers accept (letters, digits, underscore) and no empty messages', () => {
    for (const [lang, catalogue] of Object.entries(catalogues)) {
      expect(
        Object.keys(catalogue).filter((k) => !/^[A-Za-z0-9_]+$/.test(k)),
        lang,
      ).toEqual([]);
      expect(
        Object.entries(catalogue)
          .filter(([, v]) => typeof v.message !== 'string' || v.message.trim() === '')
          .map(([k]) => k),
        lang,
      ).toEqual([]);
    }
  });

  it('contain every key the code asks for', () => {
    const files = ['entrypoints', 'components', 'utils'].flatMap(sourceFiles);
    const uses = files.flatMap((file) => {
      const source = readFileSync(join(ROOT, file), 'utf8');
      return /i18n['"]/.test(source) ? keysUsed(source, relative(ROOT, join(ROOT, file))) : [];
    });
    expect(uses.length).toBeGreaterThan(100);
    const missing = uses
      .filter(({ key }) => (typeof key === 'string' ? !(key in sv && key in en) : !svKeys.some((k) => key.test(k) && k in en)))
      .map(({ file, key }) => `${file}: ${String(key)}`);
    expect(missing).toEqual([]);
  });
});

describe('keysUsed', () => {
  it('finds literal keys, both arms of a conditional and template patterns', () => {
    const uses = keysUsed("t('a_b', { x }); t(ok ? 'yes' : \"no\"); tCount('many', 2); t(`kind_${k}`); t(`plain`)", 'f.ts').map((u) =>
      String(u.key),
    );
    expect(uses).toEqual(['a_b', 'yes', 'no', 'many_one', 'many_other', '/^kind_\\w+$/', 'plain']);
  });
});
