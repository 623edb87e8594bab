/**
 * Decides when the content script reads the page: once the page is idle after load, again after SPA
 * navigation, and again when the page's content changes — debounced, so a burst of DOM changes costs
 * one read. Mutations inside Insyn's own UI are ignored.
 */
export interface WatchOptions {
  root: Node;
  read: () => void;
  /** Quiet time after the last change before reading. */
  debounceMs?: number;
  /** Nodes whose changes are Insyn's own and never trigger a read. */
  ignore?: (node: Node) => boolean;
  signal: AbortSignal;
  /** Delays the first read past the page's own start-up work. */
  schedule?: (callback: () => void) => void;
}

export function watchPage({ root, read, debounceMs = 300, ignore = () => false, signal, schedule = idle }: WatchOptions): {
  readSoon: () => void;
} {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const readSoon = () => {
    if (signal.aborted) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (!signal.aborted) read();
    }, debounceMs);
  };
  // A badge added to or removed from a page cell changes the cell, not Insyn's UI: judge by the nodes moved.
  const ours = (m: MutationRecord) => {
    if (ignore(m.target)) return true;
    const moved = [...m.addedNodes, ...m.removedNodes];
    return m.type === 'childList' && moved.length > 0 && moved.every(ignore);
  };
  const observer = new MutationObserver((mutations) => {
    if (mutations.some((m) => !ours(m))) readSoon();
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['aria-checked', 'checked', 'selected', 'value'] });
  // Choosing a grade in a <select> or ticking a radio changes no attribute: the change event tells.
  // (Changes inside Insyn's shadow roots do not leave them: 'change' is not composed.)
  root.addEventListener('change', readSoon, { capture: true, passive: true, signal });
  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    observer.disconnect();
  });
  schedule(() => {
    if (!signal.aborted) read();
  });
  return { readSoon };
}

function idle(callback: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: 1500 });
  else setTimeout(callback, 50);
}
