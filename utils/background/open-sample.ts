/**
 * Opens the page-sample preview for one InfoMentor tab in a tab of its own, next to it. The sample is
 * made by that tab's content script and shown only in this extension page: InfoMentor's scripts never
 * see it, and it is saved from there as a download (no permission, nothing sent).
 */
export function samplePageUrl(tabId: number): string {
  return `${browser.runtime.getURL('/sample.html')}?tab=${tabId}`;
}

export async function openSamplePage(tabId: number): Promise<boolean> {
  try {
    const source = await browser.tabs.get(tabId).catch(() => undefined);
    await browser.tabs.create({ url: samplePageUrl(tabId), ...(source ? { index: source.index + 1, windowId: source.windowId } : {}) });
    return true;
  } catch {
    return false;
  }
}
