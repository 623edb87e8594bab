import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requestRules, requestSchemas, type RequestType } from '@/utils/messaging/protocol';
import { dispatch, type Handlers } from '@/utils/messaging/router';
import { allowedSender, contentSender, own, PAGE_URL, pageSender } from '../messaging/senders';

/**
 * The background's one door. Whatever arrives — from a compromised page's content script world, a
 * confused extension page, or another extension — no handler may run on a payload its schema rejects,
 * and the door itself never throws (a throw would leave the sender without an answer).
 */
const OWN = 'insyn-own-id';
const TYPES = Object.keys(requestSchemas) as RequestType[];

function recordingHandlers() {
  const calls: { type: RequestType; payload: unknown }[] = [];
  const handlers = Object.fromEntries(
    TYPES.map((type) => [
      type,
      (payload: unknown) => {
        calls.push({ type, payload });
        return null;
      },
    ]),
  ) as unknown as Handlers;
  return { calls, handlers };
}

const validAnalysis = { kind: 'unknown', context: {}, pupils: [], atRisk: [], documents: [] };
const validMessages: unknown[] = [
  { insyn: 1, type: 'stats/get', payload: {} },
  { insyn: 1, type: 'page/read', payload: { url: 'https://skola.infomentor.se/', analysis: validAnalysis } },
  { insyn: 1, type: 'tab/status', payload: { tabId: 3 } },
];

describe('hostile messages to the background', () => {
  it('never calls a handler for arbitrary values from this extension, and never throws', async () => {
    await fc.assert(
      fc.asyncProperty(fc.anything({ withNullPrototype: true, withObjectString: true, withSparseArray: true }), async (message) => {
        const { calls, handlers } = recordingHandlers();
        const reply = await dispatch(handlers, message, contentSender(OWN), own(OWN));
        expect(reply.ok).toBe(false);
        expect(calls).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('runs a handler only with a payload its schema accepts, and only the parsed payload', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...TYPES), fc.anything(), async (type, payload) => {
        const { calls, handlers } = recordingHandlers();
        const reply = await dispatch(handlers, { insyn: 1, type, payload }, allowedSender(type, OWN), own(OWN));
        const parsed = requestSchemas[type].safeParse(payload);
        expect(reply.ok).toBe(parsed.success);
        // A page's address is always the sender tab's (the router corrects it).
        const expected = parsed.success && requestRules[type].urlOfSenderTab ? { ...(parsed.data as object), url: PAGE_URL } : parsed.data;
        expect(calls).toEqual(parsed.success ? [{ type, payload: expected }] : []);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses every sender that is not this extension, whatever it sends', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.constant(undefined),
          fc.string().filter((id) => id !== OWN),
        ),
        fc.constantFrom(...validMessages),
        async (id, message) => {
          const { calls, handlers } = recordingHandlers();
          const reply = await dispatch(handlers, message, { id, url: 'https://evil.example/' }, own(OWN));
          expect(reply).toEqual({ ok: false, error: 'sender is not this extension' });
          expect(calls).toEqual([]);
        },
      ),
    );
  });

  it.each<[string, unknown]>([
    ['__proto__ as type', JSON.parse('{"insyn":1,"type":"__proto__","payload":{}}')],
    ['constructor as type', { insyn: 1, type: 'constructor', payload: {} }],
    ['hasOwnProperty as type', { insyn: 1, type: 'hasOwnProperty', payload: {} }],
    ['a type longer than allowed', { insyn: 1, type: `stats/get${' '.repeat(100)}`, payload: {} }],
    ['a polluted payload prototype', JSON.parse('{"insyn":1,"type":"tab/status","payload":{"__proto__":{"tabId":1}}}')],
    ['envelope version 2', { insyn: 2, type: 'stats/get', payload: {} }],
    ['envelope as string', JSON.stringify({ insyn: 1, type: 'stats/get', payload: {} })],
    ['an array', [1, 'stats/get', {}]],
    ['a negative tab id', { insyn: 1, type: 'tab/status', payload: { tabId: -1 } }],
    ['a fractional tab id', { insyn: 1, type: 'tab/status', payload: { tabId: 1.5 } }],
    ['a javascript: page address', { insyn: 1, type: 'page/read', payload: { url: 'javascript:alert(1)', analysis: validAnalysis } }],
    ['a data: page address', { insyn: 1, type: 'page/failed', payload: { url: 'data:text/html,<script>alert(1)</script>', cause: 'x' } }],
    ['a 5 MB address', { insyn: 1, type: 'page/failed', payload: { url: `https://a.infomentor.se/${'a'.repeat(5_000_000)}`, cause: 'x' } }],
    [
      'a failure cause that quotes the page',
      { insyn: 1, type: 'page/failed', payload: { url: 'https://a.infomentor.se/x', cause: 'Cannot read "Andersson, Alva" <b>' } },
    ],
    [
      'a failure cause longer than a step and a kind',
      { insyn: 1, type: 'page/failed', payload: { url: 'https://a.infomentor.se/x', cause: 'a'.repeat(121) } },
    ],
    [
      'too many risk ids',
      { insyn: 1, type: 'risk/dismiss', payload: { riskIds: Array.from({ length: 501 }, (_, i) => `r${i}`), reason: 'x' } },
    ],
    ['an empty dismissal reason', { insyn: 1, type: 'risk/dismiss', payload: { riskIds: ['r1'], reason: '   ' } }],
    [
      'a contact with an unknown channel',
      { insyn: 1, type: 'contact/log', payload: { riskIds: ['r1'], at: 1, channel: 'fax', withWhom: '', summary: '', outcome: 'nadd' } },
    ],
    [
      'a contact with a script follow-up date',
      {
        insyn: 1,
        type: 'contact/log',
        payload: { riskIds: ['r1'], at: 1, channel: 'telefon', withWhom: '', summary: '', outcome: 'nadd', followUp: '<script>' },
      },
    ],
    ['a deeply nested payload', { insyn: 1, type: 'page/read', payload: nested(5000) }],
  ])('refuses %s without calling a handler', async (_label, message) => {
    const { calls, handlers } = recordingHandlers();
    const type = (message as { type?: unknown } | null)?.type;
    const reply = await dispatch(handlers, message, allowedSender(typeof type === 'string' ? type : '', OWN), own(OWN));
    expect(reply.ok).toBe(false);
    expect(calls).toEqual([]);
    expect(({} as Record<string, unknown>).tabId).toBeUndefined();
  });

  it('keeps error replies short, however long the bad input', async () => {
    const { handlers } = recordingHandlers();
    const reply = await dispatch(handlers, { insyn: 1, type: `x${'y'.repeat(60)}`, payload: {} }, pageSender(OWN), own(OWN));
    const big = await dispatch(
      handlers,
      { insyn: 1, type: 'risk/dismiss', payload: { riskIds: ['r'], reason: 'z'.repeat(100_000) } },
      contentSender(OWN),
      own(OWN),
    );
    for (const r of [reply, big]) {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.length).toBeLessThan(700);
    }
  });
});

function nested(depth: number): unknown {
  let value: unknown = {};
  for (let i = 0; i < depth; i++) value = { analysis: value };
  return value;
}
