/**
 * Insyn's UI on InfoMentor's page (the panel, the badges) lives in closed shadow roots, and Insyn's own
 * code acts only on input the browser itself produced. The page's scripts share the DOM with us: with an
 * open root they could read the panel's drafts and summaries and press its buttons ("Inte i risk" for
 * every pupil) through `host.shadowRoot`. A closed root is unreachable from the page; Insyn keeps the
 * references here, in the content script's world, which the page cannot see.
 *
 * Events the page could observe or forge at the host are cut at the root:
 * - what is typed in the panel (keys, `beforeinput`/`input` with their text) does not bubble out to the
 *   page's listeners, which would otherwise log a typed summary key by key (a listener of the page's in the
 *   capture phase hears keys before the root: the panel's text fields are therefore in Insyn's field frames,
 *   components/page/SealedText.tsx);
 * - an event not produced by the browser (`isTrusted` false: `dispatchEvent`, `element.click()`) never
 *   reaches Insyn's handlers and does nothing by default (no form submitted, no box ticked).
 */

/**
 * Kept in the script's global scope, Insyn's isolated world, which the page cannot see either: the forms
 * script (utils/content/page-tools.ts) finds the panel's root as the reader's script does.
 */
const world = globalThis as { insynClosedRoots?: WeakMap<Element, ShadowRoot> };
const roots = (world.insynClosedRoots ??= new WeakMap<Element, ShadowRoot>());

/** Events that carry what the teacher types or does; they stay inside Insyn's root. */
const PRIVATE_EVENTS = ['keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'compositionstart', 'compositionupdate', 'compositionend'];
/** Events that make Insyn act; untrusted ones are stopped before any handler and their default. */
export const ACTION_EVENTS = [
  'click',
  'dblclick',
  'auxclick',
  'submit',
  'reset',
  'keydown',
  'keyup',
  'keypress',
  'pointerdown',
  'pointerup',
  'mousedown',
  'mouseup',
];

/** Stops an event the browser did not produce, before any of Insyn's handlers in the root sees it. */
export function refuseUntrusted(event: Event): void {
  if (event.isTrusted) return;
  event.stopImmediatePropagation();
  event.preventDefault();
}

/**
 * Keeps an event inside the root. One function for every root and type: a badge that isolates a type the
 * root already keeps adds no second listener (the same listener is registered once).
 */
export function stopPropagation(event: Event): void {
  event.stopPropagation();
}

/** A closed shadow root on `host`, guarded as described above, that only Insyn can find again. */
export function attachClosedShadow(host: Element): ShadowRoot {
  const shadow = host.attachShadow({ mode: 'closed' });
  roots.set(host, shadow);
  // Capture at the root runs before the listeners of any element inside it (Preact's included).
  for (const type of ACTION_EVENTS) shadow.addEventListener(type, refuseUntrusted, { capture: true });
  for (const type of PRIVATE_EVENTS) shadow.addEventListener(type, stopPropagation);
  return shadow;
}

/** An element's shadow root: an open one, or one of Insyn's closed ones. */
export function shadowRootOf(element: Element): ShadowRoot | null {
  return element.shadowRoot ?? roots.get(element) ?? null;
}
