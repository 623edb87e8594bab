import type { Target } from './driver';

/**
 * Code the drivers run inside a page. Each function is self-contained: the browser receives only its
 * source text. Lookups are sent as expressions, which both browsers evaluate outside the page's content
 * security policy (extension pages forbid eval).
 */

/** Every element a Target describes, walking the document and each open shadow root in document order. */
export function findAllInPage(target: Target): Element[] {
  const descendants = (root: Document | ShadowRoot | Element): Element[] => {
    const found: Element[] = [];
    const walk = (node: Document | ShadowRoot | Element) => {
      for (const child of Array.from(node.children)) {
        found.push(child);
        if (child.shadowRoot) walk(child.shadowRoot);
        walk(child);
      }
    };
    if (root instanceof Element && root.shadowRoot) walk(root.shadowRoot);
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
    return (element.getAttribute('aria-label') ?? byId ?? labelled ?? element.textContent ?? '').replace(/\s+/g, ' ').trim();
  };
  const find = (wanted: Target, root: Document | Element): Element[] => {
    const scope = wanted.within === undefined ? root : find(wanted.within, root)[0];
    if (!scope) return [];
    const pattern = wanted.nameMatches === undefined ? undefined : new RegExp(wanted.nameMatches);
    return descendants(scope).filter(
      (element) =>
        element.matches(wanted.css) &&
        (wanted.name === undefined || nameOf(element) === wanted.name) &&
        (pattern === undefined || pattern.test(nameOf(element))) &&
        (wanted.has === undefined || find(wanted.has, element).length > 0),
    );
  };
  return find(target, document);
}

/**
 * An expression for the page: the array of elements a Target describes. `__name` is the helper that
 * esbuild (tsx) wraps named inner functions in; the page does not have it.
 */
export const findExpression = (target: Target): string =>
  `((__name) => (${findAllInPage.toString()}))((f) => f)(${JSON.stringify(target)})`;

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
