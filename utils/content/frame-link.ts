import type { FrameMessage } from '@/utils/messaging/protocol';
import type { ContactFlow, Send } from './contact-flow';

/**
 * How the content scripts of one tab's frames act as one: one frame (the top frame, or a frameset's
 * largest frame) shows the one panel and hears, through the background, what each other frame read
 * and which pupil a frame's badge asked for; each frame keeps its own badges and reads again when the
 * panel asks (the panel may have started after the frame's first reading). Messages come only from
 * Insyn's background (tabs.sendMessage): a page cannot send into this listener, and other content
 * scripts cannot either.
 */
export interface FrameLinkOptions {
  hostsPanel: boolean;
  flow: ContactFlow;
  send: Send;
  readSoon(): void;
}

/**
 * Whether this frame shows the tab's panel: the top frame, unless it is a frameset, which renders
 * nothing but frames; then the frameset's largest frame (same origin only: a frame cannot see the
 * sizes of another origin's frames).
 */
export function frameHostsPanel(win: Window = window): boolean {
  try {
    if (win === win.top) return win.document.body?.localName !== 'frameset';
    const parent = win.parent.document;
    if (win.parent !== win.top || parent.body?.localName !== 'frameset') return false;
    const area = (frame: Element) => {
      const { width, height } = frame.getBoundingClientRect();
      return width * height;
    };
    const [first, ...others] = parent.querySelectorAll('frame');
    return (
      first !== undefined && others.reduce((largest, frame) => (area(frame) > area(largest) ? frame : largest), first) === win.frameElement
    );
  } catch {
    // A frame inside a frame of another origin: the top frame shows the panel.
    return false;
  }
}

export function linkFrames({ hostsPanel, flow, send, readSoon }: FrameLinkOptions): () => void {
  const onMessage = (message: unknown, sender: { id?: string; tab?: unknown }) => {
    if (sender.id !== browser.runtime.id || sender.tab !== undefined || !isFrameMessage(message)) return;
    if (hostsPanel && message.type === 'frames/read')
      flow.frameRead(message.payload.frameId, message.payload.analysis, message.payload.risks);
    else if (hostsPanel && message.type === 'frames/focus') flow.showPupil(message.payload.pupilKey);
    else if (!hostsPanel && message.type === 'frames/reread') readSoon();
  };
  browser.runtime.onMessage.addListener(onMessage);
  if (hostsPanel) void send('frames/reread', {}).catch(() => {});
  // A frame's page that goes (the frame removed, or navigated away) takes its pupils out of the panel;
  // one restored from the back-forward cache reads again.
  const left = () => void send('frames/left', {}).catch(() => {});
  const back = (event: PageTransitionEvent) => event.persisted && readSoon();
  if (!hostsPanel) {
    window.addEventListener('pagehide', left);
    window.addEventListener('pageshow', back);
  }
  return () => {
    browser.runtime.onMessage.removeListener(onMessage);
    window.removeEventListener('pagehide', left);
    window.removeEventListener('pageshow', back);
  };
}

/** A badge pressed in a frame opens the pupil in the tab's panel. */
export function showPupil({ hostsPanel, flow, send }: Omit<FrameLinkOptions, 'readSoon'>, pupilKey: string): void {
  if (hostsPanel) flow.showPupil(pupilKey);
  else void send('frames/focus', { pupilKey }).catch(() => {});
}

// The background is Insyn's own, so a light check of the envelope is enough here (no zod in the page).
function isFrameMessage(message: unknown): message is FrameMessage {
  if (typeof message !== 'object' || message === null) return false;
  const { insyn, type, payload } = message as Partial<FrameMessage>;
  return insyn === 1 && typeof type === 'string' && type.startsWith('frames/') && typeof payload === 'object' && payload !== null;
}
