import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InsynDatabase } from '@/utils/db/database';
import { buildExport, exportToJson } from '@/utils/export/json';
import { readTables } from '@/utils/export/read-tables';
import { EXPORT_LIMITS } from '@/utils/export/schema';
import { applyImport } from '@/utils/import/apply';
import type { InsynExport } from '@/utils/export/schema';
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

/**
 * Imports a file whose damaged rows are left out (issue 22: a backup with one broken row restores the
 * rest); returns the rows left out in words and what was read.
 */
async function importSkipping(text: string): Promise<{ skipped: ImportProblem[]; words: string[]; data: InsynExport }> {
  const parsed = parseExport(text);
  if (!parsed.ok) throw new Error(`the file was refused: ${parsed.problems.map(describeProblem).join('; ')}`);
  await applyImport(db, parsed.data, 'merge');
  return { skipped: parsed.skipped, words: parsed.skipped.map(describeProblem), data: parsed.data };
}

describe('import refuses bad files clearly and changes nothing; a damaged row is left out and named', () => {
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
    const { words, data } = await importSkipping(JSON.stringify(file));
    expect(words).toEqual(['Rad contacts[12].at: inte ett datum']);
    // The other twelve are read and stored; only the broken one is left out.
    expect(data.tables.contacts.map((c) => c.id)).toEqual(Array.from({ length: 12 }, (_, i) => `c-${i}`));
    expect(await db.contacts.count()).toBe(12);
    expect(data.tables.pupils).toHaveLength(validObject().tables.pupils.length);
  });

  it('in English too', async () => {
    const { setLanguage } = await import('@/utils/i18n');
    setLanguage('en');
    const file = validObject();
    file.tables.checklist[1].due = '12/07/2025';
    const { words } = await importSkipping(JSON.stringify(file));
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

  it('a settings value over 64 KB is left out: the teacher keeps their own settings', async () => {
    const file = validObject();
    const settings = file.tables.settings[0];
    settings.value = { ...settings.value, teacherName: 'Mallory', padding: 'x'.repeat(EXPORT_LIMITS.settingChars) };
    const { skipped, data } = await importSkipping(JSON.stringify(file));
    expect(skipped).toEqual([{ path: 'settings[0].value', code: 'tooLong' }]);
    expect(data.tables.settings).toHaveLength(0);
    expect(JSON.stringify(await db.settings.toArray())).not.toContain('Mallory');
  });

  it('huge strings and too many items leave their rows out; too deep nesting refuses the file', async () => {
    const long = validObject();
    long.tables.pupils[0].name = 'x'.repeat(EXPORT_LIMITS.shortText + 1);
    expect((await importSkipping(JSON.stringify(long))).words).toEqual(['Rad pupils[0].name: texten är för lång']);

    const many = validObject();
    many.tables.contacts[0].subjects = Array.from({ length: EXPORT_LIMITS.maxList + 1 }, (_, i) => `Ämne ${i}`);
    expect((await importSkipping(JSON.stringify(many))).words).toEqual(['Rad contacts[0].subjects: för många rader']);

    const deep = validObject();
    let nested: Record<string, unknown> = {};
    deep.tables.recipes[0].recipe = nested;
    for (let i = 0; i < 100; i++) nested = nested.next = {};
    expect((await importRefused(JSON.stringify(deep))).problems[0]?.code).toBe('tooDeep');
  });

  it('a recipe that is not a valid page recipe is left out, as one imported under Sidrecept is refused', async () => {
    const file = validObject();
    file.tables.recipes[0].recipe = { ...file.tables.recipes[0].recipe, match: { host: 'evil.example<script>', path: '/*' } };
    const { skipped, data } = await importSkipping(JSON.stringify(file));
    expect(skipped).toEqual([{ path: 'recipes[0].recipe', code: 'badValue' }]);
    expect(data.tables.recipes).toHaveLength(validObject().tables.recipes.length - 1);
  });

  it('a file over 50 MB is refused before it is read', async () => {
    const big = new Blob([new Uint8Array(EXPORT_LIMITS.maxBytes + 1)]);
    const result = await readExportFile(big);
    expect(result).toEqual({ ok: false, problems: [{ path: '', code: 'tooLarge' }] });
    expect(parseExport(`${validJson()}${' '.repeat(EXPORT_LIMITS.maxBytes)}`)).toEqual(result);
  });

  it('unknown fields, missing fields and wrong values leave their rows out; duplicate ids refuse the file', async () => {
    const file = validObject();
    file.tables.pupils[0].extra = 'x';
    delete file.tables.risks[0].subject;
    file.tables.contacts[0].channel = 'brevduva';
    file.tables.templates[0].builtIn = 'ja';
    const { words } = await importSkipping(JSON.stringify(file));
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
    await applyImport(db, parsed.data, 'replace');
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
    const proto = Object.getPrototypeOf(db.table('referrals')) as {
      bulkPut: (this: { name: string }, ...args: unknown[]) => Promise<unknown>;
    };
    const original = proto.bulkPut;
    proto.bulkPut = function (this: { name: string }, ...args: unknown[]) {
      return this.name === 'referrals' ? Promise.reject(new Error('disk full')) : original.apply(this, args);
    };
    try {
      await expect(applyImport(db, parsed.data, 'replace')).rejects.toThrow('disk full');
    } finally {
      proto.bulkPut = original;
    }
    expect(canonical(await readTables(db))).toBe(before);
  });
});
