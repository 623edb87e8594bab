import { beforeAll, describe, expect, it } from 'vitest';
import { dueRange, listChecklist, type ChecklistFilter } from '@/utils/db/queries/checklist';
import { hasSnapshot, snapshot } from '@/utils/db/queries/snapshot';
import { expectTotal } from './expect-total';
import { foldText } from '@/utils/db/queries/text';
import type { ChecklistRecord } from '@/utils/db/records';
import { checklist, freshDatabase, pupils } from './seed';

const db = freshDatabase();
const TODAY = '2025-11-12'; // a Wednesday: "this week" runs to Sunday 16 Nov
const PUPILS = pupils(90);
const ROWS = checklist(2000, 90, '2025-10-20');
const byId = new Map(PUPILS.map((p) => [p.id, p]));

beforeAll(async () => {
  await db.pupils.bulkAdd(PUPILS);
  await db.checklist.bulkAdd(ROWS);
});

function expected(filter: ChecklistFilter): ChecklistRecord[] {
  const range = filter.due ? dueRange(filter.due, TODAY) : {};
  const words = foldText(filter.text ?? '')
    .split(' ')
    .filter(Boolean);
  return ROWS.filter(
    (item) =>
      (!filter.group || byId.get(item.pupilId)?.group === filter.group) &&
      (!filter.subject || foldText(item.subject ?? '') === foldText(filter.subject)) &&
      (!filter.kind || item.kind === filter.kind) &&
      (!filter.status || item.status === filter.status) &&
      (filter.due !== 'overdue' || item.status === 'open') &&
      (!range.from || item.due >= range.from) &&
      (!range.to || item.due <= range.to) &&
      (!filter.pupilId || item.pupilId === filter.pupilId) &&
      words.every((w) => foldText(`${byId.get(item.pupilId)?.name} ${byId.get(item.pupilId)?.group}`).includes(w)),
  ).sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.id.localeCompare(b.id)));
}

describe('dueRange', () => {
  it('splits time into overdue (before today), this week (to Sunday) and later', () => {
    expect(dueRange('overdue', TODAY)).toEqual({ to: '2025-11-11' });
    expect(dueRange('this-week', TODAY)).toEqual({ from: '2025-11-12', to: '2025-11-16' });
    expect(dueRange('later', TODAY)).toEqual({ from: '2025-11-17' });
    expect(dueRange('this-week', '2025-11-16')).toEqual({ from: '2025-11-16', to: '2025-11-16' });
  });
});

describe('listChecklist', () => {
  const filters: Array<[string, ChecklistFilter]> = [
    ['nothing (soonest due first)', {}],
    ['status open', { status: 'open' }],
    ['status done', { status: 'done' }],
    ['group', { group: '5B' }],
    ['subject, any case', { subject: 'SVENSKA' }],
    ['kind', { kind: 'iup-posted' }],
    ['overdue (open only)', { due: 'overdue' }],
    ['this week', { due: 'this-week' }],
    ['later and done', { due: 'later', status: 'done' }],
    ['group, kind and this week', { group: '9C', kind: 'decision-sent-home', due: 'this-week' }],
    ['pupil', { pupilId: 'im:4' }],
    ['pupil name search', { text: 'åsa' }],
  ];
  it.each(filters)(
    'filters by %s exactly like a plain scan would, from the database and from memory',
    async (_, filter) => {
      const want = expected(filter);
      expect(want.length).toBeGreaterThan(0);
      const lastOffset = Math.floor((want.length - 1) / 100) * 100;
      for (const warm of [false, true]) {
        // An unchanged write makes Dexie report the table changed, which drops the in-memory copies.
        await db.checklist.put(ROWS[0]!);
        if (warm) await snapshot(db, 'checklist');
        expect(hasSnapshot(db, 'checklist')).toBe(warm);
        const first = await listChecklist(db, filter, { offset: 0, limit: 100 }, TODAY);
        expectTotal(first, want.length, warm);
        expect(first.rows.map((r) => r.id)).toEqual(want.slice(0, 100).map((r) => r.id));
        const last = await listChecklist(db, filter, { offset: lastOffset, limit: 100 }, TODAY);
        expect(last.rows.map((r) => r.id)).toEqual(want.slice(lastOffset).map((r) => r.id));
      }
    },
    60_000,
  ); // fake-indexeddb walks cursors row by row; a real browser skips ahead natively

  it('has no overdue items that are already done', async () => {
    const page = await listChecklist(db, { due: 'overdue', status: 'done' }, { offset: 0, limit: 100 }, TODAY);
    expect(page.total).toBe(0);
  });

  it('joins the pupil for display', async () => {
    const page = await listChecklist(db, { pupilId: 'im:0' }, { offset: 0, limit: 1 }, TODAY);
    expect(page.rows[0]!.pupil).toMatchObject({ name: 'Öström, Åsa', group: '5A' });
  });
});
