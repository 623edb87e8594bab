import type { Target } from './driver';

/**
 * Code the drivers run inside a page. Each function is self-contained: the browser receives only its
 * source text. Lookups are sent as expressions, which both browsers evaluate outside the page's content
 * security policy (extension pages forbid eval).
 */

/** An element's shadow root, open or closed, where the caller can see closed ones (see inspectSource). */
export type ShadowOf = (element: Element) => ShadowRoot | null;

/**
 * Every element a Target describes, walking the document and each shadow root `shadowOf` gives in
 * document order. Insyn's roots are closed: the page's own world cannot see into them, only the test's
 * (Insyn's content-script world in Chromium, a WebDriver BiDi sandbox given the roots in Firefox).
 */
export function findAllInPage(target: Target, shadowOf: ShadowOf = (element) => element.shadowRoot): Element[] {
  const descendants = (root: Document | ShadowRoot | Element): Element[] => {
    const found: Element[] = [];
    const walk = (node: Document | ShadowRoot | Element) => {
      for (const child of Array.from(node.children)) {
        found.push(child);
        const shadow = shadowOf(child);
        if (shadow) walk(shadow);
        walk(child);
      }
    };
    const own = root instanceof Element ? shadowOf(root) : null;
    if (own) walk(own);
    walk(root);
    return found;
  };
  const nameOf = (element: Element): string => {
    const root = element.getRootNode() as Document | ShadowRoot;
    const labelledBy = element.getAttribute('aria-labelledby');
    const byId = labelledBy
      ? labelledBy
          .split(/\s+/)
          .map((id) => root.getElementById(id)?.textContent ?? '')
          .join(' ')
      : undefined;
    const labels = (element as HTMLInputElement).labels;
    const labelled =
      labels && labels.length > 0
        ? Array.from(labels)
            .map((label) => label.textContent ?? '')
            .join(' ')
        : undefined;
    // A field frame is named by its title, the label drawn inside it.
    const titled = element.localName === 'iframe' ? element.getAttribute('title') : null;
    return (element.getAttribute('aria-label') ?? byId ?? labelled ?? titled ?? element.textContent ?? '').replace(/\s+/g, ' ').trim();
  };
  // Insyn's field frame (data-insyn-field="textarea" or "input") stands for the field it draws, once the
  // frame has started (data-insyn-ready), so a target for a textarea or a text input finds the frame;
  // the drivers act inside it.
  const matchesCss = (element: Element, css: string): boolean => {
    if (element.matches(css)) return true;
    const kind =
      element.localName === 'iframe' && element.hasAttribute('data-insyn-ready') ? element.getAttribute('data-insyn-field') : null;
    if (kind !== 'textarea' && kind !== 'input') return false;
    const standIn = document.createElement(kind);
    if (kind === 'input') standIn.setAttribute('type', 'text');
    return standIn.matches(css);
  };
  const find = (wanted: Target, root: Document | Element): Element[] => {
    const scope = wanted.within === undefined ? root : find(wanted.within, root)[0];
    if (!scope) return [];
    const pattern = wanted.nameMatches === undefined ? undefined : new RegExp(wanted.nameMatches);
    return descendants(scope).filter(
      (element) =>
        matchesCss(element, wanted.css) &&
        (wanted.name === undefined || nameOf(element) === wanted.name) &&
        (pattern === undefined || pattern.test(nameOf(element))) &&
        (wanted.has === undefined || find(wanted.has, element).length > 0),
    );
  };
  return find(target, document);
}

/**
 * The source of a function `(shadowOf) => …` that runs `fn(arg, shadowOf)`: how the drivers send a test's
 * function to wherever it can see Insyn's closed roots. `__name` is the helper that esbuild (tsx) wraps
 * named inner functions in; the page does not have it. The argument travels as JSON.
 */
export const inspectSource = <A>(fn: (arg: A, shadowOf: ShadowOf) => unknown, arg: A | undefined): string =>
  `(shadowOf) => ((__name) => (${fn.toString()}))((f) => f)(JSON.parse(${JSON.stringify(JSON.stringify(arg ?? null))}), shadowOf)`;

/**
 * What `value` reads of the first element: a form control's value, or the address of the field frame it is
 * (whose value the driver reads inside the frame).
 */
export const VALUE_OR_FRAME =
  ".map((e) => (e.localName === 'iframe' && e.hasAttribute('data-insyn-field') ? { frame: e.src } : { value: e.value ?? '' }))[0] ?? { value: '' }";
export type ValueOrFrame = { value: string } | { frame: string };
/** A frame's address is the field frame's: by the nonce in its fragment, which no other frame has. */
export const sameFieldFrame = (url: string, src: string): boolean =>
  new URL(src).hash.length > 1 && new URL(url, src).hash === new URL(src).hash;
/** Run inside a field frame: its field's value. */
export const FIELD_VALUE = "() => document.getElementById('field')?.value ?? ''";

/** The source of a function `(shadowOf) => …` that gives the array of elements a Target describes, then `then` of it. */
export const findSource = (target: Target, then = ''): string =>
  `(shadowOf) => ((__name) => (${findAllInPage.toString()}))((f) => f)(${JSON.stringify(target)}, shadowOf)${then}`;

/** An expression for a page without closed roots (Insyn's own pages): the elements a Target describes. */
export const findExpression = (target: Target): string => `(${findSource(target)})((element) => element.shadowRoot)`;

type Badge = { getBadgeText(details: object): Promise<string> };

/** The toolbar button's badge text, read in an extension page (MV3's `action`, MV2's `browserAction`). */
export function badgeTextInPage(): Promise<string> {
  type Api = { action?: Badge; browserAction?: Badge };
  const scope = globalThis as unknown as { browser?: Api; chrome: Api };
  const api = scope.browser ?? scope.chrome;
  return (api.action ?? api.browserAction)!.getBadgeText({});
}

/** The browser's today, YYYY-MM-DD in its own time zone. */
export function todayInPage(): string {
  const now = new Date();
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((part) => String(part).padStart(2, '0')).join('-');
}

/** Insyn's panel is drawn: it has a box and is not hidden by style (Playwright's isVisible, through a closed root). */
export function panelVisibleInPage(_: unknown, shadowOf: ShadowOf): boolean {
  const host = document.querySelector('insyn-panel');
  const panel = host && shadowOf(host)?.querySelector('[data-insyn-panel]');
  return !!panel && panel.getClientRects().length > 0 && getComputedStyle(panel).visibility !== 'hidden';
}
