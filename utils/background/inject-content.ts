import { isInfoMentorUrl } from '../infomentor/hosts';
import { STARTED_FLAG } from '../content/started';
import { IN_PAGE_MESSAGES_GLOBAL, inPageMessages } from '../content/in-page-messages';
import sv from '../../public/_locales/sv/messages.json';
import en from '../../public/_locales/en/messages.json';

/**
 * Starts Insyn's content script in an InfoMentor tab only once the tab has loaded, so that nothing of
 * Insyn's is parsed or run on InfoMentor's load path (issue 20; docs/performance.md, *How Insyn starts*).
 * The script is built by WXT from entrypoints/infomentor.content/ with `registration: 'runtime'`: it is
 * in no manifest `content_scripts` entry, and no file is web-accessible.
 */
export const CONTENT_SCRIPT_FILE = '/content-scripts/infomentor.js';

interface FrameProbe {
  started: boolean;
  url: string;
}

/** Runs in each frame (serialised by the browser: it may use nothing from this module). */
function probe(flag: string): FrameProbe {
  return { started: (globalThis as Record<string, unknown>)[flag] === true, url: location.href };
}

/**
 * The frames of the tab that are InfoMentor pages without Insyn yet. The browser itself skips frames
 * Insyn has no host permission for; empty and about:blank frames (Insyn's own letter frame among them)
 * are left out here, as `matchAboutBlank` was never set.
 */
export function framesToStart(probes: readonly { frameId: number; result?: unknown }[]): number[] {
  return probes
    .filter(({ result }) => {
      const found = result as Partial<FrameProbe> | undefined;
      return found?.started === false && isInfoMentorUrl(found.url);
    })
    .map(({ frameId }) => frameId);
}

/** Runs in each frame to be started: the messages the content script reads as it starts (utils/content/in-page-messages.ts). */
function provide(name: string, messages: unknown): void {
  (globalThis as Record<string, unknown>)[name] = messages;
}

let messages: Record<string, Record<string, unknown>> | undefined;
const inPage = () => (messages ??= { sv: inPageMessages(sv), en: inPageMessages(en) });

async function startIn(tabId: number): Promise<void> {
  const probes = await browser.scripting.executeScript({ target: { tabId, allFrames: true }, func: probe, args: [STARTED_FLAG] });
  const frameIds = framesToStart(probes);
  if (frameIds.length === 0) return;
  const target = { tabId, frameIds };
  await browser.scripting.executeScript({ target, func: provide, args: [IN_PAGE_MESSAGES_GLOBAL, inPage()] });
  await browser.scripting.executeScript({ target, files: [CONTENT_SCRIPT_FILE] });
}

/**
 * Listens for InfoMentor tabs that finish loading (`tabs.onUpdated`, status `complete`: after the top
 * document's `load`, which waits for its frames) and starts the content script in every frame that has
 * none. Chromium also reports `complete` after a frame's own navigation and after history navigation;
 * the probe keeps those from starting a second copy. One start at a time per tab, so two quick
 * `complete`s cannot both find a frame empty. Registered synchronously (an MV3 worker woken by the
 * event delivers it only to listeners added in its first turn).
 *
 * Each time the background starts, it also looks at the InfoMentor tabs already loaded: after an
 * install or update (the old script has just been orphaned), and when a tab finished loading before
 * the background was listening (Firefox starts an add-on's background page beside the tabs it restores).
 */
export function startContentAfterLoad(): void {
  const pending = new Map<number, Promise<void>>();
  const start = (tabId: number) => {
    const next = (pending.get(tabId) ?? Promise.resolve()).then(() => startIn(tabId)).catch(() => undefined);
    pending.set(tabId, next);
    void next.then(() => {
      if (pending.get(tabId) === next) pending.delete(tabId);
    });
  };
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    // Without the `tabs` permission the browser gives a tab's address only on Insyn's hosts.
    if (change.status === 'complete' && isInfoMentorUrl(tab.url)) start(tabId);
  });
  void browser.tabs.query({ status: 'complete' }).then(
    (tabs) => tabs.forEach((tab) => tab.id !== undefined && isInfoMentorUrl(tab.url) && start(tab.id)),
    () => undefined,
  );
}
