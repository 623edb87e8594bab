/**
 * Opens the teach page for one InfoMentor tab in a small window beside it. The teaching happens there,
 * in the extension's own page, so the content script inside InfoMentor stays small; the content script
 * only lists the page's tables, outlines the one being looked at and previews a recipe.
 */
export const TEACH_WINDOW = { width: 520, height: 760 };

export function teachPageUrl(tabId: number): string {
  return `${browser.runtime.getURL('/teach.html')}?tab=${tabId}`;
}

export async function openTeachWindow(tabId: number): Promise<boolean> {
  try {
    await browser.windows.create({ url: teachPageUrl(tabId), type: 'popup', ...TEACH_WINDOW });
    return true;
  } catch {
    return false;
  }
}
