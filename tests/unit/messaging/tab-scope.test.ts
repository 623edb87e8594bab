import { beforeEach, describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { createHandlers } from '@/utils/background/handlers';
import type { InsynDatabase } from '@/utils/db/database';
import { dispatch } from '@/utils/messaging/router';
import { forgetTab } from '@/utils/tabs/tab-status';
import { ALVA_RISK, MAJA_RISK, at, freshDb, mathsPage } from '../db/test-db';
import { contentSender, own, pageSender, PAGE_URL } from './senders';

/**
 * A content script may touch only its own tab (issue 22): the risks its tab's current reading shows, and
 * no other tab's teach window or sample. Each test fails on a router that only checks who sends.
 */
const OWN = 'insyn-test-id';
let db: InsynDatabase;
const now = at('2025-11-05');
const send = (type: string, payload: unknown, sender: Browser.runtime.MessageSender) =>
  dispatch(
    createHandlers(db, () => now),
    { insyn: 1, type, payload },
    sender,
    own(OWN),
  );
const read = (tabId: number, analysis = mathsPage(), frameId?: number) =>
  send('page/read', { url: PAGE_URL, analysis }, { ...contentSender(OWN, tabId), ...(frameId ? { frameId } : {}) });
const dismiss = (tabId: number, riskIds: string[], frameId?: number) =>
  send('risk/dismiss', { riskIds, reason: 'Har kommit ikapp' }, { ...contentSender(OWN, tabId), ...(frameId ? { frameId } : {}) });
const statusOf = async (riskId: string) => (await db.risks.get(riskId))?.status;
const onlyMaja = mathsPage({ atRisk: mathsPage().atRisk.filter((risk) => risk.pupil === 'Carlsson, Maja') });

beforeEach(() => {
  db = freshDb();
});

describe('a content script’s reach', () => {
  it('acts on the risks its own tab shows', async () => {
    await read(7);
    expect(await dismiss(7, [ALVA_RISK])).toEqual({ ok: true, value: { updated: 1 } });
    expect(await statusOf(ALVA_RISK)).toBe('dismissed');
  });

  it('may not dismiss, postpone or log a contact for a risk another tab shows', async () => {
    await read(7);
    await read(8, onlyMaja);
    const other = contentSender(OWN, 8);
    const refused = [
      await dismiss(8, [ALVA_RISK]),
      await dismiss(8, [MAJA_RISK, ALVA_RISK]),
      await send('risk/postpone', { riskIds: [ALVA_RISK], until: at('2025-11-06') }, other),
      await send(
        'contact/log',
        { riskIds: [ALVA_RISK], at: now, channel: 'telefon', withWhom: 'Mamma', summary: 'Ringde', outcome: 'nadd' },
        other,
      ),
    ];
    for (const reply of refused) expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/not on the sender’s page/) });
    expect(await statusOf(ALVA_RISK)).toBe('open');
    expect((await db.risks.get(ALVA_RISK))?.snoozedUntil).toBeUndefined();
    expect(await statusOf(MAJA_RISK)).toBe('open');
    expect(await db.contacts.count()).toBe(0);
  });

  it('may not touch a risk that has left its page, nor after a failed read or once the tab is closed', async () => {
    await read(7);
    await read(7, onlyMaja);
    expect((await dismiss(7, [ALVA_RISK])).ok).toBe(false);
    await send('page/failed', { url: PAGE_URL, cause: 'read grades: TypeError' }, contentSender(OWN, 7));
    expect((await dismiss(7, [MAJA_RISK])).ok).toBe(false);
    await read(7);
    await forgetTab(7);
    expect((await dismiss(7, [MAJA_RISK])).ok).toBe(false);
    expect(await statusOf(MAJA_RISK)).toBe('open');
  });

  it('counts the risks of every frame of its tab, for the panel that speaks for them, until the frame leaves', async () => {
    await read(7, onlyMaja, 3);
    await read(7, mathsPage({ atRisk: [] }));
    expect(await dismiss(7, [MAJA_RISK])).toEqual({ ok: true, value: { updated: 1 } });
    await read(7, mathsPage({ atRisk: mathsPage().atRisk.filter((risk) => risk.pupil !== 'Carlsson, Maja') }), 4);
    await send('frames/left', {}, { ...contentSender(OWN, 7), frameId: 4 });
    expect((await dismiss(7, [ALVA_RISK])).ok).toBe(false);
  });

  it('opens the teach window or a page sample only on its own tab; the popup may name any tab', async () => {
    for (const type of ['teach/open', 'sample/open']) {
      expect(await send(type, { tabId: 12 }, contentSender(OWN, 7))).toEqual({
        ok: false,
        error: `${type} may only name the sender’s own tab`,
      });
      expect((await send(type, { tabId: 7 }, contentSender(OWN, 7))).ok).toBe(true);
      expect((await send(type, { tabId: 12 }, pageSender(OWN))).ok).toBe(true);
    }
  });
});
