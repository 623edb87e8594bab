import { describe, expect, it } from 'vitest';
import { buildExport, exportToJson } from '@/utils/export/json';
import { PSEUDONYM_KEY_SETTING, pseudonymiseTables, pupilCodes, pupilIdsOf } from '@/utils/export/pseudonymise';
import { parseExport } from '@/utils/import/parse';
import { sampleTables } from './sample-data';

describe('pseudonymisation', () => {
  it('gives each pupil a stable code that depends on the key', async () => {
    const ids = ['im:1001', 'name:berg, elias|5a', 'im:1003'];
    const a = await pupilCodes(ids, 'nyckel-ett-1234567');
    const again = await pupilCodes([...ids].reverse(), 'nyckel-ett-1234567');
    const other = await pupilCodes(ids, 'nyckel-två-7654321');
    expect([...a.values()].every((code) => /^Elev-[0-9A-F]{6,}$/.test(code))).toBe(true);
    expect(new Set(a.values()).size).toBe(3);
    for (const id of ids) {
      expect(again.get(id)).toBe(a.get(id));
      expect(other.get(id)).not.toBe(a.get(id));
    }
  });

  it('keeps codes unique among many pupils', async () => {
    const ids = Array.from({ length: 3000 }, (_, i) => `im:${i}`);
    expect(new Set((await pupilCodes(ids, 'k-0123456789abcdef')).values()).size).toBe(3000);
  });

  it('leaves no name, pupil id or free text about pupils in the tables', async () => {
    const tables = sampleTables();
    tables.settings.push({ key: PSEUDONYM_KEY_SETTING, value: 'hemlig-nyckel-123456' });
    const codes = await pupilCodes(pupilIdsOf(tables), 'nyckel-ett-1234567');
    const result = pseudonymiseTables(tables, codes);
    const text = JSON.stringify(result);
    for (const secret of [
      'Alva',
      'Elias',
      'berg',
      'im:1001',
      'Åke',
      'Maria',
      'hemsituationen',
      'möte bokat',
      'hemlig-nyckel',
      'HYPERLINK',
      'Tisdagar efter lunch',
      // A page's address with InfoMentor's pupil id.
      'elev/1001',
    ]) {
      expect(text).not.toContain(secret);
    }
    const alva = codes.get('im:1001')!;
    expect(result.pupils[0]).toMatchObject({ id: alva, name: alva, group: '5A' });
    expect(result.risks[0]).toMatchObject({ id: `${alva}|Matematik|Ht 2025`, pupilId: alva, subject: 'Matematik' });
    expect(result.contacts[0]!.riskIds).toEqual([`${alva}|Matematik|Ht 2025`]);
    // The support chain keeps its dates and steps under the code; an adaptation's note is free text and goes.
    expect(result.adaptations[0]).toMatchObject({ pupilId: alva, what: 'extra genomgång', evaluationDue: '2025-12-04' });
    expect(result.adaptations[0]).not.toHaveProperty('note');
    expect(result.referrals[0]).toMatchObject({ pupilId: alva, decision: 'action-programme', receivedOn: '2026-01-14' });
    const elias = codes.get('name:berg, elias|5a')!;
    expect(result.events[1]!.subject).toBe(`${elias}|Svenska|Ht 2025`);
    expect(result.checklist[0]!.id).toBe(`guardian-contact|name:berg, elias|5a|Svenska|Ht 2025`.replace('name:berg, elias|5a', elias));
  });

  it('a pseudonymised export is still a valid export', async () => {
    const tables = sampleTables();
    const data = buildExport(pseudonymiseTables(tables, await pupilCodes(pupilIdsOf(tables), 'k-0123456789abcdef')), {
      teacher: 'Lena',
      school: 'Ängsskolan',
      appVersion: '1',
      exportedAt: Date.parse('2025-12-10T10:00:00Z'),
      pseudonymised: true,
    });
    const parsed = parseExport(exportToJson(data));
    expect(parsed.ok && parsed.data.pseudonymised).toBe(true);
  });
});
