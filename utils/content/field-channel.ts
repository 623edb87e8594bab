import { FIELD_PAGE, isFromFrame, type FieldHello, type FieldState, type FromFrame, type ToFrame } from '@/utils/field/protocol';

/**
 * The content script's end of a field frame (utils/field/frame.ts): it loads the frame with a fresh nonce
 * in the URL fragment, hands it one end of a MessageChannel in a window message addressed to the
 * extension's origin only, and then speaks over the port alone. A frame that never says `ready` (a page's
 * content security policy that blocks it, an extension reloaded under the page) is reported as failed,
 * so the panel can draw its own field instead of a dead one.
 */
export interface FieldChannel {
  /**
   * Sent now, or once the frame is ready. The channel keeps the whole state, with the value as last typed
   * or set, and gives it to every frame that becomes ready (one reloaded included).
   */
  send(message: ToFrame): void;
  close(): void;
}

export interface FieldChannelOptions extends FieldPageAddress {
  onMessage(message: FromFrame): void;
  /** No `ready` this long after the frame was given its address. */
  onFailed(): void;
  timeoutMs?: number;
}

/** Where the field page loads from, and the origin of the document it then is. */
export interface FieldPageAddress {
  url: string;
  origin: string;
}

/**
 * With Chrome's `use_dynamic_url`, runtime.getURL gives the session's dynamic address, the only one a page
 * may load the field from; the document it loads is of the extension's own origin (the static id), which
 * is where the port is addressed. Firefox has one address, of the install's UUID.
 */
export const fieldPageAddress = (): FieldPageAddress => ({
  url: browser.runtime.getURL(`/${FIELD_PAGE}`),
  origin: new URL(browser.runtime.getURL('/')).origin,
});

/** 128 random bits, hex: what the frame must be told to take a port. */
export function fieldNonce(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function openFieldChannel(iframe: HTMLIFrameElement, options: FieldChannelOptions): FieldChannel {
  const { url, origin, onMessage, onFailed, timeoutMs = 10_000 } = options;
  let port: MessagePort | undefined;
  let ready = false;
  let state: FieldState | undefined;
  let focus = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let nonce = '';
  const load = () => {
    port?.close();
    port = undefined;
    ready = false;
    nonce = fieldNonce();
    iframe.src = `${url}#${nonce}`;
    clearTimeout(timer);
    timer = setTimeout(() => ready || onFailed(), timeoutMs);
  };
  const onLoad = () => {
    // Loaded again after it was ready: navigated by someone else (a page can set a frame's location).
    // Our page comes back with a new nonce; what the teacher typed is still in the panel's state.
    if (ready) return load();
    // A load before ready (the iframe's first empty document): only the newest port counts.
    port?.close();
    const channel = new MessageChannel();
    const own = channel.port1;
    port = own;
    own.onmessage = (event: MessageEvent) => {
      if (!isFromFrame(event.data)) return;
      if (event.data.type === 'input' && state) state = { ...state, value: event.data.value };
      if (event.data.type === 'ready') {
        ready = true;
        clearTimeout(timer);
        if (state) own.postMessage(state);
        if (focus) own.postMessage({ type: 'focus' });
        focus = false;
      }
      onMessage(event.data);
    };
    const hello: FieldHello = { insynField: 1, nonce };
    iframe.contentWindow?.postMessage(hello, origin, [channel.port2]);
  };
  iframe.addEventListener('load', onLoad);
  load();
  return {
    send(message) {
      if (message.type === 'state') state = { ...state, ...message };
      if (ready && port) port.postMessage(message);
      else if (message.type === 'focus') focus = true;
    },
    close() {
      clearTimeout(timer);
      iframe.removeEventListener('load', onLoad);
      port?.close();
    },
  };
}
