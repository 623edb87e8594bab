import type { TabStatus } from '../messaging/protocol';
import { risksKey } from '../messaging/tab-scope';

/**
 * What each tab last showed, for the popup. Kept in storage.session: it survives the MV3 service worker
 * being stopped, is never written to disk, and is gone when the browser closes.
 *
 * A tab may show InfoMentor pages in frames, and each frame reads its own page: each frame's status has
 * its own key (`tab:<tab>:<frame>`, so two frames answering at once never overwrite each other), and the
 * tab's status is their sum — the top frame's address and kind, unless only a frame read something.
 *
 * Beside each frame's status, the ids of the risks its current reading showed: the tab's scope, the
 * only risks its content script may act on (utils/messaging/tab-scope.ts). Both keys of a frame are
 * written and forgotten together.
 */
const prefix = (tabId: number) => `tab:${tabId}:`;
const key = (tabId: number, frameId: number) => `${prefix(tabId)}${frameId}`;
const keysOf = (tabId: number, frameIds: Iterable<number>) =>
  [...frameIds].flatMap((frameId) => [key(tabId, frameId), risksKey(tabId, frameId)]);

/** A frame's status and the risks it shows now (none after a failed read). */
export async function saveTabStatus(tabId: number, status: TabStatus, frameId = 0, riskIds: readonly string[] = []): Promise<void> {
  await browser.storage.session.set({ [key(tabId, frameId)]: status, [risksKey(tabId, frameId)]: [...riskIds] });
}

export async function loadTabStatus(tabId: number): Promise<TabStatus | null> {
  return combineFrames(await frameStatuses(tabId));
}

/** Forgets the frames' statuses but the top frame's and `keep`'s: a new panel asks the frames again. */
export async function forgetFrames(tabId: number, keep = 0): Promise<void> {
  const frames = await frameStatuses(tabId);
  await browser.storage.session.remove(
    keysOf(
      tabId,
      [...frames.keys()].filter((frameId) => frameId !== 0 && frameId !== keep),
    ),
  );
}

/** The frame that shows the tab's panel: the top frame, unless a frame of a frameset took it. */
const panelKey = (tabId: number) => `panel:${tabId}`;

export async function choosePanelFrame(tabId: number, frameId: number): Promise<void> {
  await browser.storage.session.set({ [panelKey(tabId)]: frameId });
}

export async function panelFrame(tabId: number): Promise<number> {
  const stored = await browser.storage.session.get(panelKey(tabId));
  const frameId = stored[panelKey(tabId)];
  return typeof frameId === 'number' ? frameId : 0;
}

export async function forgetFrame(tabId: number, frameId: number): Promise<void> {
  await browser.storage.session.remove(keysOf(tabId, [frameId]));
}

export async function forgetTab(tabId: number): Promise<void> {
  const frames = await frameStatuses(tabId);
  await browser.storage.session.remove([...keysOf(tabId, frames.keys()), panelKey(tabId)]);
}

/** Forgets every frame's status whose page address `names` matches (erasing a pupil); returns how many. */
export async function forgetPagesNaming(names: (url: string) => boolean): Promise<number> {
  const stored = await browser.storage.session.get(null);
  const keys = Object.entries(stored).flatMap(([name, value]) => {
    const url = (value as Partial<TabStatus> | null)?.url;
    return name.startsWith('tab:') && typeof url === 'string' && names(url) ? [name] : [];
  });
  if (keys.length) await browser.storage.session.remove(keys);
  return keys.length;
}

/**
 * The lock closed: what the tabs' readings showed of pupils is forgotten (a pupil's id or a risk's may
 * carry her name); each frame keeps its counts. A tab shows its pupils again when its page is read again.
 */
export async function forgetShownPupils(): Promise<void> {
  const stored = await browser.storage.session.get(null);
  const kept: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(stored)) {
    const [, tab, frame, more] = name.split(':');
    if (!name.startsWith('tab:') || more !== undefined || !value || typeof value !== 'object') continue;
    const { pupilIds: _shown, ...counts } = value as TabStatus;
    kept[name] = counts;
    kept[risksKey(Number(tab), Number(frame))] = [];
  }
  if (Object.keys(kept).length) await browser.storage.session.set(kept);
}

async function frameStatuses(tabId: number): Promise<Map<number, TabStatus>> {
  const stored = await browser.storage.session.get(null);
  const frames = new Map<number, TabStatus>();
  for (const [name, value] of Object.entries(stored)) {
    if (!name.startsWith(prefix(tabId))) continue;
    const frameId = Number(name.slice(prefix(tabId).length));
    if (Number.isInteger(frameId)) frames.set(frameId, value as TabStatus);
  }
  return frames;
}

/** The pupils of the tab's readings, every frame's, in the frames' order: whom the tab's panel may act for. */
export async function tabPupilIds(tabId: number): Promise<string[]> {
  const frames = [...(await frameStatuses(tabId))].sort(([a], [b]) => a - b);
  return [...new Set(frames.flatMap(([, status]) => status.pupilIds ?? []))];
}

export function combineFrames(frames: ReadonlyMap<number, TabStatus>): TabStatus | null {
  const all = [...frames].sort(([a], [b]) => a - b).map(([, { pupilIds: _ids, ...status }]) => status);
  const [first] = all;
  if (!first) return null;
  const shown = all.find((status) => status.kind !== 'unknown') ?? first;
  return {
    ...first,
    kind: shown.kind,
    at: Math.max(...all.map((status) => status.at)),
    pupils: all.reduce((sum, status) => sum + status.pupils, 0),
    atRisk: all.reduce((sum, status) => sum + status.atRisk, 0),
  };
}
