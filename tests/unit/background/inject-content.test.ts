import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  CONTENT_SCRIPT_FILE,
  READABLE_MESSAGE,
  WATCHING_FLAG,
  framesToStart,
  startContent,
  startContentAfterLoad,
} from '@/utils/background/inject-content';
import { loadTabStatus } from '@/utils/tabs/tab-status';
import { markStarted, STARTED_FLAG } from '@/utils/content/started';
import { IN_PAGE_MESSAGES_GLOBAL } from '@/utils/content/in-page-messages';

const args = (injection: unknown) => (injection as { args?: unknown[] }).args ?? [];

/**
 * The content script is in no manifest entry: the background starts it in a tab's InfoMentor frames
 * once the tab has loaded, once per document (issue 20).
 */
const HUB = 'https://hub.infomentor.se/#/assessmentv2/summaryAssessment';
const TOP = 'https://skola.infomentor.se/Grades/GroupAssessment';

type Injection = Parameters<typeof fakeBrowser.scripting.executeScript>[0];
type Tab = Parameters<Parameters<typeof fakeBrowser.tabs.onUpdated.addListener>[0]>[2];

interface FakeFrame {
  frameId: number;
  url: string;
  /** The frame's isolated world, where the content script leaves its mark. */
  world: Record<string, unknown>;
  /** The frame's document; a pupil table unless the test says otherwise. */
  document?: Document;
}

const GROUP_TABLE = '<table><tr><th>Elev</th><th>Bedömning</th></tr><tr><td>Ada</td><td>Godtagbara</td></tr></table>';
const NEWS = '<main><h1>Nyheter</h1><article><h2>Föräldramöte</h2><p>I aulan.</p></article></main>';

function documentOf(body: string): Document {
  const doc = document.implementation.createHTMLDocument('InfoMentor');
  doc.body.insertAdjacentHTML('beforeend', body);
  return doc;
}

/** A tab of frames, and a scripting API that runs the probe in each frame and "starts" a file by marking the frame. */
function fakeTab(frames: FakeFrame[]) {
  const started: number[][] = [];
  const executeScript = vi.fn(async (injection: Injection): Promise<never> => {
    // Each call takes a turn, as the browser's round trip to the renderer does (microtasks only, so
    // `settle` below, one macrotask later, sees every call made).
    await Promise.resolve();
    if (injection.files) {
      expect(injection.files).toEqual([CONTENT_SCRIPT_FILE]);
      const ids = injection.target.frameIds ?? [];
      // The messages are there before the script runs.
      for (const frame of frames) if (ids.includes(frame.frameId)) expect(frame.world[IN_PAGE_MESSAGES_GLOBAL]).toBeDefined();
      started.push(ids);
      for (const frame of frames) if (ids.includes(frame.frameId)) markStarted(frame.world);
      return ids.map((frameId) => ({ frameId })) as never;
    }
    if (!injection.files && !injection.target.allFrames) {
      const ids = injection.target.frameIds ?? [];
      for (const frame of frames) if (ids.includes(frame.frameId)) frame.world[args(injection)[0] as string] = args(injection)[1];
      return ids.map((frameId) => ({ frameId })) as never;
    }
    expect(injection.target.allFrames).toBe(true);
    return frames.map((frame) => {
      vi.stubGlobal('location', { href: frame.url });
      vi.stubGlobal('document', (frame.document ??= documentOf(GROUP_TABLE)));
      // The probe runs in the frame's world: its marks are the frame's (the test's global object stands in).
      const self = globalThis as Record<string, unknown>;
      const saved = [self[STARTED_FLAG], self[WATCHING_FLAG]];
      self[STARTED_FLAG] = frame.world[STARTED_FLAG];
      self[WATCHING_FLAG] = frame.world[WATCHING_FLAG];
      try {
        return {
          frameId: frame.frameId,
          result: (injection.func as (...args: unknown[]) => unknown)(...args(injection)),
        };
      } finally {
        frame.world[WATCHING_FLAG] = self[WATCHING_FLAG];
        [self[STARTED_FLAG], self[WATCHING_FLAG]] = saved;
        vi.unstubAllGlobals();
      }
    }) as never;
  });
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(executeScript);
  return { started, executeScript };
}

