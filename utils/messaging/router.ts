import type { Browser } from 'wxt/browser';
import { z } from 'zod';
import { isInfoMentorUrl } from '../infomentor/hosts';
import { outsideOwnTab, type TabScoped } from './tab-scope';
import { EnvelopeSchema, requestRules, requestSchemas, type Reply, type RequestType, type Responses, type SenderKind } from './protocol';

type Sender = Browser.runtime.MessageSender;
export type Handlers = {
  [K in RequestType]: (payload: z.output<(typeof requestSchemas)[K]>, sender: Sender) => Promise<Responses[K]> | Responses[K];
};

/** This extension as the browser names it: its id, and the origin of its pages (`chrome-extension://<id>/`, `moz-extension://<uuid>/`). */
export interface Own {
  id: string;
  origin: string;
}

/**
 * Who sent a message, from what the browser says about the sender: one of Insyn's own pages (its URL is
 * in the extension's origin), or Insyn's content script in a tab showing InfoMentor. Anything else
 * (another extension, a page's own scripts, a frame elsewhere) is nobody.
 */
export function senderKind(sender: Sender, own: Own): SenderKind | undefined {
  if (sender.id !== own.id) return undefined;
  if (sender.url?.startsWith(own.origin)) return 'insyn-page';
  if (sender.tab?.id !== undefined && isInfoMentorUrl(sender.tab.url) && isInfoMentorUrl(sender.url)) return 'infomentor-tab';
  return undefined;
}

/**
 * Checks one incoming message: it must come from this extension, from a sender its request allows, be an
 * Insyn envelope, name a known request and carry a payload its schema accepts. A page's address is the
 * sender tab's, never the message's; a content script reaches only its own tab (tab-scope.ts).
 */
export async function dispatch(handlers: Handlers, message: unknown, sender: Sender, own: Own): Promise<Reply<unknown>> {
  if (sender.id !== own.id) return { ok: false, error: 'sender is not this extension' };
  const envelope = EnvelopeSchema.safeParse(message);
  if (!envelope.success) return { ok: false, error: 'not an Insyn message' };
  const type = envelope.data.type;
  if (!Object.hasOwn(requestSchemas, type)) return { ok: false, error: `unknown request ${type.slice(0, 64)}` };
  const rule = requestRules[type as RequestType];
  const from = senderKind(sender, own);
  if (!from || !rule.from.includes(from)) return { ok: false, error: `${type} may not be sent from ${from ?? 'there'}` };
  if (rule.pages && !rule.pages.some((page) => sender.url?.startsWith(own.origin + page)))
    return { ok: false, error: `${type} may not be sent from there` };
  const schema = requestSchemas[type as RequestType];
  const payload = schema.safeParse(envelope.data.payload);
  if (!payload.success) return { ok: false, error: `invalid ${type}: ${z.prettifyError(payload.error).slice(0, 500)}` };
  if (rule.ownTab && from === 'infomentor-tab') {
    const outside = await outsideOwnTab(type, payload.data as TabScoped, sender.tab!.id!);
    if (outside) return { ok: false, error: outside };
  }
  // A frame's reading is of the frame's page: its address is the frame's, as the browser tells it.
  const value = rule.urlOfSenderTab ? { ...payload.data, url: sender.frameId ? sender.url : sender.tab!.url } : payload.data;
  try {
    const handler = handlers[type as RequestType] as (p: unknown, s: Sender) => unknown;
    return { ok: true, value: await handler(value, sender) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Registers the background's single message listener. */
export function listen(handlers: Handlers): void {
  const own = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  browser.runtime.onMessage.addListener((message: unknown, sender: Sender, sendResponse: (reply: unknown) => void) => {
    // Answer through sendResponse and return true: a returned promise is dropped by some implementations.
    void dispatch(handlers, message, sender, own).then(sendResponse);
    return true;
  });
}
