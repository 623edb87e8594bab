import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { CHROME_BUILD, requireBuild } from '../tools/build-output';
import type { Row } from './table';

export const CONTENT_SCRIPT = `${CHROME_BUILD}/content-scripts/infomentor.js`;
const BUDGET_KB = 40;

/**
 * Identifiers that only appear in a bundle that carries the library's runtime. Minifiers rename
 * locals, but not these: class names in error messages, property names and API names.
 */
const TELLTALES: Record<string, RegExp[]> = {
  Dexie: [/\bDexie\b/, /\bindexedDB\b/, /\bIDBKeyRange\b/],
  zod: [/\bZodError\b/, /\$ZodType\b/, /\b_zod\b/, /\bsafeParse\b/],
};

/** Gzip size of the built content script, and which heavy runtimes leaked into it. */
export async function measureContentScript(): Promise<Row[]> {
  requireBuild(CHROME_BUILD);
  const source = await readFile(CONTENT_SCRIPT);
  const text = source.toString('utf8');
  const gzipKb = gzipSync(source, { level: 9 }).length / 1024;
  const leaked = Object.entries(TELLTALES)
    .filter(([, patterns]) => patterns.some((pattern) => pattern.test(text)))
    .map(([name]) => name);
  return [
    {
      group: 'content script',
      measure: 'infomentor.js, gzip',
      unit: 'KB',
      value: gzipKb,
      budget: { limit: BUDGET_KB },
      note: `${(source.length / 1024).toFixed(1)} KB raw`,
    },
    {
      group: 'content script',
      measure: 'Dexie / zod runtime in bundle',
      unit: 'found',
      value: leaked.length,
      budget: { limit: 0, label: 'none' },
      note: leaked.length ? `found: ${leaked.join(', ')}` : 'none found',
    },
  ];
}
