import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checklistToCsv, contactsToCsv } from '@/utils/export/csv';
import { buildExport, exportToJson } from '@/utils/export/json';
import { pseudonymiseTables, pupilCodes, pupilIdsOf } from '@/utils/export/pseudonymise';
import { checklistSheet, contactsSheet, overdueSheet, pupilLookup } from '@/utils/export/sheets';
import { workbookParts } from '@/utils/export/spreadsheetml';
import { idOf, namedTables, T, type NamedPupil } from './named-rows';

/**
 * Issue 22, "pseudonymised means it": whatever the pupils are called and wherever the teacher wrote their
 * names (free text, templates, recipes, settings, page addresses, events about pupils retention deleted),
 * no name and no InfoMentor id is in a pseudonymised file, and the codes come from the key, not the name.
 */
const FIXED_WORDS = 'lena lärare ängsskolan matematik svenska vårdnadshavare otillräckliga genomgång elev-';
const name = fc
  .stringMatching(/^[A-ZÅÄÖ][a-zåäö]{4,9}$/)
  .filter((n) => /[g-zåäö]/i.test(n.slice(1)) && !FIXED_WORDS.includes(n.toLowerCase()));
const pupil: fc.Arbitrary<NamedPupil> = fc.record(
  { first: name, last: name, pageId: fc.integer({ min: 10_000, max: 9_999_999 }), group: fc.constantFrom('5A', '6B') },
  { requiredKeys: ['first', 'last'] },
);
const pupils = fc.uniqueArray(pupil, { minLength: 1, maxLength: 5, selector: (p) => idOf(p) });

function traces(p: NamedPupil): RegExp[] {
  const word = (w: string) => new RegExp(w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
  return [word(p.first), word(p.last), word(idOf(p)), ...(p.pageId === undefined ? [] : [new RegExp(`(?<!\\d)${p.pageId}(?!\\d)`)])];
}

async function pseudonymisedOutputs(all: NamedPupil[], gone: NamedPupil[], key: string): Promise<Record<string, string>> {
  const source = namedTables(all, gone);
  const tables = pseudonymiseTables(source, await pupilCodes(pupilIdsOf(source), key));
  const header = { teacher: 'Lena Lärare', school: 'Ängsskolan', appVersion: '1', exportedAt: T, pseudonymised: true };
  const lookup = pupilLookup(tables.pupils);
  const sheets = [
    checklistSheet(tables.checklist, lookup),
    contactsSheet(tables.contacts, lookup),
    overdueSheet(tables.checklist, lookup, '2025-12-01'),
  ];
  return {
    json: exportToJson(buildExport(tables, header)),
    contactsCsv: contactsToCsv(tables.contacts, lookup),
    checklistCsv: checklistToCsv(tables.checklist, lookup),
    workbook: Object.values(workbookParts(sheets)).join('\n'),
  };
}

describe('a pseudonymised file holds no name and no InfoMentor id', () => {
  it('for any names written anywhere', async () => {
    await fc.assert(
      fc.asyncProperty(pupils, fc.array(pupil, { maxLength: 2 }), async (all, gone) => {
        const outputs = await pseudonymisedOutputs(all, gone, 'nyckel-0123456789abcdef');
        for (const [kind, text] of Object.entries(outputs))
          for (const p of [...all, ...gone])
            for (const trace of traces(p)) expect({ kind, found: trace.test(text) }).toEqual({ kind, found: false });
      }),
      { numRuns: 60, seed: 20261201 },
    );
  }, 60_000);

  it('leaves out templates, recipes, settings and free text, and keeps the counts', async () => {
    const source = namedTables([{ first: 'Alva', last: 'Berg', pageId: 4901, group: '5A' }]);
    const out = pseudonymiseTables(source, await pupilCodes(pupilIdsOf(source), 'nyckel-0123456789abcdef'));
    expect(out.templates).toEqual([]);
    expect(out.recipes).toEqual([]);
    expect(out.settings).toEqual([]);
    expect(out.pupils[0]).not.toHaveProperty('interpreter');
    expect(out.contacts[0]).toMatchObject({ summary: '', withWhom: '', outcome: 'nadd' });
    expect(out.risks[0]).not.toHaveProperty('statusReason');
    expect(out.adaptations[0]).not.toHaveProperty('note');
    expect(out.events).toHaveLength(source.events.length);
  });

  it('codes follow the key, not the name: another key gives codes that share nothing', async () => {
    await fc.assert(
      fc.asyncProperty(pupils, async (all) => {
        const ids = all.map(idOf);
        const [a, b] = await Promise.all([pupilCodes(ids, 'nyckel-0123456789abcdef'), pupilCodes(ids, 'annan-nyckel-fedcba98')]);
        for (const id of ids) expect(a.get(id)).not.toBe(b.get(id));
      }),
      { numRuns: 30, seed: 20261202 },
    );
  });
});
