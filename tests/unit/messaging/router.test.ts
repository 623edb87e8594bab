import { describe, expect, it } from 'vitest';
import { dispatch, type Handlers } from '@/utils/messaging/router';
import { DEFAULT_RISK_RULES } from '@/utils/domain/risk-rules';
import { requestRules, type RequestType } from '@/utils/messaging/protocol';
import { contentSender, own, pageSender, PAGE_URL } from './senders';

const OWN = 'insyn-test-id';
const calls: unknown[] = [];
const handlers: Handlers = {
  'page/read': (payload) => {
    calls.push(payload);
    return { stored: true, risks: [] };
  },
  'page/readable': () => ({ asked: true }),
  'page/tools': () => ({ asked: true }),
  'page/forms': () => ({ started: true }),
  'page/failed': () => ({ stored: true }),
  'tab/status': () => null,
  'stats/get': () => ({ visits: 1, pupils: 0, openRisks: 0, openItems: 0, overdueItems: 0, failedReads: 0, storage: 'ok' }),
  'rules/get': () => DEFAULT_RISK_RULES,
  'risk/postpone': () => ({ updated: 0 }),
  'risk/dismiss': () => ({ updated: 0 }),
  'contact/log': () => ({ contactId: 'c1', risks: [] }),
  'support/adapt': () => ({ adaptationId: 'a1', evaluationDue: '2025-12-01' }),
  'support/evaluate': () => ({ evaluationDue: '2025-12-01' }),
  'support/refer': () => ({ referralId: 'r1' }),
  'support/note': () => ({ referralId: 'r1' }),
  'drafting/get': () => ({ templates: [], teacher: '', school: '', term: 'Ht 2025', municipality: '', protectedRoutine: '' }),
  'drafting/sign': ({ teacher, school }) => ({ teacher, school }),
  'recipes/for-page': () => [],
  'recipes/save': ({ recipe }) => ({ id: recipe.id }),
  'teach/open': () => ({ opened: false }),
  'sample/open': () => ({ opened: false }),
  'frames/reread': () => ({ asked: false }),
  'frames/focus': () => ({ sent: false }),
  'frames/left': () => ({ sent: false }),
  'checklist/for-page': () => ({ items: [], askRole: [] }),
  'checklist/confirm': () => ({ items: [], askRole: [] }),
  'checklist/due': () => ({ thisWeek: 0, overdue: 0 }),
  'roles/answer': () => ({ items: [], askRole: [] }),
  'week/open': () => ({ opened: false }),
  'lock/status': () => ({ set: true, open: false, required: false, idleMinutes: 15 }),
  'lock/unlock': () => ({ open: true }),
  'lock/set': () => ({ set: true }),
  'lock/remove': () => ({ set: false }),
};
const emptyAnalysis = { kind: 'unknown', context: {}, pupils: [], atRisk: [], documents: [] };

