import type { Browser } from 'wxt/browser';
import { requestRules, type RequestType } from '@/utils/messaging/protocol';
import type { Own } from '@/utils/messaging/router';

/** Senders as the browser describes them, for tests of the router and the handlers. */
type Sender = Browser.runtime.MessageSender;

export const PAGE_URL = 'https://skola.infomentor.se/kunskap';

export const own = (id: string): Own => ({ id, origin: `chrome-extension://${id}/` });

/** Insyn's content script in tab `tabId` showing `url`. */
export const contentSender = (id: string, tabId = 7, url = PAGE_URL): Sender => ({ id, url, tab: { id: tabId, url } as Browser.tabs.Tab });

/** One of Insyn's own pages (the dashboard). */
export const pageSender = (id: string): Sender => ({ id, url: `chrome-extension://${id}/dashboard.html` });

/** A sender the request allows: its content script when it may send it (in tab `tabId` at `url`), else a page. */
export function allowedSender(type: string, id: string, tabId = 7, url = PAGE_URL): Sender {
  const rule = Object.hasOwn(requestRules, type) ? requestRules[type as RequestType] : undefined;
  return rule?.from.includes('infomentor-tab') ? contentSender(id, tabId, url) : pageSender(id);
}
