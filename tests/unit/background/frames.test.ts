import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/utils/background/handlers';
import type { InsynDatabase } from '@/utils/db/database';
import { dispatch } from '@/utils/messaging/router';
import { forgetTab, loadTabStatus, saveTabStatus } from '@/utils/tabs/tab-status';
import { at, freshDb, mathsPage } from '../db/test-db';
import { contentSender, own } from '../messaging/senders';

/**
 * A tab whose InfoMentor page shows other InfoMentor pages in frames: each frame reads and sends its
 * reading; the background keeps each frame's status, gives the popup their sum, and passes a frame's
 * reading on to the frame that shows the tab's panel (the top frame, or a frameset's largest frame).
 */
const OWN = 'insyn-test-id';
const TOP = 'https://skola.infomentor.se/ram';
const FRAME = 'https://hub.infomentor.se/#/assessmentv2/summaryAssessment';
const empty = { kind: 'unknown' as const, context: {}, pupils: [], atRisk: [], documents: [] };
let db: InsynDatabase;
let sent: { tabId: number; message: unknown; options?: unknown }[];

// The content script in frame `frameId` of tab `tabId`, whose top page is TOP: a frame's own address is the payload's.
const ask = async (type: string, payload: unknown, frameId: number, tabId = 7) => {
  const url = (payload as { url?: string }).url ?? (frameId === 0 ? TOP : FRAME);
  const sender = { ...contentSender(OWN, tabId, TOP), url: frameId === 0 ? TOP : url, frameId };
  const reply = await dispatch(
    createHandlers(db, () => at('2025-11-05')),
    { insyn: 1, type, payload },
    sender,
    own(OWN),
  );
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as never;
};
const delivered = async () => {
  await vi.waitFor(() => expect(sent.length).toBeGreaterThan(0));
  return sent;
};

beforeEach(() => {
  db = freshDb();
  sent = [];
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(((tabId: number, message: unknown, options?: unknown) => {
    sent.push({ tabId, message, options });
    return Promise.resolve(undefined);
  }) as never);
});
afterEach(() => vi.restoreAllMocks());

describe('frames of one tab', () => {
  it('keeps each frame’s status and gives the popup their sum, with the kind of the frame that read something', async () => {
    await ask('page/read', { url: TOP, analysis: empty }, 0);
    await ask('page/read', { url: FRAME, analysis: mathsPage() }, 3);
    await ask('page/read', { url: FRAME, analysis: mathsPage() }, 5);
    expect(await loadTabStatus(7)).toMatchObject({ url: TOP, kind: 'group-assessment', pupils: 6, atRisk: 4 });
    // Each reading is recorded at its own page's address: a frame's is the frame's, not the tab's (its
    // path only: the fragment may name a pupil).
    expect((await db.visits.toArray()).map((visit) => visit.url)).toEqual([
      TOP,
      'https://hub.infomentor.se/',
      'https://hub.infomentor.se/',
    ]);
    // A frame that reads again replaces its own status, not another frame's.
    await ask('page/read', { url: FRAME, analysis: empty }, 5);
    expect(await loadTabStatus(7)).toMatchObject({ url: TOP, kind: 'group-assessment', pupils: 3, atRisk: 2 });
    expect(await loadTabStatus(8)).toBeNull();
  });

  it('passes a frame’s reading, with where its risks stand, to the top frame only', async () => {
    const { risks } = (await ask('page/read', { url: FRAME, analysis: mathsPage() }, 3)) as { risks: unknown[] };
    const [message] = await delivered();
    expect(message).toEqual({
      tabId: 7,
      message: { insyn: 1, type: 'frames/read', payload: { frameId: 3, analysis: mathsPage(), risks } },
      options: { frameId: 0 },
    });
    sent = [];
    // The top frame's own reading does not come back to it.
    await ask('page/read', { url: TOP, analysis: mathsPage() }, 0);
    await new Promise((done) => setTimeout(done, 20));
    expect(sent).toEqual([]);
  });

  it('frames/reread from the top frame forgets the old frames and asks every frame to read again', async () => {
    await ask('page/read', { url: TOP, analysis: empty }, 0);
    await ask('page/read', { url: FRAME, analysis: mathsPage() }, 3);
    sent = [];
    expect(await ask('frames/reread', {}, 0)).toEqual({ asked: true });
    expect(await loadTabStatus(7)).toMatchObject({ url: TOP, kind: 'unknown', pupils: 0 });
    expect((await delivered())[0]).toEqual({ tabId: 7, message: { insyn: 1, type: 'frames/reread', payload: {} }, options: undefined });
  });

  it('in a frameset, the frame whose panel asked speaks for the tab: frames’ readings go to it, not back to itself', async () => {
    await ask('page/read', { url: TOP, analysis: empty }, 0);
    expect(await ask('frames/reread', {}, 2)).toEqual({ asked: true });
    sent = [];
    await ask('page/read', { url: FRAME, analysis: mathsPage() }, 1);
    expect((await delivered())[0]).toMatchObject({ message: { type: 'frames/read', payload: { frameId: 1 } }, options: { frameId: 2 } });
    sent = [];
    await ask('page/read', { url: FRAME, analysis: mathsPage() }, 2);
    await ask('page/read', { url: TOP, analysis: empty }, 0);
    await vi.waitFor(() => expect(sent.map((s) => (s.message as { payload: { frameId: number } }).payload.frameId)).toEqual([0]));
    expect(sent[0]!.options).toEqual({ frameId: 2 });
  });

  it('frames/focus tells the top frame which pupil a frame’s badge asked for', async () => {
    expect(await ask('frames/focus', { pupilKey: 'id:4102' }, 3)).toEqual({ sent: true });
    expect((await delivered())[0]).toEqual({
      tabId: 7,
      message: { insyn: 1, type: 'frames/focus', payload: { pupilKey: 'id:4102' } },
      options: { frameId: 0 },
    });
  });

  it('frames/left: a frame’s page went away; its status goes and the top frame hears it read nothing', async () => {
    await ask('page/read', { url: TOP, analysis: empty }, 0);
    await ask('page/read', { url: FRAME, analysis: mathsPage() }, 3);
    sent = [];
    expect(await ask('frames/left', {}, 3)).toEqual({ sent: true });
    expect(await loadTabStatus(7)).toMatchObject({ kind: 'unknown', pupils: 0, atRisk: 0 });
    expect((await delivered())[0]).toEqual({
      tabId: 7,
      message: { insyn: 1, type: 'frames/read', payload: { frameId: 3, analysis: empty, risks: [] } },
      options: { frameId: 0 },
    });
    expect(await ask('frames/left', {}, 0)).toEqual({ sent: false });
  });

  it('a closed tab leaves no status behind, of any frame, and other tabs keep theirs', async () => {
    await saveTabStatus(7, { url: TOP, at: 1, kind: 'unknown', pupils: 0, atRisk: 0 });
    await saveTabStatus(7, { url: FRAME, at: 2, kind: 'pupil-assessment', pupils: 1, atRisk: 2 }, 4);
    await saveTabStatus(70, { url: FRAME, at: 2, kind: 'pupil-assessment', pupils: 1, atRisk: 1 }, 0);
    await forgetTab(7);
    expect(await loadTabStatus(7)).toBeNull();
    expect(await loadTabStatus(70)).toMatchObject({ atRisk: 1 });
  });

  it('survives a tab nobody listens in', async () => {
    vi.mocked(fakeBrowser.tabs.sendMessage).mockImplementation((() => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    }) as never);
    await expect(ask('page/read', { url: FRAME, analysis: mathsPage() }, 3)).resolves.toMatchObject({ stored: true });
  });
});