const complete = (tabId: number, url: string) =>
  fakeBrowser.tabs.onUpdated.trigger(tabId, { status: 'complete' }, { id: tabId, url, status: 'complete' } as Tab);
const settle = () => new Promise((done) => setTimeout(done, 0));

describe('framesToStart', () => {
  it('takes the InfoMentor frames without Insyn, never about:blank, another host, a started frame or a failed probe', () => {
    expect(
      framesToStart([
        { frameId: 0, result: { started: false, url: TOP, readable: true } },
        { frameId: 3, result: { started: false, url: HUB } },
        { frameId: 4, result: { started: true, url: HUB } },
        { frameId: 5, result: { started: false, url: 'about:blank' } },
        { frameId: 6, result: { started: false, url: 'https://example.org/' } },
        { frameId: 7 },
        { frameId: 8, result: { started: false, url: 'http://skola.infomentor.se/Grades/GroupAssessment' } },
      ]),
    ).toEqual([0, 3]);
  });
});

describe('startContentAfterLoad', () => {
  it('starts the content script in the InfoMentor frames of a tab that has loaded', async () => {
    const frames: FakeFrame[] = [
      { frameId: 0, url: TOP, world: {} },
      { frameId: 2, url: HUB, world: {} },
      { frameId: 3, url: 'about:blank', world: {} },
    ];
    const tab = fakeTab(frames);
    startContentAfterLoad();
    await complete(1, TOP);
    await settle();
    expect(tab.started).toEqual([[0, 2]]);
    // Both languages' in-page messages, and only those: the content script carries none itself.
    const given = frames[0]!.world[IN_PAGE_MESSAGES_GLOBAL] as Record<string, Record<string, unknown>>;
    expect(Object.keys(given)).toEqual(['sv', 'en']);
    expect(given.en!.panelTeach).toBeDefined();
    expect(given.sv!.dashboardTitle).toBeUndefined();
    expect(frames[2]!.world[IN_PAGE_MESSAGES_GLOBAL]).toBeUndefined();
  });

  it('does nothing while a tab is loading, on another site, or over plain http', async () => {
    const tab = fakeTab([{ frameId: 0, url: 'https://example.org/', world: {} }]);
    startContentAfterLoad();
    await fakeBrowser.tabs.onUpdated.trigger(1, { status: 'loading' }, { id: 1, url: TOP, status: 'loading' } as Tab);
    await complete(1, 'https://example.org/');
    await complete(1, undefined as unknown as string);
    // InfoMentor's address over plain http is not InfoMentor to trust.
    await complete(1, 'http://skola.infomentor.se/Grades/GroupAssessment');
    await settle();
    expect(tab.executeScript).not.toHaveBeenCalled();
  });

  it('starts one copy per document, also when the tab reports complete twice at once or after history navigation', async () => {
    const tab = fakeTab([
      { frameId: 0, url: TOP, world: {} },
      { frameId: 2, url: HUB, world: {} },
    ]);
    startContentAfterLoad();
    await complete(1, TOP);
    await complete(1, TOP);
    await settle();
    await complete(1, `${TOP}#/grupp/6B`);
    await settle();
    expect(tab.started).toEqual([[0, 2]]);
  });

  it('starts a frame that navigated to a new document, and only that one', async () => {
    const frames = [
      { frameId: 0, url: TOP, world: {} },
      { frameId: 2, url: HUB, world: {} },
    ];
    const tab = fakeTab(frames);
    startContentAfterLoad();
    await complete(1, TOP);
    await settle();
    frames[1]!.world = {};
    await complete(1, TOP);
    await settle();
    expect(tab.started).toEqual([[0, 2], [2]]);
  });

  it('starts the content script in InfoMentor tabs already loaded when the background starts (install, update, a late start)', async () => {
    const tab = fakeTab([{ frameId: 0, url: TOP, world: {} }]);
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([
      { id: 4, url: TOP, status: 'complete' },
      { id: 5, url: 'https://example.org/', status: 'complete' },
      { id: 6, status: 'complete' },
    ] as never);
    startContentAfterLoad();
    await settle();
    expect(tab.started).toEqual([[0]]);
    expect(tab.executeScript.mock.calls.map(([injection]) => injection.target.tabId)).toEqual([4, 4, 4]);
  });
});

