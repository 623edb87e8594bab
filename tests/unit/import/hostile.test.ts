import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InsynDatabase } from '@/utils/db/database';
import { buildExport, exportToJson } from '@/utils/export/json';
import { readTables } from '@/utils/export/read-tables';
import { EXPORT_LIMITS } from '@/utils/export/schema';
import { applyImport } from '@/utils/import/apply';
import { parseExport, type ImportProblem } from '@/utils/import/parse';
import { describeProblem } from '@/utils/import/problems';
import { readExportFile } from '@/utils/import/read-file';
import { canonical } from '@/utils/import/row-keys';
import { databaseName, fillDatabase, sampleTables } from '../export/sample-data';

const header = { teacher: 'Lena Lärare', school: 'Ängsskolan', appVersion: '1.0.0', exportedAt: Date.parse('2025-12-10T10:00:00Z') };
const validJson = () => exportToJson(buildExport(sampleTables(), header));
const validObject = () => JSON.parse(validJson()) as Record<string, any>;

let db: InsynDatabase;
beforeEach(async () => {
  db = new InsynDatabase(databaseName());
  await fillDatabase(db, { ...sampleTables(), contacts: [] });
});
afterEach(() => db.delete());

/** Tries to import a file the way the dashboard does; returns the problems in words, and checks nothing changed. */
async function importRefused(text: string): Promise<{ problems: ImportProblem[]; words: string[] }> {
  const before = canonical(await readTables(db));
  const parsed = parseExport(text);
  if (parsed.ok) {
    await applyImport(db, parsed.data, 'merge');
    throw new Error('the file was accepted');
  }
  expect(canonical(await readTables(db))).toBe(before);
  return { problems: parsed.problems, words: parsed.problems.map(describeProblem) };
}

