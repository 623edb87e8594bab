/**
 * Where the panel sits, the teacher's choice, remembered in storage.local (the content script never opens
 * the database): `page` (the default) puts it in the page's flow after InfoMentor's content, so it covers
 * nothing and moves no column, with a small button in the window's corner that brings it into view;
 * `float` keeps it over the page's bottom-right corner, where on a narrow screen it covers part of a table.
 */
export type PanelPlace = 'page' | 'float';
export const PANEL_PLACE_KEY = 'insyn.panelPlace';

export const asPanelPlace = (value: unknown): PanelPlace => (value === 'float' ? 'float' : 'page');

export async function loadPanelPlace(): Promise<PanelPlace> {
  const stored = await browser.storage.local.get(PANEL_PLACE_KEY);
  return asPanelPlace(stored[PANEL_PLACE_KEY]);
}

export function savePanelPlace(place: PanelPlace): Promise<void> {
  return browser.storage.local.set({ [PANEL_PLACE_KEY]: place });
}
