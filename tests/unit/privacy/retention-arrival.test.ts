import { afterEach, describe, expect, it } from 'vitest';
import { logEvent } from '@/utils/db/events';
import { buildExport, exportToJson } from '@/utils/export/json';
import type { ExportTables } from '@/utils/export/schema';
import { parseExport } from '@/utils/import/parse';
import { NOTICE_DAYS, planPurge } from '@/utils/privacy/retention';
import { runScheduledPurge } from '@/utils/store/purge';
import { applyImport } from '@/utils/import/apply';
import { at, contact, doc, freshDatabase, item, pupil, risk } from './rows';

/**
 * Issue 22: retention's week of notice counts from when rows arrived. A backup restored 14 months after
 * it was made holds rows already past the 13 months: the first daily run must list them, not delete them.
 */
const DAY = 86_400_000;
const MADE = at(2025, 9, 1);
const RESTORED = at(2026, 11, 2); // 14 months later
let db = freshDatabase();
afterEach(async () => {
  await db.delete();
  db = freshDatabase();
});

function oldBackup(): ExportTables {
  return {
    pupils: [pupil('im:1', MADE)],
    risks: [risk('im:1', 'Matematik', 'resolved', MADE)],
    documents: [doc('im:1', MADE)],
    contacts: [contact('c-1', 'im:1', MADE)],
    checklist: [item('im:1', 'done', MADE)],
    templates: [],
    recipes: [],
    settings: [],
    events: [
      { id: 1, at: MADE, action: 'contact/log', subject: 'c-1' },
      { id: 2, at: MADE, action: 'risk/resolve', subject: 'im:1|Matematik|Ht 2025' },
    ],
    adaptations: [],
    referrals: [],
  };
}

const file = (tables: ExportTables) => buildExport(tables, { teacher: 'Lena', school: 'Ängsskolan', appVersion: '1', exportedAt: MADE });

describe('retention after a restore or an import', () => {
  it.each(['replace', 'merge'] as const)('%s: rows past their age are listed on arrival and deleted only a week later', async (mode) => {
    await applyImport(db, file(oldBackup()), mode, RESTORED);

    expect(await runScheduledPurge(db, RESTORED + DAY)).toEqual({});
    expect(await db.contacts.count()).toBe(1);
    const plan = await planPurge(db, RESTORED + DAY, { retentionMonths: 13 });
    // Seven rows, every one listed, each to be deleted a week after it arrived.
    expect(plan.items).toHaveLength(7);
    expect(new Set(plan.items.map((i) => i.deleteOn))).toEqual(new Set([RESTORED + NOTICE_DAYS * DAY]));

    expect(await runScheduledPurge(db, RESTORED + (NOTICE_DAYS - 1) * DAY)).toEqual({});
    const deleted = await runScheduledPurge(db, RESTORED + NOTICE_DAYS * DAY);
    expect(deleted).toMatchObject({ pupils: 1, risks: 1, documents: 1, contacts: 1, checklist: 1, events: 2 });
    // What arrived is forgotten with the rows: nothing about the pupil stays behind.
    expect(await db.arrivals.count()).toBe(0);
  });

  it('rows already here keep their own notice: an import does not postpone them', async () => {
    await db.contacts.put(contact('c-here', 'im:2', MADE));
    await applyImport(db, file({ ...oldBackup(), contacts: [] }), 'merge', RESTORED);
    const plan = await planPurge(db, RESTORED, { retentionMonths: 13 });
    const here = plan.items.find((i) => i.id === 'c-here');
    expect(here?.deleteOn).toBeLessThan(RESTORED);
  });

  it('a row young enough is not listed any sooner for having arrived', async () => {
    const young = { ...oldBackup(), contacts: [contact('c-young', 'im:1', RESTORED - 30 * DAY)] };
    await applyImport(db, file(young), 'replace', RESTORED);
    const plan = await planPurge(db, RESTORED + 2 * NOTICE_DAYS * DAY, { retentionMonths: 13 });
    expect(plan.items.map((i) => i.id)).not.toContain('c-young');
  });

  it('the daily run forgets arrivals once their week is over', async () => {
    const young = { ...oldBackup(), pupils: [pupil('im:1', RESTORED)], contacts: [contact('c-young', 'im:1', RESTORED)] };
    await applyImport(db, file({ ...young, risks: [], documents: [], checklist: [], events: [] }), 'replace', RESTORED);
    expect(await db.arrivals.count()).toBe(2);
    await runScheduledPurge(db, RESTORED + NOTICE_DAYS * DAY);
    expect(await db.arrivals.count()).toBe(0);
    expect(await db.contacts.count()).toBe(1);
  });
});

describe('event ids are renumbered on import', () => {
  const huge = (tables: ExportTables): ExportTables => ({
    ...tables,
    events: [
      { id: Number.MAX_SAFE_INTEGER, at: MADE + 1, action: 'risk/resolve', subject: 'im:1|Matematik|Ht 2025' },
      { id: 7, at: MADE, action: 'contact/log', subject: 'c-1' },
    ],
  });

  it.each(['replace', 'merge'] as const)('%s: an id of 2^53−1 in the file does not block later writes', async (mode) => {
    const parsed = parseExport(exportToJson(file(huge(oldBackup()))));
    if (!parsed.ok) throw new Error('the file did not parse');
    await applyImport(db, parsed.data, mode, RESTORED);
    await logEvent(db, 'settings/save', undefined, RESTORED);
    const events = await db.events.orderBy('id').toArray();
    expect(events.map((e) => e.action)).toEqual(['contact/log', 'risk/resolve', 'settings/save']);
    expect(Math.max(...events.map((e) => e.id!))).toBeLessThan(1000);
  });
});
