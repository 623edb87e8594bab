import { isInfoMentorUrl } from '../infomentor/hosts';
import { READABLE_SELECTOR } from '../infomentor/readable';
import { STARTED_FLAG } from '../content/started';
import { IN_PAGE_MESSAGES_GLOBAL, inPageMessages } from '../content/in-page-messages';
import { saveTabStatus } from '../tabs/tab-status';
import sv from '../../public/_locales/sv/messages.json';
import en from '../../public/_locales/en/messages.json';

/**
 * Starts Insyn's content script in an InfoMentor tab only once the tab has loaded, so that nothing of
 * Insyn's is parsed or run on InfoMentor's load path, and only where there is something to read
 * (issue 20; docs/performance.md, *How Insyn starts*). The script is built by WXT from
 * entrypoints/infomentor.content/ with `registration: 'runtime'`: it is in no manifest
 * `content_scripts` entry, and no file is web-accessible.
 */
export const CONTENT_SCRIPT_FILE = '/content-scripts/infomentor.js';

/** The page tools (teach, sample): started beside it only when one is opened (utils/content/page-tools.ts). */
export const PAGE_TOOLS_FILE = '/content-scripts/infomentor-tools.js';

/** The panel's forms: started in the panel's frame the first time it opens one (utils/content/page-tools.ts). */
export const PANEL_FORMS_FILE = '/content-scripts/infomentor-forms.js';

/** The probe's own mark: a frame watches for something readable once, however often it is probed. */
export const WATCHING_FLAG = 'insynContentWatching';

/** The request a watching frame sends once something readable has appeared (utils/messaging/protocol.ts). */
export const READABLE_MESSAGE = { insyn: 1, type: 'page/readable', payload: {} } as const;

interface FrameProbe {
  started: boolean;
  url: string;
  /** The frame shows something Insyn's readers read (utils/infomentor/readable.ts). */
  readable: boolean;
}

/**
 * Runs in each frame, in Insyn's isolated world (serialised by the browser: it may use nothing from
 * this module). Besides answering, a frame with nothing to read and no Insyn starts watching its DOM,
 * at most one check per quarter second, and asks the background once something readable appears
 * (a single-page app drawing its view after `load`). This is all Insyn runs on such a page.
 */
export function probe(started: string, watching: string, selector: string, message: unknown): FrameProbe {
  const scope = globalThis as Record<string, unknown>;
  const page = document;
  const answer = { started: scope[started] === true, url: location.href, readable: page.querySelector(selector) !== null };
  if (answer.started || answer.readable || scope[watching] === true) return answer;
  scope[watching] = true;
  let waiting = false;
  const check = () => {
    waiting = false;
    if (scope[started] !== true && page.querySelector(selector) === null) return;
    observer.disconnect();
    scope[watching] = false;
    if (scope[started] === true) return;
    const api = (scope.browser ?? scope.chrome) as { runtime: { sendMessage(message: unknown): Promise<unknown> } };
    void api.runtime.sendMessage(message).catch(() => undefined);
  };
  const observer = new MutationObserver(() => {
    if (!waiting) setTimeout(check, 250);
    waiting = true;
  });
  observer.observe(page, { childList: true, subtree: true });
  return answer;
}

type Probed = readonly { frameId: number; result?: unknown }[];

const infoMentorFrames = (probes: Probed) =>
  probes.flatMap(({ frameId, result }) => {
    const found = result as Partial<FrameProbe> | undefined;
    return found && isInfoMentorUrl(found.url) ? [{ frameId, ...(found as FrameProbe) }] : [];
  });

/**
 * The frames of the tab that are InfoMentor pages without Insyn yet. The browser itself skips frames
 * Insyn has no host permission for; empty and about:blank frames (Insyn's own letter frame among them)
 * are left out here, as `matchAboutBlank` was never set.
 */
export function framesToStart(probes: Probed): number[] {
  return infoMentorFrames(probes)
    .filter(({ started }) => !started)
    .map(({ frameId }) => frameId);
}

/**
 * Whether the tab's probes call for the whole content script: a frame shows something to read, or a
 * frame runs Insyn already (a new frame of a read page joins it). `startIn` also starts it when asked
 * (the teach window, the page sample) or when a feature wants it anyway (`StartOptions.startAnyway`).
 */
