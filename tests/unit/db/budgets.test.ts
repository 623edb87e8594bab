import { beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '@/utils/background/handlers';
import type { InsynDatabase } from '@/utils/db/database';
import { STORAGE_BUDGET, storageState } from '@/utils/domain/storage-budget';
import type { PageAnalysis } from '@/utils/infomentor/analysis';
import { MAX_ROWS } from '@/utils/infomentor/limits';
import { dispatch } from '@/utils/messaging/router';
import { storedRows, storageUse, storeWithinBudgets } from '@/utils/store/budgets';
import { loadTabStatus } from '@/utils/tabs/tab-status';
import { contentSender, own, PAGE_URL } from '../messaging/senders';
import { at, freshDb } from './test-db';

/** Budgets for what pages store (issue 22): an untrusted page may not fill the database. */
const OWN = 'insyn-test-id';
let db: InsynDatabase;
let now: number;

/** A group page of `count` pupils named from `from` on, each at risk in Matematik. */
function groupPage(count: number, from = 0): PageAnalysis {
  const names = Array.from({ length: count }, (_, i) => `Elev ${from + i}, Test`);
  return {
    kind: 'group-assessment',
    context: { group: '5A', subject: 'Matematik', term: 'Ht 2025' },
    pupils: names.map((name) => ({ name })),
    atRisk: names.map((pupil) => ({
      pupil,
      subject: 'Matematik',
      source: 'assessment',
      reasons: ['Ämnesomdöme: otillräckliga kunskaper'],
    })),
    documents: [],
  };
}
const read = (analysis: PageAnalysis, tabId = 7) =>
  dispatch(
    createHandlers(db, () => now),
    { insyn: 1, type: 'page/read', payload: { url: PAGE_URL, analysis } },
    contentSender(OWN, tabId),
    own(OWN),
  );

beforeEach(() => {
  db = freshDb();
  now = at('2025-11-05');
});

describe('one reading', () => {
  it('at the per-message maximum no longer stores 20,000 pupils: it stores nothing, and the popup says why', async () => {
    const reply = await read(groupPage(MAX_ROWS));
    expect(reply).toEqual({ ok: true, value: { stored: false, risks: [] } });
    expect([await db.pupils.count(), await db.risks.count(), await db.checklist.count(), await db.visits.count()]).toEqual([0, 0, 0, 0]);
    expect(await loadTabStatus(7)).toMatchObject({ overBudget: 'reading', pupils: MAX_ROWS });
  }, 60_000);
});

describe('a tab within an hour', () => {
  // Small budgets, so the test stores tens of pupils rather than thousands.
  const small = { ...STORAGE_BUDGET, newPupilsPerReading: 10, newPupilsPerTabHour: 20 };
  const store = (analysis: PageAnalysis, tabId = 7) => storeWithinBudgets(db, analysis, now, PAGE_URL, tabId, small);

  it('adds at most its hour’s budget of new pupils; known pupils, other tabs and the next hour go on', async () => {
    expect(await store(groupPage(11))).toEqual({ overBudget: 'reading' });
    expect(await store(groupPage(10, 0))).toHaveProperty('risks');
    now += 10 * 60_000;
    expect(await store(groupPage(10, 10))).toHaveProperty('risks');
    now += 10 * 60_000;
    expect(await store(groupPage(1, 20))).toEqual({ overBudget: 'tab-hour' });
    expect(await db.pupils.count()).toBe(20);
    // The pupils it already added are followed as before.
    expect(await store(groupPage(5, 0))).toHaveProperty('risks');
    // Another tab has its own hour; this one's comes back an hour after its first reading.
    expect(await store(groupPage(1, 20), 8)).toHaveProperty('risks');
    now += 41 * 60_000;
    expect(await store(groupPage(1, 21))).toHaveProperty('risks');
    expect(await db.pupils.count()).toBe(22);
  });
});

describe('the whole store', () => {
  it('refuses new pupils once full, still follows known ones, and says how full it is', async () => {
    expect(await storeWithinBudgets(db, groupPage(10), now, PAGE_URL, 7)).toHaveProperty('risks');
    const rows = await storedRows(db);
    // Ten pupils, each with a risk (and what the checklist owes for it).
    expect(rows).toBeGreaterThanOrEqual(20);
    const small = { ...STORAGE_BUDGET, storedRows: rows + 5, nearShare: 0.5 };
    expect(await storageUse(db, small)).toBe('near');
    expect(await storeWithinBudgets(db, groupPage(6, 10), now, PAGE_URL, 7, small)).toEqual({ overBudget: 'stored' });
    expect(await storedRows(db)).toBe(rows);
    expect(await storeWithinBudgets(db, groupPage(5, 10), now, PAGE_URL, 7, small)).toHaveProperty('risks');
    expect(await storageUse(db, small)).toBe('full');
    expect(await storeWithinBudgets(db, groupPage(1, 15), now, PAGE_URL, 7, small)).toEqual({ overBudget: 'stored' });
    expect(await storeWithinBudgets(db, groupPage(10), now + 1, PAGE_URL, 7, small)).toHaveProperty('risks');
  });

  it('is ok, near or full by its rows', () => {
    expect([0, 79_999, 80_000, 99_999, 100_000].map((rows) => storageState(rows))).toEqual(['ok', 'ok', 'near', 'near', 'full']);
  });
});