describe('a tab with nothing to read (issue 20: Insyn costs nothing there)', () => {
  it('gets no content script, and the popup still says Insyn does not read the page', async () => {
    const tab = fakeTab([{ frameId: 0, url: TOP, world: {}, document: documentOf(NEWS) }]);
    startContentAfterLoad();
    await complete(1, TOP);
    await settle();
    expect(tab.started).toEqual([]);
    expect(await loadTabStatus(1)).toMatchObject({ url: TOP, kind: 'unknown', pupils: 0, atRisk: 0 });
  });

  it('watches the page, and asks once when the page draws something to read (a single-page app)', async () => {
    // The frame's world has the browser's own `chrome` (the probe is serialised: it cannot import the polyfill).
    const sent = vi.fn(async (_message: unknown) => undefined);
    const self = globalThis as Record<string, unknown>;
    self.chrome = { runtime: { sendMessage: sent } };
    onTestFinished(() => void delete self.chrome);
    const frame: FakeFrame = { frameId: 0, url: TOP, world: {}, document: documentOf(NEWS) };
    const tab = fakeTab([frame]);
    startContentAfterLoad();
    await complete(1, TOP);
    await settle();
    expect(frame.world[WATCHING_FLAG]).toBe(true);
    // A second probe (Chromium's `complete` after history navigation) adds no second watcher.
    await complete(1, TOP);
    await settle();
    frame.document!.body.insertAdjacentHTML('beforeend', '<p>Laddar…</p>');
    frame.document!.body.insertAdjacentHTML('beforeend', GROUP_TABLE);
    await vi.waitFor(() => expect(sent).toHaveBeenCalledWith(READABLE_MESSAGE));
    frame.document!.body.insertAdjacentHTML('beforeend', GROUP_TABLE);
    await new Promise((done) => setTimeout(done, 300));
    expect(sent).toHaveBeenCalledTimes(1);
    // The background's answer to `page/readable` (utils/background/handlers.ts).
    await startContent(1);
    expect(tab.started).toEqual([[0]]);
  });

  it('is started all the same when the teach window or the sample asks, or a feature wants the panel there', async () => {
    const tab = fakeTab([{ frameId: 0, url: TOP, world: {}, document: documentOf(NEWS) }]);
    await startContent(1, true);
    expect(tab.started).toEqual([[0]]);

    const other = fakeTab([{ frameId: 0, url: TOP, world: {}, document: documentOf(NEWS) }]);
    const startAnyway = vi.fn(async (tabId: number) => tabId === 2);
    startContentAfterLoad({ startAnyway });
    await complete(3, TOP);
    await complete(2, TOP);
    await settle();
    expect(startAnyway).toHaveBeenCalledWith(3);
    expect(startAnyway).toHaveBeenCalledWith(2);
    expect(other.started).toEqual([[0]]);
  });

  it('starts a new frame with nothing to read where Insyn already runs, so the tab has one panel and all its frames', async () => {
    const frames: FakeFrame[] = [
      { frameId: 0, url: TOP, world: {} },
      { frameId: 2, url: HUB, world: {}, document: documentOf(NEWS) },
    ];
    const tab = fakeTab(frames);
    markStarted(frames[0]!.world);
    await startContent(1);
    expect(tab.started).toEqual([[2]]);
  });
});
