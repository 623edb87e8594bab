import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initialLogFields, validateLog } from '@/utils/content/log-form';
import { EPOCH_MAX, EPOCH_MIN, isValidDay } from '@/utils/domain/dates';
import { buildExport, exportToJson } from '@/utils/export/json';
import { parseExport } from '@/utils/import/parse';
import { requestSchemas } from '@/utils/messaging/protocol';
import { sampleTables } from '../export/sample-data';

/**
 * Issue 22 (high): messages took any integer as a date and the export only years 2000–2100, so a year
 * typed as "0202" made a backup that Insyn then refused to restore. Now one validity
 * (utils/domain/dates.ts) holds everywhere: whatever the log form and the protocol accept survives
 * export → import unchanged.
 */
const header = { teacher: 'Lena', school: 'Ängsskolan', appVersion: '1', exportedAt: Date.UTC(2025, 11, 1) };
const NOW = new Date(2099, 11, 31, 12);

/** Any "YYYY-MM-DD": four-digit years from 0000, months and days also out of range. */
const anyDay = fc
  .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
  .map(([y, m, d]) => [String(y).padStart(4, '0'), String(m).padStart(2, '0'), String(d).padStart(2, '0')].join('-'));
const anyTime = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${h}`.padStart(2, '0') + ':' + `${m}`.padStart(2, '0'));

/** The backup of the sample database with one more contact and checklist date, exported and read back. */
function roundTrip(at: number, followUp: string | undefined, confirmedDate: string) {
  const tables = sampleTables();
  const contact = { ...tables.contacts[0]!, id: 'c-new', at, ...(followUp ? { followUp } : {}) };
  if (!followUp) delete contact.followUp;
  tables.contacts.push(contact);
  tables.checklist[0] = { ...tables.checklist[0]!, confirmedDate };
  const parsed = parseExport(exportToJson(buildExport(tables, header)));
  return { parsed, contact };
}

describe('one date, one validity', () => {
  it('what the log form accepts, the protocol accepts, and the backup restores unchanged', () => {
    fc.assert(
      fc.property(anyDay, anyTime, fc.option(anyDay, { nil: undefined }), (day, time, followUp) => {
        const form = validateLog({ ...initialLogFields(NOW), when: `${day}T${time}`, outcome: 'nadd', followUp: followUp ?? '' }, NOW);
        if (!form.ok) return;
        const message = requestSchemas['contact/log'].safeParse({ riskIds: ['r'], ...form.log });
        expect(message.success).toBe(true);
        const { parsed, contact } = roundTrip(form.log.at, form.log.followUp, followUp && isValidDay(followUp) ? followUp : '2025-11-20');
        expect(parsed.ok && parsed.skipped).toEqual([]);
        if (parsed.ok) expect(parsed.data.tables.contacts.find((c) => c.id === 'c-new')).toEqual(contact);
      }),
      { numRuns: 300 },
    );
  });

  it('what the protocol accepts as a time or a day, the backup restores; what it refuses, the form refuses too', () => {
    fc.assert(
      fc.property(fc.integer({ min: EPOCH_MIN - 10 ** 12, max: EPOCH_MAX + 10 ** 12 }), anyDay, (at, day) => {
        const message = requestSchemas['contact/log'].safeParse({
          riskIds: ['r'],
          at,
          channel: 'telefon',
          withWhom: '',
          summary: '',
          outcome: 'nadd',
          followUp: day,
        });
        const postpone = requestSchemas['risk/postpone'].safeParse({ riskIds: ['r'], until: at });
        if (!message.success) return;
        expect(postpone.success).toBe(true);
        const { parsed } = roundTrip(at, day, day);
        expect(parsed.ok && parsed.skipped).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('a year typed as "0202" is refused where it is typed, by the form and by the protocol', () => {
    const form = validateLog({ ...initialLogFields(NOW), when: '0202-11-21T14:30', outcome: 'nadd' }, NOW);
    expect(form.ok).toBe(false);
    const followUp = validateLog({ ...initialLogFields(NOW), when: '2025-11-21T14:30', outcome: 'nadd', followUp: '0202-12-01' }, NOW);
    expect(followUp.ok).toBe(false);
    const at = new Date(202, 10, 21, 14, 30).getTime();
    expect(
      requestSchemas['contact/log'].safeParse({ riskIds: ['r'], at, channel: 'telefon', withWhom: '', summary: '', outcome: 'nadd' })
        .success,
    ).toBe(false);
    expect(requestSchemas['risk/postpone'].safeParse({ riskIds: ['r'], until: at }).success).toBe(false);
  });

  it('the export checks itself: a row it could not read back stops the download and is named', () => {
    const tables = sampleTables();
    tables.contacts[0] = { ...tables.contacts[0]!, at: new Date(202, 10, 21).getTime() };
    expect(() => exportToJson(buildExport(tables, header))).toThrow(/contacts\[0\]/);
  });
});
