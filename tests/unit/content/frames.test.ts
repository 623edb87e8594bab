import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createContactFlow } from '@/utils/content/contact-flow';
import { frameHostsPanel, linkFrames, showPupil } from '@/utils/content/frame-link';
import { unionOf } from '@/utils/content/frame-readings';
import type { PageAnalysis } from '@/utils/infomentor/analysis';
import type { RiskView } from '@/utils/messaging/protocol';
import { analysisWith, fakeBackground } from '../page/fakes';

/** The top frame's panel speaks for the tab: its own reading and each frame's, joined. */
const TOP = 'https://skola.infomentor.se/ram';
const shell: PageAnalysis = { kind: 'unknown', context: {}, pupils: [], atRisk: [], documents: [] };
const maja: PageAnalysis = {
  kind: 'pupil-assessment',
  context: {},
  pupils: [{ name: 'Ek, Maja' }],
  atRisk: ['Engelska', 'Matematik'].map((subject) => ({
    pupil: 'Ek, Maja',
    subject,
    source: 'assessment' as const,
    reasons: ['Ämnesomdöme: otillräckliga kunskaper'],
  })),
  documents: [],
};
const viewsOf = (analysis: PageAnalysis): RiskView[] =>
  analysis.atRisk.map((r) => ({ riskId: `${r.pupil}|${r.subject}`, pupil: r.pupil, subject: r.subject, status: 'open', prompt: true }));

describe('unionOf', () => {
  it('takes the kind of the page that shows something, and every pupil and risk once', () => {
    const group = analysisWith([{ pupil: 'Ek, Maja' }, { pupil: 'Lund, Ella' }], 'Matematik');
    const union = unionOf(shell, [maja, group])!;
    expect(union.kind).toBe('pupil-assessment');
    expect(union.pupils.map((p) => p.name)).toEqual(['Ek, Maja', 'Lund, Ella']);
    expect(union.atRisk.map((r) => `${r.pupil} ${r.subject}`)).toEqual(['Ek, Maja Engelska', 'Ek, Maja Matematik', 'Lund, Ella Matematik']);
    expect(unionOf(maja, [])).toBe(maja);
    expect(unionOf(undefined, [])).toBeUndefined();
  });
});

describe('the contact flow with frames', () => {
  it('shows a frame’s risks with their status, beside the top page’s own, and keeps them across the top’s re-reads', async () => {
    const background = fakeBackground();
    const flow = createContactFlow({ send: background.send });
    await flow.pageRead(shell, TOP, '');
    flow.frameRead(3, maja, viewsOf(maja));
    const state = flow.getState();
    expect(state.analysis?.kind).toBe('pupil-assessment');
    expect(state.pupils.map((p) => [p.pupil, p.risks.map((r) => r.view?.riskId)])).toEqual([
      ['Ek, Maja', ['Ek, Maja|Engelska', 'Ek, Maja|Matematik']],
    ]);
    expect(state.statusKnown).toBe(true);
    await flow.pageRead(shell, TOP, '');
    expect(flow.getState().pupils.map((p) => p.pupil)).toEqual(['Ek, Maja']);
    // The frame read again and found nothing: its risks leave the panel.
    flow.frameRead(3, shell, []);
    expect(flow.getState().pupils).toEqual([]);
    // Only the top page's own reading goes to the background; the frame sent its own.
    expect(
      background.calls.filter((c) => c.type === 'page/read').map((c) => (c.payload as { analysis: PageAnalysis }).analysis.kind),
    ).toEqual(['unknown', 'unknown']);
  });

  it('a frame’s reading that comes before the top page’s own is shown at once', () => {
    const flow = createContactFlow({ send: fakeBackground().send });
    flow.frameRead(2, maja, viewsOf(maja));
    expect(flow.getState().phase).toBe('read');
    expect(flow.getState().pupils).toHaveLength(1);
  });
});