describe('dispatch', () => {
  it('answers a valid request from this extension', async () => {
    const reply = await dispatch(handlers, { insyn: 1, type: 'stats/get', payload: {} }, pageSender(OWN), own(OWN));
    expect(reply).toEqual({
      ok: true,
      value: { visits: 1, pupils: 0, openRisks: 0, openItems: 0, overdueItems: 0, failedReads: 0, storage: 'ok' },
    });
  });

  it('refuses a sender that is not this extension', async () => {
    calls.length = 0;
    const reply = await dispatch(
      handlers,
      { insyn: 1, type: 'page/read', payload: { url: 'https://skola.infomentor.se/', analysis: emptyAnalysis } },
      { id: 'someone-else' },
      own(OWN),
    );
    expect(reply.ok).toBe(false);
    expect(calls).toHaveLength(0);
  });

  it.each([
    ['not an envelope', 'hello'],
    ['unknown type', { insyn: 1, type: 'db/raw', payload: {} }],
    ['inherited property as type', { insyn: 1, type: 'toString', payload: {} }],
    ['payload that fails its schema', { insyn: 1, type: 'page/read', payload: { url: 'javascript:alert(1)', analysis: emptyAnalysis } }],
    [
      'analysis of an unknown kind',
      { insyn: 1, type: 'page/read', payload: { url: 'https://a.infomentor.se/', analysis: { ...emptyAnalysis, kind: 'evil' } } },
    ],
  ])('refuses %s and calls no handler', async (_label, message) => {
    calls.length = 0;
    const reply = await dispatch(handlers, message, contentSender(OWN), own(OWN));
    expect(reply.ok).toBe(false);
    expect(calls).toHaveLength(0);
  });

  it('turns a handler failure into an error reply', async () => {
    const failing: Handlers = { ...handlers, 'stats/get': () => Promise.reject(new Error('QuotaExceededError')) };
    const reply = await dispatch(failing, { insyn: 1, type: 'stats/get', payload: {} }, pageSender(OWN), own(OWN));
    expect(reply).toEqual({ ok: false, error: 'QuotaExceededError' });
  });

  describe('who may ask', () => {
    const sample: Record<string, unknown> = {
      'tab/status': { tabId: 3 },
      'stats/get': {},
      'recipes/save': { recipe: {} },
    };
    const dashboardOnly = (Object.keys(requestRules) as RequestType[]).filter(
      (type) => !requestRules[type].from.includes('infomentor-tab'),
    );

    it('keeps the dashboard’s requests, recipes/save included, from the content script', async () => {
      expect(dashboardOnly).toEqual(expect.arrayContaining(['recipes/save', 'stats/get', 'tab/status']));
      for (const type of dashboardOnly) {
        calls.length = 0;
        const reply = await dispatch(handlers, { insyn: 1, type, payload: sample[type] ?? {} }, contentSender(OWN), own(OWN));
        expect(reply).toEqual({ ok: false, error: `${type} may not be sent from infomentor-tab` });
      }
    });

    it('keeps the page’s requests from Insyn’s own pages, and everything from a frame or tab outside InfoMentor', async () => {
      const read = { insyn: 1, type: 'page/read', payload: { url: PAGE_URL, analysis: emptyAnalysis } };
      calls.length = 0;
      expect((await dispatch(handlers, read, pageSender(OWN), own(OWN))).ok).toBe(false);
      const elsewhere = { id: OWN, url: 'https://evil.example/', tab: { id: 7, url: 'https://evil.example/' } as never };
      expect((await dispatch(handlers, read, elsewhere, own(OWN))).ok).toBe(false);
      const frame = { id: OWN, url: 'https://evil.example/frame', tab: { id: 7, url: PAGE_URL } as never };
      expect((await dispatch(handlers, read, frame, own(OWN))).ok).toBe(false);
      const lookalike = {
        id: OWN,
        url: 'https://infomentor.se.evil.example/',
        tab: { id: 7, url: 'https://infomentor.se.evil.example/' } as never,
      };
      expect((await dispatch(handlers, read, lookalike, own(OWN))).ok).toBe(false);
      const plainHttp = {
        id: OWN,
        url: 'http://skola.infomentor.se/kunskap',
        tab: { id: 7, url: 'http://skola.infomentor.se/kunskap' } as never,
      };
      expect((await dispatch(handlers, read, plainHttp, own(OWN))).ok).toBe(false);
      expect(calls).toHaveLength(0);
    });

    it('reads a page’s address from the sender’s tab: a page/read naming another tab’s address is corrected', async () => {
      calls.length = 0;
      const forged = { insyn: 1, type: 'page/read', payload: { url: 'https://annan.infomentor.se/elev/hemlig', analysis: emptyAnalysis } };
      const reply = await dispatch(handlers, forged, contentSender(OWN, 7, PAGE_URL), own(OWN));
      expect(reply.ok).toBe(true);
      expect(calls).toEqual([expect.objectContaining({ url: PAGE_URL })]);
    });

    it('takes the panel’s checklist requests from the content script only, its ticks with a valid day', async () => {
      const tick = (on: string) => ({ insyn: 1, type: 'checklist/confirm', payload: { itemIds: ['i1'], on, outside: false } });
      expect((await dispatch(handlers, tick('2025-11-21'), contentSender(OWN), own(OWN))).ok).toBe(true);
      expect((await dispatch(handlers, tick('2025-02-30'), contentSender(OWN), own(OWN))).ok).toBe(false);
      for (const type of ['checklist/for-page', 'checklist/confirm', 'checklist/due', 'roles/answer', 'week/open'] as const) {
        expect(requestRules[type].from).toEqual(['infomentor-tab']);
        const reply = await dispatch(handlers, { insyn: 1, type, payload: {} }, pageSender(OWN), own(OWN));
        expect(reply).toEqual({ ok: false, error: `${type} may not be sent from insyn-page` });
      }
    });

    it('takes the lock’s requests from the dashboard only: not the popup, the teach window or the page', async () => {
      const unlock = { insyn: 1, type: 'lock/unlock', payload: { passphrase: 'lärarrummets fras' } };
      expect(await dispatch(handlers, unlock, pageSender(OWN), own(OWN))).toEqual({ ok: true, value: { open: true } });
      for (const page of ['popup.html', 'teach.html']) {
        const sender = { id: OWN, url: `chrome-extension://${OWN}/${page}` };
        expect(await dispatch(handlers, unlock, sender, own(OWN))).toEqual({ ok: false, error: 'lock/unlock may not be sent from there' });
      }
      expect((await dispatch(handlers, unlock, contentSender(OWN), own(OWN))).ok).toBe(false);
    });

    it('answers the content script what it may ask, and a teach window opened from the popup', async () => {
      const page = await dispatch(handlers, { insyn: 1, type: 'rules/get', payload: {} }, contentSender(OWN), own(OWN));
      expect(page).toEqual({ ok: true, value: DEFAULT_RISK_RULES });
      expect((await dispatch(handlers, { insyn: 1, type: 'teach/open', payload: { tabId: 7 } }, pageSender(OWN), own(OWN))).ok).toBe(true);
      expect((await dispatch(handlers, { insyn: 1, type: 'teach/open', payload: {} }, contentSender(OWN), own(OWN))).ok).toBe(true);
    });
  });
});
