/**
 * Decides when the content script reads the page: once the page is idle after load, again after SPA
 * navigation (hash routes, history), and again when the page's content changes or is shown or hidden —
 * debounced, so a burst of DOM changes costs one read. Mutations inside Insyn's own UI are ignored.
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
  /** Where hash and history navigation is announced; the root's window by default. */
  window?: Pick<Window, 'addEventListener'> | null;
}

// InfoMentor's Hub (Knockout) hides and shows elements that stay in the DOM: `visible` bindings write
// `display: none` into the style attribute, others toggle `hidden`, `aria-hidden` or a class. Those
// changes alter what is rendered, so they are read; other style and class changes (hover, focus,
// animation) are not, or a page that animates would be read every debounce.
const SHOWING_ATTRIBUTES = ['hidden', 'aria-hidden', 'style', 'class'];
const CONTENT_ATTRIBUTES = ['aria-checked', 'checked', 'selected', 'value'];
/** Elements whose class decides whether a row or a table of the page is shown. */
const STRUCTURE = 'tr, thead, tbody, table, [role="row"], [role="rowgroup"], [role="grid"], [role="table"], section, fieldset, li';
const DISPLAY = /(?:^|;)\s*((?:content-)?visibility|display)\s*:\s*([^;]*)/gi;

/** The declarations of a style attribute that decide whether the element is rendered. */
function showingOf(style: string | null): string {
  return [...(style ?? '').matchAll(DISPLAY)]
    .map((m) => `${m[1]}:${(m[2] ?? '').trim()}`)
    .join(';')
    .toLowerCase();
}

/** An attribute change that may show or hide part of the page, or change what a control holds. */
function changesReading(m: MutationRecord): boolean {
  if (m.type !== 'attributes') return true;
  const element = m.target as Element;
  if (m.attributeName === 'style') return showingOf(m.oldValue) !== showingOf(element.getAttribute('style'));
  if (m.attributeName === 'class') return element.matches(STRUCTURE);
  return true;
}

export function watchPage({
  root,
  read,
  debounceMs = 300,
  ignore = () => false,
  signal,
  schedule = idle,
  window: win = root.ownerDocument?.defaultView,
}: WatchOptions): {
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
    if (mutations.some((m) => !ours(m) && changesReading(m))) readSoon();
  });
  observer.observe(root, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeOldValue: true,
    attributeFilter: [...CONTENT_ATTRIBUTES, ...SHOWING_ATTRIBUTES],
  });
  // Choosing a grade in a <select> or ticking a radio changes no attribute: the change event tells.
  // (Changes inside Insyn's shadow roots do not leave them: 'change' is not composed.)
  root.addEventListener('change', readSoon, { capture: true, passive: true, signal });
  // A hash route may show a view whose DOM is already there (only its visibility changes), or the same
  // DOM for another pupil: the navigation itself is a reason to read.
  for (const type of ['hashchange', 'popstate']) win?.addEventListener(type, readSoon, { passive: true, signal });
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
