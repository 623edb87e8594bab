import { describe, expect, it } from 'vitest';
import { reconcile } from '@/utils/checklist/close';
import { confirmItems, restoreItems } from '@/utils/store/confirm-items';
import { guardianContactId } from '@/utils/checklist/ids';
import { refreshChecklist } from '@/utils/store/refresh-checklist';
import { dismissRisks } from '@/utils/store/risks';
import { storeReading } from '@/utils/store/readings';
import type { ChecklistRecord } from '@/utils/db/records';
import { saveSettings } from '@/utils/store/settings';
import { ALVA, ALVA_RISK, MAJA_RISK, at, freshDb, mathsPage } from '../db/test-db';

const iupPage = (published: boolean) =>
  mathsPage({
    kind: 'iup-list',
    context: { group: '5A', term: 'Ht 2025' },
    atRisk: [],
    documents: [{ pupil: 'Andersson, Alva', type: 'iup', term: 'Ht 2025', status: 'complete', published }],
  });

/** The teacher is 5A's mentor (the roles test below covers a subject teacher). */
async function seeded() {
  const db = freshDb();
  await saveSettings(db, { roles: { '5A': 'mentor' } });
  await storeReading(db, mathsPage(), at('2025-11-05'));
  await refreshChecklist(db, at('2025-11-05'));
  return db;
}

describe('refreshChecklist', () => {
  it('creates the items the pages call for', async () => {
    const db = await seeded();
    const items = await db.checklist.orderBy('id').toArray();
    expect(items.map((i) => [i.kind, i.pupilId.split('|')[0], i.status])).toEqual([
      ['guardian-contact', 'name:andersson, alva', 'open'],
      ['guardian-contact', 'name:carlsson, maja', 'open'],
      ['iup-published', 'name:andersson, alva', 'open'],
      ['iup-published', 'name:berg, elias', 'open'],
      ['iup-published', 'name:carlsson, maja', 'open'],
      ['progress-meeting', 'name:andersson, alva', 'open'],
      ['progress-meeting', 'name:berg, elias', 'open'],
      ['progress-meeting', 'name:carlsson, maja', 'open'],
      ['written-assessment', 'name:andersson, alva', 'open'],
      ['written-assessment', 'name:berg, elias', 'done'],
      ['written-assessment', 'name:carlsson, maja', 'open'],
    ]);
  });

  it('as a subject teacher, or before saying, the group owes no mentor items: only contact and omdömen', async () => {
    for (const roles of [{ '5A': 'subject' as const }, {}]) {
      const db = freshDb();
      await saveSettings(db, { roles });
      await storeReading(db, mathsPage(), at('2025-11-05'));
      const kinds = new Set((await db.checklist.toArray()).map((i) => i.kind));
      expect(kinds).toEqual(new Set(['guardian-contact', 'written-assessment']));
    }
  });

  it('creates no duplicates and changes nothing when run again or when the same pages are read again', async () => {
    const db = await seeded();
    const before = await db.checklist.toArray();
    expect(await refreshChecklist(db, at('2025-11-06'))).toEqual({ written: 0, removed: 0 });
    await storeReading(db, mathsPage(), at('2025-11-07'));
    expect(await refreshChecklist(db, at('2025-11-07'), [ALVA])).toEqual({ written: 0, removed: 0 });
    expect(await db.checklist.toArray()).toEqual(before);
  });

  it('closes an IUP from the page and owes posting it home; reopens if the page shows it unpublished again', async () => {
    const db = await seeded();
    // Reading the page is enough: the items follow in the reading's own transaction.
    await storeReading(db, iupPage(true), at('2025-11-20'));
    expect(await db.checklist.get(`iup-published|${ALVA}|2025/26`)).toMatchObject({
      status: 'done',
      closedBy: 'page',
      closedAt: at('2025-11-20'),
    });
    expect(await db.checklist.get(`iup-posted|${ALVA}|2025/26`)).toMatchObject({ status: 'open', due: '2025-11-27' });

    await storeReading(db, iupPage(false), at('2025-11-21'));
    const reopened = await db.checklist.get(`iup-published|${ALVA}|2025/26`);
    expect(reopened?.status).toBe('open');
    expect(reopened?.closedAt).toBeUndefined();
    // Posting home is no longer owed while nothing is published.
    expect(await db.checklist.get(`iup-posted|${ALVA}|2025/26`)).toBeUndefined();
  });

  it('removes the open contact item of a dismissed risk and keeps closed items as history', async () => {
    const db = await seeded();
    await confirmItems(db, [guardianContactId(MAJA_RISK)], '2025-11-08');
    await dismissRisks(db, [ALVA_RISK, MAJA_RISK], 'Inte i risk');
    expect(await db.checklist.get(guardianContactId(ALVA_RISK))).toBeUndefined();
    expect(await db.checklist.get(guardianContactId(MAJA_RISK))).toMatchObject({ status: 'done', closedBy: 'teacher' });
  });

  it('moves due dates when the teacher changes the rules, and drops items of a rule switched off', async () => {
    const db = await seeded();
    await saveSettings(db, { rules: { iup: { publishBy: '12-15' } } });
    await refreshChecklist(db, at('2025-11-09'));
    expect((await db.checklist.get(`iup-published|${ALVA}|2025/26`))?.due).toBe('2025-12-15');
    expect(await db.checklist.where('kind').equals('progress-meeting').count()).toBe(3);
    await saveSettings(db, { rules: { progressMeeting: false } });
    await refreshChecklist(db, at('2025-11-10'));
    expect(await db.checklist.where('kind').equals('progress-meeting').count()).toBe(0);
  });

  it('gives a pupil seen in a new term that term’s items when the page is read', async () => {
    const db = freshDb();
    await saveSettings(db, { roles: { '5A': 'mentor' } });
    await storeReading(db, mathsPage(), at('2025-11-05'));
    expect(await db.checklist.get(`progress-meeting|${ALVA}|Vt 2026`)).toBeUndefined();
    await storeReading(db, mathsPage(), at('2026-01-20'));
    expect(await db.checklist.get(`progress-meeting|${ALVA}|Vt 2026`)).toMatchObject({ status: 'open', due: '2026-06-12' });
  });

  it('does not bring back duties older than the retention period', async () => {
    const db = freshDb();
    await saveSettings(db, { roles: { '8C': 'mentor' } });
    const decisions = mathsPage({
      kind: 'action-programmes',
      context: { group: '8C' },
      atRisk: [],
      documents: [
        { pupil: 'Berg, Elias', type: 'action-programme', status: 'in-progress', published: false, decided: '2024-01-10' },
        { pupil: 'Berg, Elias', type: 'no-action-programme', status: 'complete', published: false, decided: '2025-10-01' },
      ],
    });
    await storeReading(db, decisions, at('2025-11-05'));
    const items = await db.checklist.where('kind').equals('decision-sent-home').toArray();
    expect(items.map((i) => i.due)).toEqual(['2025-10-08']);
  });
});

