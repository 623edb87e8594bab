import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from './imports';
import { writesIn } from './writes';

/**
 * One writer of the database (issue "Declare each concept once", done-when 4): every write lives in
 * utils/store/; utils/db/ keeps the schema, its migrations and the append-only logs (events, visits) the
 * store's transactions add to. Reads may stay beside the code that needs them.
 */
const WRITERS = ['utils/store/', 'utils/db/'];

const SOURCES = ['utils', 'components', 'entrypoints']
  .flatMap(sourceFiles)
  .map((file) => ({ file, source: readFileSync(join(process.cwd(), file), 'utf8') }));

const isWriter = (file: string) => WRITERS.some((folder) => file.startsWith(folder));

function writesOutside(files: readonly { file: string; source: string }[]): string[] {
  return files.filter(({ file }) => !isWriter(file)).flatMap(({ file, source }) => writesIn(file, source));
}

// Parsed once, outside the tests: some 300 syntax trees.
const WRITES = new Map(SOURCES.map(({ file, source }) => [file, writesIn(file, source)]));

describe('one writer of the database', () => {
  it('finds the writes of utils/store/', () => {
    expect(SOURCES.length).toBeGreaterThan(250);
    const stored = [...WRITES].filter(([file]) => file.startsWith('utils/store/')).flatMap(([, writes]) => writes);
    expect(stored.length).toBeGreaterThan(20);
  });

  it('writes nowhere else', () => {
    const outside = [...WRITES].filter(([file]) => !isWriter(file));
    expect(outside.flatMap(([, writes]) => writes)).toEqual([]);
  });

  it('would catch a write in a component, an entry point or another utils folder', () => {
    const planted = [
      { file: 'components/x/X.tsx', source: 'export const X = () => { void getDatabase().templates.put(t); return null; };' },
      {
        file: 'entrypoints/x/api.ts',
        source: 'export const drop = (db: Db) => db.contacts\n  .where("pupilId")\n  .equals(id)\n  .delete();',
      },
      {
        file: 'utils/x/a.ts',
        source: 'export async function f(instance: InsynDatabase) { const t = instance.table("risks"); await t.clear(); }',
      },
      { file: 'utils/x/b.ts', source: "export const g = (db: Db) => db.transaction('rw', db.settings, () => undefined);" },
      { file: 'utils/x/d.ts', source: 'export async function h(db: Db) { const { risks } = db; await risks.bulkDelete(ids); }' },
    ];
    expect(writesOutside(planted)).toEqual([
      'components/x/X.tsx:1 getDatabase().templates.put',
      'entrypoints/x/api.ts:1 db.contacts.where("pupilId").equals(id).delete',
      'utils/x/a.ts:1 t.clear',
      'utils/x/b.ts:1 db.transaction',
      'utils/x/d.ts:1 risks.bulkDelete',
    ]);
  });

  it('leaves a set, a map and a read-only transaction alone', () => {
    const source = "const s = new Set(); s.add(1); s.delete(1); new Map().clear(); db.transaction('r', db.risks, () => db.risks.get(id));";
    expect(writesOutside([{ file: 'utils/x/c.ts', source }])).toEqual([]);
  });
});
