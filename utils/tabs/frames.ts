import type { FrameMessage } from '../messaging/protocol';
import { panelFrame } from './tab-status';

/**
 * The background's messages to a tab's content scripts. Nobody may be listening (a frame without
 * Insyn, a page still loading, a tab closed meanwhile): that is normal, so failures are dropped, and
 * nothing waits for an answer.
 */

/** To the frame that shows the tab's panel, unless the message comes from that frame itself. */
export async function tellPanelFrame(tabId: number, fromFrame: number, message: FrameMessage): Promise<void> {
  const frameId = await panelFrame(tabId);
  if (frameId !== fromFrame) quietly(() => browser.tabs.sendMessage(tabId, message, { frameId }));
}

/** Every frame of the tab hears it (the panel's frame too, which ignores what is meant for frames). */
export function tellFrames(tabId: number, message: FrameMessage): void {
  quietly(() => browser.tabs.sendMessage(tabId, message));
}

function quietly(deliver: () => Promise<unknown>): void {
  void Promise.resolve()
    .then(deliver)
    .catch(() => {});
}