export function wantsContent(probes: Probed): boolean {
  return infoMentorFrames(probes).some(({ started, readable }) => started || readable);
}

/** Runs in each frame to be started: the messages the content script reads as it starts (utils/content/in-page-messages.ts). */
function provide(name: string, messages: unknown): void {
  (globalThis as Record<string, unknown>)[name] = messages;
}

export interface StartOptions {
  /**
   * Asked only for a tab with nothing to read: whether to start the whole script there all the same
   * (e.g. a summary the panel shows on the start page). Leave it out and such tabs get the watcher only.
   */
  startAnyway?: (tabId: number) => Promise<boolean>;
}

let options: StartOptions = {};
let messages: Record<string, Record<string, unknown>> | undefined;
const inPage = () => (messages ??= { sv: inPageMessages(sv), en: inPageMessages(en) });

async function startIn(tabId: number, asked: boolean): Promise<void> {
  const probes = await browser.scripting.executeScript({
    target: { tabId, allFrames: true },
    func: probe,
    args: [STARTED_FLAG, WATCHING_FLAG, READABLE_SELECTOR, READABLE_MESSAGE],
  });
  const frameIds = framesToStart(probes);
  if (frameIds.length > 0) {
    if (asked || wantsContent(probes) || (await options.startAnyway?.(tabId).catch(() => false))) {
      const target = { tabId, frameIds };
      await browser.scripting.executeScript({ target, func: provide, args: [IN_PAGE_MESSAGES_GLOBAL, inPage()] });
      await browser.scripting.executeScript({ target, files: [CONTENT_SCRIPT_FILE] });
    } else {
      // The popup says "Insyn does not read this page" (and offers teaching and a sample) as before.
      const top = infoMentorFrames(probes).find(({ frameId }) => frameId === 0);
      if (top) await saveTabStatus(tabId, { url: top.url, at: Date.now(), kind: 'unknown', pupils: 0, atRisk: 0 });
    }
  }
  if (asked) {
    const target = { tabId, frameIds: infoMentorFrames(probes).map(({ frameId }) => frameId) };
    await browser.scripting.executeScript({ target, files: [PAGE_TOOLS_FILE] });
  }
}

/** Starts the forms script in one frame of the tab (the panel's); false if the browser refused. Never rejects. */
export function startForms(tabId: number, frameId: number): Promise<boolean> {
  return browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [PANEL_FORMS_FILE] }).then(
    () => true,
    () => false,
  );
}

// One start at a time per tab, so two quick `complete`s cannot both find a frame empty.
const pending = new Map<number, Promise<void>>();

/**
 * Starts the content script in the tab's InfoMentor frames that have none, if the tab has something to
 * read; with `asked`, whatever the page shows, and the page tools beside it (the teach window and the
 * page sample ask the page through them). Never rejects.
 */
export function startContent(tabId: number, asked = false): Promise<void> {
  const next = (pending.get(tabId) ?? Promise.resolve()).then(() => startIn(tabId, asked)).catch(() => undefined);
  pending.set(tabId, next);
  void next.then(() => {
    if (pending.get(tabId) === next) pending.delete(tabId);
  });
  return next;
}

/**
 * Listens for InfoMentor tabs that finish loading (`tabs.onUpdated`, status `complete`: after the top
 * document's `load`, which waits for its frames) and starts the content script in every frame that has
 * none. Chromium also reports `complete` after a frame's own navigation and after history navigation;
 * the probe keeps those from starting a second copy. Registered synchronously (an MV3 worker woken by
 * the event delivers it only to listeners added in its first turn).
 *
 * Each time the background starts, it also looks at the InfoMentor tabs already loaded: after an
 * install or update (the old script has just been orphaned), and when a tab finished loading before
 * the background was listening (Firefox starts an add-on's background page beside the tabs it restores).
 */
export function startContentAfterLoad(chosen: StartOptions = {}): void {
  options = chosen;
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    // Without the `tabs` permission the browser gives a tab's address only on Insyn's hosts.
    if (change.status === 'complete' && isInfoMentorUrl(tab.url)) void startContent(tabId);
  });
  void browser.tabs.query({ status: 'complete' }).then(
    (tabs) => tabs.forEach((tab) => tab.id !== undefined && isInfoMentorUrl(tab.url) && void startContent(tab.id)),
    () => undefined,
  );
}
