import type { FrameMessage } from '../messaging/protocol';

/**
 * The background's messages to a tab's content scripts. Nobody may be listening (a frame without
 * Insyn, a page still loading, a tab closed meanwhile): that is normal, so failures are dropped, and
 * nothing waits for an answer.
 */
export function tellTopFrame(tabId: number, message: FrameMessage): void {
  quietly(() => browser.tabs.sendMessage(tabId, message, { frameId: 0 }));
}

/** Every frame of the tab hears it (the top frame too, which ignores what is meant for frames). */
export function tellFrames(tabId: number, message: FrameMessage): void {
  quietly(() => browser.tabs.sendMessage(tabId, message));
}

function quietly(deliver: () => Promise<unknown>): void {
  void Promise.resolve().then(deliver).catch(() => {});
}
