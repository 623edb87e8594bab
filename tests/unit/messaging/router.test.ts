import { describe, expect, it } from 'vitest';
import { dispatch, type Handlers } from '@/utils/messaging/router';
import { DEFAULT_RISK_RULES } from '@/utils/domain/risk-rules';

const OWN = 'insyn-test-id';
const calls: unknown[] = [];
const handlers: Handlers = {
  'page/read': (payload) => {
    calls.push(payload);
    return { stored: true, risks: [] };
  },
  'page/failed': () => ({ stored: true }),
  'tab/status': () => null,
  'stats/get': () => ({ visits: 1, pupils: 0, openRisks: 0, openItems: 0, overdueItems: 0, failedReads: 0 }),
  'badge/refresh': () => ({ dueSoon: 0 }),
  'rules/get': () => DEFAULT_RISK_RULES,
  'risk/postpone': () => ({ updated: 0 }),
  'risk/dismiss': () => ({ updated: 0 }),
  'contact/log': () => ({ contactId: 'c1', risks: [] }),
  'drafting/get': () => ({ templates: [], teacher: '', school: '', term: 'Ht 2025' }),
  'recipes/for-page': () => [],
  'recipes/save': ({ recipe }) => ({ id: recipe.id }),
  'teach/open': () => ({ opened: false }),
  'sample/open': () => ({ opened: false }),
};
const emptyAnalysis = { kind: 'unknown', context: {}, pupils: [], atRisk: [], documents: [] };

describe('dispatch', () => {
  it('answers a valid request from this extension', async () => {
    const reply = await dispatch(handlers, { insyn: 1, type: 'stats/get', payload: {} }, { id: OWN }, OWN);
    expect(reply).toEqual({ ok: true, value: { visits: 1, pupils: 0, openRisks: 0, openItems: 0, overdueItems: 0, failedReads: 0 } });
  });

  it('refuses a sender that is not this extension', async () => {
    calls.length = 0;
    const reply = await dispatch(
      handlers,
      { insyn: 1, type: 'page/read', payload: { url: 'https://skola.infomentor.se/', analysis: emptyAnalysis } },
      { id: 'someone-else' },
      OWN,
    );
    expect(reply.ok).toBe(false);
    expect(calls).toHaveLength(0);
  });

  it.each([
    ['not an envelope', 'hello'],
    ['unknown type', { insyn: 1, type: 'db/raw', payload: {} }],
    ['inherited property as type', { insyn: 1, type: 'toString', payload: {} }],
    ['payload that fails its schema', { insyn: 1, type: 'page/read', payload: { url: 'javascript:alert(1)', analysis: emptyAnalysis } }],
    ['analysis of an unknown kind', { insyn: 1, type: 'page/read', payload: { url: 'https://a.infomentor.se/', analysis: { ...emptyAnalysis, kind: 'evil' } } }],
  ])('refuses %s and calls no handler', async (_label, message) => {
    calls.length = 0;
    const reply = await dispatch(handlers, message, { id: OWN }, OWN);
    expect(reply.ok).toBe(false);
    expect(calls).toHaveLength(0);
  });

  it('turns a handler failure into an error reply', async () => {
    const failing: Handlers = { ...handlers, 'stats/get': () => Promise.reject(new Error('QuotaExceededError')) };
    const reply = await dispatch(failing, { insyn: 1, type: 'stats/get', payload: {} }, { id: OWN }, OWN);
    expect(reply).toEqual({ ok: false, error: 'QuotaExceededError' });
  });
});