describe('import refuses bad files clearly and changes nothing', () => {
  it('accepts the valid file (the baseline of every case below)', () => {
    expect(parseExport(validJson()).ok).toBe(true);
  });

  it('malformed and truncated JSON', async () => {
    for (const text of ['{"format": "insyn-export",', validJson().slice(0, validJson().length / 2), '', 'inte json']) {
      const { words } = await importRefused(text);
      expect(words).toEqual(['Filen går inte att läsa som JSON. Den kan vara skadad eller avkortad.']);
    }
  });

  it('something else than an Insyn export', async () => {
    for (const text of ['[]', '42', '{"format":"excel"}', 'null']) {
      expect((await importRefused(text)).problems).toEqual([{ path: '', code: 'notInsyn' }]);
    }
  });

  it('a file from a newer Insyn names its version', async () => {
    const file = { ...validObject(), version: 3 };
    const { words } = await importRefused(JSON.stringify(file));
    expect(words).toEqual(['Filen har exportformat version 3, men den här Insyn läser version 1 och 2. Uppdatera Insyn.']);
  });

  it('a date that is not a date says where: "Rad contacts[12].at: inte ett datum"', async () => {
    const file = validObject();
    const contact = file.tables.contacts[0];
    file.tables.contacts = Array.from({ length: 13 }, (_, i) => ({ ...contact, id: `c-${i}` }));
    file.tables.contacts[12].at = '2025-11-05';
    const { words } = await importRefused(JSON.stringify(file));
    expect(words).toEqual(['Rad contacts[12].at: inte ett datum']);
  });

  it('in English too', async () => {
    const { setLanguage } = await import('@/utils/i18n');
    setLanguage('en');
    const file = validObject();
    file.tables.checklist[1].due = '12/07/2025';
    const { words } = await importRefused(JSON.stringify(file));
    expect(words).toEqual(['Row checklist[1].due: not a date of the form YYYY-MM-DD']);
  });

  it('prototype pollution keys anywhere in the tree', async () => {
    const cases = [
      validJson().replace('"format"', '"__proto__": {"polluted": true}, "format"'),
      validJson().replace('"columns"', '"constructor": {"prototype": {"polluted": 1}}, "columns"'),
      validJson().replace('"teacherName"', '"__proto__": {"isAdmin": true}, "teacherName"'),
    ];
    for (const text of cases) {
      const { problems, words } = await importRefused(text);
      expect(problems[0]?.code).toBe('forbiddenKey');
      expect(words[0]).toMatch(/otillåtet fältnamn/);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('huge strings, too many rows and too deep nesting', async () => {
    const long = validObject();
    long.tables.pupils[0].name = 'x'.repeat(EXPORT_LIMITS.shortText + 1);
    expect((await importRefused(JSON.stringify(long))).words).toEqual(['Rad pupils[0].name: texten är för lång']);

    const many = validObject();
    many.tables.contacts[0].subjects = Array.from({ length: EXPORT_LIMITS.maxList + 1 }, (_, i) => `Ämne ${i}`);
    expect((await importRefused(JSON.stringify(many))).words).toEqual(['Rad contacts[0].subjects: för många rader']);

    const deep = validObject();
    let nested: Record<string, unknown> = {};
    deep.tables.recipes[0].recipe = nested;
    for (let i = 0; i < 100; i++) nested = nested.next = {};
    expect((await importRefused(JSON.stringify(deep))).problems[0]?.code).toBe('tooDeep');
  });

  it('a recipe that is not a valid page recipe is refused, like one imported under Sidrecept', async () => {
    const file = validObject();
    file.tables.recipes[0].recipe = { ...file.tables.recipes[0].recipe, match: { host: 'evil.example<script>', path: '/*' } };
    expect((await importRefused(JSON.stringify(file))).problems).toEqual([{ path: 'recipes[0].recipe', code: 'badValue' }]);
  });

  it('a file over 50 MB is refused before it is read', async () => {
    const big = new Blob([new Uint8Array(EXPORT_LIMITS.maxBytes + 1)]);
    const result = await readExportFile(big);
    expect(result).toEqual({ ok: false, problems: [{ path: '', code: 'tooLarge' }] });
    expect(parseExport(`${validJson()}${' '.repeat(EXPORT_LIMITS.maxBytes)}`)).toEqual(result);
  });

  it('unknown fields, missing fields, wrong values and duplicate ids', async () => {
    const file = validObject();
    file.tables.pupils[0].extra = 'x';
    delete file.tables.risks[0].subject;
    file.tables.contacts[0].channel = 'brevduva';
    file.tables.templates[0].builtIn = 'ja';
    const { words } = await importRefused(JSON.stringify(file));
    expect(words).toEqual(
      expect.arrayContaining([
        'Rad pupils[0].extra: okänt fält',
        'Rad risks[0].subject: saknas',
        'Rad contacts[0].channel: otillåtet värde',
        'Rad templates[0].builtIn: fel slags värde',
      ]),
    );

    const twice = validObject();
    twice.tables.pupils.push({ ...twice.tables.pupils[0] });
    expect((await importRefused(JSON.stringify(twice))).words).toEqual(['Rad pupils[3]: samma id finns redan tidigare i filen']);
  });

  it('formulas and markup are kept as inert text, exactly as written', async () => {
    const file = validObject();
    file.tables.pupils[0].name = '<img src=x onerror=alert(1)>';
    file.tables.contacts[0].summary = "=cmd|' /C calc'!A0";
    const parsed = parseExport(JSON.stringify(file));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    await applyImport(db, parsed.data, 'merge');
    expect((await db.pupils.get('im:1001'))?.name).toBe('<img src=x onerror=alert(1)>');
    expect((await db.contacts.get('c-1'))?.summary).toBe("=cmd|' /C calc'!A0");
  });

  it("a pseudonymised file is not restored as the teacher's data", async () => {
    const parsed = parseExport(exportToJson(buildExport(sampleTables(), { ...header, pseudonymised: true })));
    if (!parsed.ok) throw new Error('should parse');
    const before = canonical(await readTables(db));
    await expect(applyImport(db, parsed.data, 'replace')).rejects.toThrow('pseudonymised');
    expect(canonical(await readTables(db))).toBe(before);
  });
});

describe('one transaction', () => {
  it('a failure while writing the last table leaves every table as it was', async () => {
    const before = canonical(await readTables(db));
    const parsed = parseExport(validJson());
    if (!parsed.ok) throw new Error('should parse');
    // Dexie hands out table objects per call, so the failure is planted on their shared prototype.
    const proto = Object.getPrototypeOf(db.table('events')) as {
      bulkPut: (this: { name: string }, ...args: unknown[]) => Promise<unknown>;
    };
    const original = proto.bulkPut;
    proto.bulkPut = function (this: { name: string }, ...args: unknown[]) {
      return this.name === 'events' ? Promise.reject(new Error('disk full')) : original.apply(this, args);
    };
    try {
      await expect(applyImport(db, parsed.data, 'replace')).rejects.toThrow('disk full');
    } finally {
      proto.bulkPut = original;
    }
    expect(canonical(await readTables(db))).toBe(before);
  });
});