describe('linking the frames of a tab', () => {
  const send = vi.fn(async () => ({ asked: true }) as never);
  let listeners: ((message: unknown, sender: { id?: string; tab?: unknown }) => void)[];
  beforeEach(() => {
    listeners = [];
    vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener').mockImplementation(
      ((listener: (typeof listeners)[number]) => void listeners.push(listener)) as never,
    );
    vi.spyOn(fakeBrowser.runtime.onMessage, 'removeListener').mockImplementation(
      ((listener: (typeof listeners)[number]) => void (listeners = listeners.filter((l) => l !== listener))) as never,
    );
    send.mockClear();
  });
  afterEach(() => vi.restoreAllMocks());
  const background = { id: fakeBrowser.runtime.id };
  const deliver = (message: unknown, sender: { id?: string; tab?: unknown } = background) =>
    listeners.forEach((listener) => listener(message, sender));

  it('the top frame asks the frames to read again, and takes their readings and badge presses from the background only', () => {
    const flow = createContactFlow({ send: fakeBackground().send });
    const unlink = linkFrames({ hostsPanel: true, flow, send, readSoon: () => {} });
    expect(send).toHaveBeenCalledWith('frames/reread', {});
    const reading = { insyn: 1, type: 'frames/read', payload: { frameId: 4, analysis: maja, risks: viewsOf(maja) } };
    deliver(reading, { id: 'another-extension' });
    deliver(reading, { id: background.id, tab: { id: 7 } });
    expect(flow.getState().pupils).toEqual([]);
    deliver(reading);
    expect(flow.getState().pupils.map((p) => p.pupil)).toEqual(['Ek, Maja']);
    deliver({ insyn: 1, type: 'frames/focus', payload: { pupilKey: flow.getState().pupils[0]!.key } });
    expect(flow.getState().focus?.pupilKey).toBe(flow.getState().pupils[0]!.key);
    unlink();
    expect(listeners).toEqual([]);
  });

  it('a frame reads again when asked, sends its badge presses on, and ignores what is meant for the top', () => {
    const flow = createContactFlow({ send: fakeBackground().send });
    const readSoon = vi.fn();
    const unlink = linkFrames({ hostsPanel: false, flow, send, readSoon });
    expect(send).not.toHaveBeenCalled();
    deliver({ insyn: 1, type: 'frames/reread', payload: {} });
    expect(readSoon).toHaveBeenCalledTimes(1);
    deliver({ insyn: 1, type: 'frames/read', payload: { frameId: 4, analysis: maja, risks: [] } });
    expect(flow.getState().pupils).toEqual([]);
    showPupil({ hostsPanel: false, flow, send }, 'name:Ek, Maja');
    expect(send).toHaveBeenCalledWith('frames/focus', { pupilKey: 'name:Ek, Maja' });
    unlink();
  });

  it('a frame whose page goes says so, and reads again when the back-forward cache brings it back', () => {
    const readSoon = vi.fn();
    // happy-dom's PageTransitionEvent ignores `persisted` in its init: set it as a browser would.
    const transition = (type: string, persisted: boolean) => Object.defineProperty(new Event(type), 'persisted', { value: persisted });
    const unlink = linkFrames({ hostsPanel: false, flow: createContactFlow({ send: fakeBackground().send }), send, readSoon });
    window.dispatchEvent(transition('pagehide', false));
    expect(send).toHaveBeenCalledWith('frames/left', {});
    window.dispatchEvent(transition('pageshow', false));
    expect(readSoon).not.toHaveBeenCalled();
    window.dispatchEvent(transition('pageshow', true));
    expect(readSoon).toHaveBeenCalledTimes(1);
    unlink();
    send.mockClear();
    window.dispatchEvent(transition('pagehide', false));
    expect(send).not.toHaveBeenCalled();
  });

  it('the top frame hosts the panel; in a frameset, its largest frame does', () => {
    expect(frameHostsPanel(window)).toBe(true);
    const frameElement = (width: number, height: number) => ({ getBoundingClientRect: () => ({ width, height }) });
    const menu = frameElement(200, 800);
    const content = frameElement(1000, 800);
    const inside = (parentBody: string, own: unknown) => {
      const top = { document: { body: { localName: parentBody }, querySelectorAll: () => [menu, content] } } as unknown as Window;
      return { top, parent: top, frameElement: own, document: { body: { localName: 'body' } } } as unknown as Window;
    };
    expect(frameHostsPanel(inside('frameset', content))).toBe(true);
    expect(frameHostsPanel(inside('frameset', menu))).toBe(false);
    // A frame of an ordinary page: the top frame shows the panel.
    expect(frameHostsPanel(inside('body', content))).toBe(false);
    const frameset = { document: { body: { localName: 'frameset' } } } as unknown as Window;
    expect(frameHostsPanel(Object.assign(frameset, { top: frameset }))).toBe(false);
    const foreign = {
      get top(): Window {
        throw new DOMException('cross-origin', 'SecurityError');
      },
    } as unknown as Window;
    expect(frameHostsPanel(foreign)).toBe(false);
  });
});
