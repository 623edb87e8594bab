import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InsynDatabase } from '@/utils/db/database';
import { buildExport, exportToJson } from '@/utils/export/json';
import { readTables } from '@/utils/export/read-tables';
import { TABLE_NAMES, type InsynExport } from '@/utils/export/schema';
import { applyImport } from '@/utils/import/apply';
import { parseExport } from '@/utils/import/parse';
import { fileRowIsNewer } from '@/utils/import/newer';
import { canonical, keyOf } from '@/utils/import/row-keys';
import { databaseName, fillDatabase, sampleTables } from '../export/sample-data';

/**
 * Random damage to a valid export: whatever the file becomes, the import either applies all of it or
 * refuses it and leaves the database exactly as it was. Never half.
 */
const header = { teacher: 'Lena Lärare', school: 'Ängsskolan', appVersion: '1.0.0', exportedAt: Date.parse('2025-12-10T10:00:00Z') };

/** The file differs from the database the import goes into: other pupils' rows, a changed contact. */
function incomingFile(): string {
  const tables = sampleTables();
  tables.contacts[0] = { ...tables.contacts[0]!, summary: 'Ändrad i filen', updated: header.exportedAt };
  tables.pupils.push({ id: 'im:4242', name: 'Ny, Nils', group: '5B', firstSeen: header.exportedAt, lastSeen: header.exportedAt });
  return exportToJson(buildExport(tables, header));
}

type Json = unknown;
function paths(value: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}

type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'set'; at: number; value: Json }
  | { kind: 'proto'; at: number }
  | { kind: 'truncate'; at: number };

const hostileStrings = fc.constantFrom(
  '=1+1',
  '@SUM(A1)',
  '<script>alert(1)</script>',
  '\u0000',
  '',
  'x'.repeat(30_000),
  '2025-13-45',
  'Ht 2025',
);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('set' as const),
    at: fc.nat(),
    value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), hostileStrings, fc.integer(), fc.double()),
  }),
  fc.record({ kind: fc.constant('proto' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

function mutate(text: string, mutations: Mutation[]): string {
  const root = JSON.parse(text) as Record<string, Json>;
  let truncateAt: number | undefined;
  for (const m of mutations) {
    if (m.kind === 'truncate') {
      truncateAt = m.at % text.length;
      continue;
    }
    const all = paths(root).filter((p) => p.length > 0);
    const path = all[m.at % all.length]!;
    const parent = path.slice(0, -1).reduce<any>((node, key) => node[key], root);
    const key = path[path.length - 1]!;
    if (m.kind === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
    } else if (m.kind === 'set') parent[key] = m.value;
    else if (parent && typeof parent === 'object' && !Array.isArray(parent))
      Object.defineProperty(parent, '__proto__', { value: { polluted: true }, enumerable: true });
  }
  const out = JSON.stringify(root);
  return truncateAt === undefined ? out : out.slice(0, truncateAt);
}

/** Every row of the file is in the database as the file has it. */
async function containsFile(db: InsynDatabase, data: InsynExport, mode: 'merge' | 'replace'): Promise<boolean> {
  const now = await readTables(db);
  return TABLE_NAMES.every((name) => {
    const stored = new Map((now[name] as object[]).map((row) => [keyOf(name, row), row]));
    return (data.tables[name] as object[]).every((row) => {
      // On merge no setting of the file is taken (plan.ts).
      if (name === 'settings' && mode === 'merge') return true;
      const found = stored.get(keyOf(name, row));
      if (!found) return false;
      // Events match by content.
      if (name === 'events') return true;
      // On merge the database's row stays where the file's is not newer (newer.ts).
      return canonical(found) === canonical(row) || (mode === 'merge' && !fileRowIsNewer(name, found, row));
    });
  });
}

describe('random damage to an export file', () => {
  it('is applied whole or refused with no change', async () => {
    const valid = incomingFile();
    let accepted = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        fc.constantFrom('merge' as const, 'replace' as const),
        async (mutations, mode) => {
          const db = new InsynDatabase(databaseName());
          try {
            await fillDatabase(db);
            const before = canonical(await readTables(db));
            const parsed = parseExport(mutate(valid, mutations));
            if (!parsed.ok) {
              refused++;
              expect(parsed.problems.length).toBeGreaterThan(0);
              expect(canonical(await readTables(db))).toBe(before);
              return;
            }
            accepted++;
            await applyImport(db, parsed.data, mode);
            expect(await containsFile(db, parsed.data, mode)).toBe(true);
            if (mode === 'replace') {
              const after = await readTables(db);
              for (const name of TABLE_NAMES) expect((after[name] as object[]).length).toBe((parsed.data.tables[name] as object[]).length);
            }
          } finally {
            await db.delete();
          }
        },
      ),
      { numRuns: 60, seed: 20251128 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // Both outcomes must occur, or the property says nothing about one of them.
    expect(accepted).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
  }, 60_000);
});
