import type { Browser } from 'wxt/browser';
import { EnvelopeSchema, requestSchemas, type Reply, type RequestType, type Responses } from './protocol';
import { z } from 'zod';

type Sender = Browser.runtime.MessageSender;
export type Handlers = {
  [K in RequestType]: (payload: z.output<(typeof requestSchemas)[K]>, sender: Sender) => Promise<Responses[K]> | Responses[K];
};

/**
 * Checks one incoming message: it must come from this extension (its content script or its own pages),
 * be an Insyn envelope, name a known request and carry a payload its schema accepts.
 */
export async function dispatch(handlers: Handlers, message: unknown, sender: Sender, ownId: string): Promise<Reply<unknown>> {
  if (sender.id !== ownId) return { ok: false, error: 'sender is not this extension' };
  const envelope = EnvelopeSchema.safeParse(message);
  if (!envelope.success) return { ok: false, error: 'not an Insyn message' };
  const type = envelope.data.type;
  if (!Object.hasOwn(requestSchemas, type)) return { ok: false, error: `unknown request ${type.slice(0, 64)}` };
  const schema = requestSchemas[type as RequestType];
  const payload = schema.safeParse(envelope.data.payload);
  if (!payload.success) return { ok: false, error: `invalid ${type}: ${z.prettifyError(payload.error).slice(0, 500)}` };
  try {
    const handler = handlers[type as RequestType] as (p: unknown, s: Sender) => unknown;
    return { ok: true, value: await handler(payload.data, sender) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Registers the background's single message listener. */
export function listen(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Sender, sendResponse: (reply: unknown) => void) => {
    // Answer through sendResponse and return true: a returned promise is dropped by some implementations.
    void dispatch(handlers, message, sender, browser.runtime.id).then(sendResponse);
    return true;
  });
}
