import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/utils/background/handlers';
import type { OwedOnPage } from '@/utils/checklist/owed-view';
import type { InsynDatabase } from '@/utils/db/database';
import { analysePage } from '@/utils/infomentor/analyse';
import { dispatch } from '@/utils/messaging/router';
import { loadSettings } from '@/utils/settings/store';
import { saveSettings } from '@/utils/store/settings';
import { loadTabStatus } from '@/utils/tabs/tab-status';
import { at, freshDb, mathsPage } from '../db/test-db';
import { contentSender, own } from '../messaging/senders';

const OWN = 'insyn-test-id';
const IUP_URL = 'https://skola.infomentor.se/#/iup/2A';
const MATHS_URL = 'https://skola.infomentor.se/kunskap';
let db: InsynDatabase;
// After every publication date the IUP list shows (10–18 Dec).
const now = at('2025-12-19');

const ask = async <T>(type: string, payload: unknown, tabId = 7, url = IUP_URL): Promise<T> => {
  const reply = await dispatch(
    createHandlers(db, () => now),
    { insyn: 1, type, payload },
    contentSender(OWN, tabId, url),
    own(OWN),
  );
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as T;
};
const iupPage = () =>
  analysePage(new DOMParser().parseFromString(readFileSync('tests/fixtures/infomentor/iup-lista-2a.html', 'utf8'), 'text/html'), IUP_URL);
const posted = (owed: OwedOnPage) => owed.items.filter((item) => item.tick === 'posted');

beforeEach(async () => {
  db = freshDb();
  await saveSettings(db, { roles: { '2A': 'mentor' } });
  await ask('page/read', { url: IUP_URL, analysis: iupPage() });
});

describe('the panel’s checklist requests', () => {
  it('checklist/for-page answers what is owed for the tab’s IUP list: published or not yet, and posted home', async () => {
    const owed = await ask<OwedOnPage>('checklist/for-page', {});
    const published = iupPage().documents.filter((doc) => doc.published).length;
    expect(posted(owed)).toHaveLength(published);
    expect(new Set(owed.items.map((item) => item.label.sv))).toEqual(new Set(['IUP publicerad', 'IUP skickad hem per post']));
    expect(owed.items.every((item) => item.group === '2A')).toBe(true);
    expect(owed.askRole).toEqual([]);
    // The tab's pupils stay with the background: the popup's status does not carry them.
    expect(await loadTabStatus(7)).not.toHaveProperty('pupilIds');
  });

  it('another tab, or a tab showing another page, sees none of them and cannot tick them', async () => {
    expect((await ask<OwedOnPage>('checklist/for-page', {}, 8)).items).toEqual([]);
    const item = posted(await ask<OwedOnPage>('checklist/for-page', {}))[0]!;
    await ask('page/read', { url: MATHS_URL, analysis: mathsPage() }, 8, MATHS_URL);
    await expect(ask('checklist/confirm', { itemIds: [item.id], on: '2025-12-18', outside: false }, 8, MATHS_URL)).rejects.toThrow(
      /not an item of this page/,
    );
    expect((await db.checklist.get(item.id))?.status).toBe('open');
  });

  it('"skickad per post" on a day closes the item with that day; a day after today or a second tick is refused', async () => {
    const item = posted(await ask<OwedOnPage>('checklist/for-page', {}))[0]!;
    await expect(ask('checklist/confirm', { itemIds: [item.id], on: '2025-12-20', outside: false })).rejects.toThrow(/up to today/);
    // Posted before the publication date the page shows: a typing error, refused.
    expect(item.dated).toMatch(/^2025-12-1\d$/);
    await expect(ask('checklist/confirm', { itemIds: [item.id], on: '2025-12-09', outside: false })).rejects.toThrow(
      /before the page's date/,
    );
    const after = await ask<OwedOnPage>('checklist/confirm', { itemIds: [item.id], on: '2025-12-18', outside: false });
    expect(after.items.find((i) => i.id === item.id)).toMatchObject({ status: 'done', confirmedDate: '2025-12-18' });
    expect(await db.checklist.get(item.id)).toMatchObject({ status: 'done', closedBy: 'teacher', confirmedDate: '2025-12-18' });
    await expect(ask('checklist/confirm', { itemIds: [item.id], on: '2025-12-18', outside: false })).rejects.toThrow(/already done/);
  });

  it('"Redan gjort" closes any open item as done outside Insyn; only posted items take the posted tick', async () => {
    const owed = await ask<OwedOnPage>('checklist/for-page', {});
    const unpublished = owed.items.find((item) => item.tick === undefined && item.status === 'open')!;
    await expect(ask('checklist/confirm', { itemIds: [unpublished.id], on: '2025-12-18', outside: false })).rejects.toThrow(
      /not posted home/,
    );
    await ask('checklist/confirm', { itemIds: [unpublished.id], on: '2025-09-01', outside: true });
    expect(await db.checklist.get(unpublished.id)).toMatchObject({ status: 'done', doneOutside: true, confirmedDate: '2025-09-01' });
  });

  it('roles/answer remembers the role of a group on the page, and the mentor’s items follow it', async () => {
    db = freshDb();
    await saveSettings(db, { roles: { '2A': 'subject' } });
    await ask('page/read', { url: IUP_URL, analysis: iupPage() });
    expect(await ask<OwedOnPage>('checklist/for-page', {})).toEqual({ items: [], askRole: [] });
    await expect(ask('roles/answer', { group: '9C', role: 'mentor' })).rejects.toThrow(/not a group of this page/);
    const owed = await ask<OwedOnPage>('roles/answer', { group: '2A', role: 'mentor' });
    expect((await loadSettings(db)).roles).toEqual({ '2A': 'mentor' });
    expect(owed.items.length).toBeGreaterThan(0);
  });

  it('asks the role of a group the teacher has not placed', async () => {
    await ask('page/read', { url: MATHS_URL, analysis: mathsPage() }, 9, MATHS_URL);
    expect((await ask<OwedOnPage>('checklist/for-page', {}, 9, MATHS_URL)).askRole).toEqual(['5A']);
  });

  it('checklist/due counts what is due this week and what is overdue, and week/open opens the dashboard’s overview', async () => {
    const all = await db.checklist.where('status').equals('open').toArray();
    const sunday = '2025-12-21';
    await db.checklist.update(all[0]!.id, { due: '2025-12-17' });
    await db.checklist.update(all[1]!.id, { due: sunday });
    all[0]!.due = '2025-12-17';
    all[1]!.due = sunday;
    // At least one of each, so the counts cannot pass as zeros.
    expect(await ask('checklist/due', {})).toEqual({
      overdue: all.filter((item) => item.due < '2025-12-19').length,
      thisWeek: all.filter((item) => item.due >= '2025-12-19' && item.due <= sunday).length,
    });
    const opened: string[] = [];
    fakeBrowser.tabs.onCreated.addListener((tab) => void opened.push(tab.url ?? ''));
    expect(await ask('week/open', {})).toEqual({ opened: true });
    expect(opened).toEqual([expect.stringMatching(/dashboard\.html#overview$/)]);
  });
});
