/**
 * What a content script may touch: its own tab. A page that took over the content script's world (or a
 * bug in it) must not dismiss, postpone or log a contact for a pupil another tab shows, nor open the teach
 * window or a page sample on another tab. The risks a tab may act on are those its frames' current
 * readings showed: utils/tabs/tab-status.ts keeps them under these keys in storage.session, beside each
 * frame's status, and forgets them with it.
 */
const risksPrefix = (tabId: number) => `risks:${tabId}:`;
export const risksKey = (tabId: number, frameId: number) => `${risksPrefix(tabId)}${frameId}`;

/** The risks the tab's frames show in their current readings. */
export async function tabRiskIds(tabId: number): Promise<Set<string>> {
  const stored = await browser.storage.session.get(null);
  const ids = new Set<string>();
  for (const [name, value] of Object.entries(stored)) {
    if (name.startsWith(risksPrefix(tabId)) && Array.isArray(value)) for (const id of value) if (typeof id === 'string') ids.add(id);
  }
  return ids;
}

export interface TabScoped {
  riskIds?: readonly string[];
  tabId?: number;
}

/** Why a content script's request reaches outside its tab, or undefined when it does not. */
export async function outsideOwnTab(type: string, payload: TabScoped, ownTabId: number): Promise<string | undefined> {
  if (payload.tabId !== undefined && payload.tabId !== ownTabId) return `${type} may only name the sender’s own tab`;
  if (!payload.riskIds) return undefined;
  const shown = await tabRiskIds(ownTabId);
  const outside = payload.riskIds.filter((id) => !shown.has(id));
  return outside.length ? `${type}: ${outside.length} of its risks are not on the sender’s page` : undefined;
}
