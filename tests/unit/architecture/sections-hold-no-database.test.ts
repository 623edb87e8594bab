import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from './imports';

/**
 * Components show data and hand changes on; they never open the database themselves (issue "Declare each
 * concept once"): each dashboard section gets its API as a prop, bound to the database in entrypoints/.
 */
const OPENS = /\bgetDatabase\s*\(/;

function openersAmong(files: readonly { file: string; source: string }[]): string[] {
  return files.filter(({ source }) => OPENS.test(source)).map(({ file }) => file);
}

describe('components hold no database code', () => {
  it('no component calls getDatabase()', () => {
    const files = sourceFiles('components').map((file) => ({ file, source: readFileSync(join(process.cwd(), file), 'utf8') }));
    expect(files.length).toBeGreaterThan(50);
    expect(openersAmong(files)).toEqual([]);
  });

  it('would catch one that did', () => {
    expect(openersAmong([{ file: 'components/x/X.tsx', source: 'const db = getDatabase();' }])).toEqual(['components/x/X.tsx']);
  });
});
