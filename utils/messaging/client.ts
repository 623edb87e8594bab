import type { Envelope, Reply, RequestPayload, RequestType, Responses } from './protocol';

/**
 * Sends one request to the background and unwraps its reply. Used by the content script, popup and
 * dashboard. Imports only types from protocol.ts so the content script bundles no zod schemas.
 */
export async function send<K extends RequestType>(type: K, payload: RequestPayload<K>): Promise<Responses[K]> {
  const envelope: Envelope = { insyn: 1, type, payload };
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply<Responses[K]> | undefined;
  if (!reply) throw new Error(`No answer from Insyn's background for ${type}`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