describe('confirmItems and restoreItems', () => {
  it('closes items by the teacher with a date and undoes exactly', async () => {
    const db = await seeded();
    const id = `iup-published|${ALVA}|2025/26`;
    const before = await db.checklist.get(id);
    const previous = await confirmItems(db, [id, 'unknown'], '2025-12-12', at('2025-12-12'));
    expect(previous).toEqual([before]);
    expect(await db.checklist.get(id)).toMatchObject({
      status: 'done',
      closedBy: 'teacher',
      confirmedDate: '2025-12-12',
      closedAt: at('2025-12-12'),
    });
    // The teacher's word stands over what pages show.
    await storeReading(db, iupPage(false), at('2025-12-13'));
    await refreshChecklist(db, at('2025-12-13'));
    expect((await db.checklist.get(id))?.status).toBe('done');

    await restoreItems(db, previous);
    expect(await db.checklist.get(id)).toEqual(before);
    const actions = (await db.events.toArray()).map((e) => e.action);
    expect(actions).toContain('checklist/confirm');
    expect(actions).toContain('checklist/restore');
  });

  it('refuses a date that is not a date', async () => {
    const db = await seeded();
    await expect(confirmItems(db, [`iup-published|${ALVA}|2025/26`], '12 dec')).rejects.toThrow(/not a date/);
  });
});

describe('reconcile', () => {
  const item = (over: Partial<ChecklistRecord> = {}): ChecklistRecord => ({
    id: 'x',
    pupilId: 'p',
    kind: 'written-assessment',
    term: 'Ht 2025',
    due: '2025-12-06',
    status: 'open',
    ...over,
  });

  it('keeps the closing time of an item that stays closed', () => {
    const stored = item({ status: 'done', closedBy: 'page', closedAt: 1 });
    expect(reconcile([stored], [item({ status: 'done', closedBy: 'page' })], 99)).toEqual({ put: [], remove: [] });
  });

  it('stamps the closing time when the data closes an item', () => {
    expect(reconcile([item()], [item({ status: 'done', closedBy: 'page' })], 99).put).toEqual([
      item({ status: 'done', closedBy: 'page', closedAt: 99 }),
    ]);
  });

  it('updates only the due date of a teacher-confirmed item', () => {
    const stored = item({ status: 'done', closedBy: 'teacher', closedAt: 1, confirmedDate: '2025-12-01' });
    expect(reconcile([stored], [item({ due: '2025-12-01' })], 99).put).toEqual([{ ...stored, due: '2025-12-01' }]);
  });
});
