import type { TabStatus } from '../messaging/protocol';

/**
 * What each tab last showed, for the popup. Kept in storage.session: it survives the MV3 service worker
 * being stopped, is never written to disk, and is gone when the browser closes.
 */
const key = (tabId: number) => `tab:${tabId}`;

export async function saveTabStatus(tabId: number, status: TabStatus): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: status });
}

export async function loadTabStatus(tabId: number): Promise<TabStatus | null> {
  const stored = await browser.storage.session.get(key(tabId));
  return (stored[key(tabId)] as TabStatus | undefined) ?? null;
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
