/**
 * Only what is rendered is read: InfoMentor's Knockout views keep hidden elements in the DOM (a
 * guardian's other children in the pupil switcher, the level squares of every column but the marked
 * one). The pure reader judges an element by its markup — `hidden`, `aria-hidden="true"`, an inline
 * `display: none` or `visibility: hidden` — which is all a saved page can tell. The content script
 * may pass a computed-style predicate instead (`readPage(…, { isRendered })`, see analyse.ts).
 *
 * A predicate judges the element itself; the reader walks ancestors where it needs to (once per
 * table, block or pupil name, once per row for the row and its section — never per cell).
 */
export type IsRendered = (element: Element) => boolean;

const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))\s*(?:!important\s*)?(?:;|$)/i;

export function renderedByMarkup(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return false;
  const style = element.getAttribute('style');
  return style === null || !HIDING_STYLE.test(style);
}

// One read at a time (reading is synchronous), so the predicate of the current read can live here
// rather than be passed through every table, row and cell function.
let current: IsRendered = renderedByMarkup;

/** Runs one read with the given predicate (the markup judgement when none is given). */
export function withRendered<T>(isRendered: IsRendered | undefined, read: () => T): T {
  const previous = current;
  current = isRendered ?? renderedByMarkup;
  try {
    return read();
  } finally {
    current = previous;
  }
}

/** The element itself is rendered (its ancestors are not judged). */
export function isRendered(element: Element): boolean {
  return current(element);
}

/** The element and its ancestors up to (not including) `within` are rendered. */
export function isShown(element: Element, within?: Element): boolean {
  for (let node: Element | null = element; node && node !== within; node = node.parentElement) if (!current(node)) return false;
  return true;
}
