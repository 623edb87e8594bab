/**
 * The content script's side of "Spara ett anonymt sidprov": the sample page (an extension page, see
 * utils/background/open-sample.ts) asks through tabs.sendMessage for this page as it is now, and makes
 * the anonymised sample there (utils/sample), so the content script inside InfoMentor stays small.
 * The page's markup goes only to that extension page, never to InfoMentor's scripts; nothing is kept.
 */
export type SampleRequest = { type: 'sample/page' };

export interface PageMarkup {
  url: string;
  /** The page's markup, with what the teacher ticked, chose and typed written into it, without Insyn's own elements. */
  html: string;
}

export function answerSample(message: unknown, doc: Document, isInsyn: (node: Node) => boolean): PageMarkup | undefined {
  if (typeof message !== 'object' || message === null || (message as { insyn?: unknown }).insyn !== 1) return undefined;
  if ((message as { type?: unknown }).type !== 'sample/page') return undefined;
  return { url: doc.location.href, html: pageMarkup(doc, isInsyn) };
}

/**
 * A copy of the page as markup: the copy, never InfoMentor's page, gets the live state as attributes
 * and loses Insyn's panel and badges. Both trees have the same shape, so they are walked side by side.
 */
export function pageMarkup(doc: Document, isInsyn: (node: Node) => boolean): string {
  const original = doc.documentElement;
  const copy = original.cloneNode(true) as Element;
  const theirs = doc.createTreeWalker(original, NodeFilter.SHOW_ELEMENT);
  const ours = doc.createTreeWalker(copy, NodeFilter.SHOW_ELEMENT);
  const insyn: Element[] = [];
  const unseen = new Set<Element>();
  for (
    let from = theirs.nextNode() as Element | null, to = ours.nextNode() as Element | null;
    from && to;
    from = theirs.nextNode() as Element | null, to = ours.nextNode() as Element | null
  ) {
    if (isInsyn(from)) insyn.push(to);
    else writeState(from, to);
    markUnseen(from, to, unseen);
  }
  for (const element of insyn) element.remove();
  return `<!DOCTYPE html>\n${copy.outerHTML}`;
}

const NEVER_SHOWN = new Set(['head', 'script', 'style', 'template', 'noscript', 'title', 'meta', 'link', 'base']);

/**
 * A sample has no style sheet: an element the page's CSS hides (Knockout's hidden sibling, a collapsed
 * template) is marked `hidden` in the copy, so a reader that skips what is not rendered skips it in the
 * sample too. Only the outermost hidden element is marked; its content is not looked at again.
 */
function markUnseen(from: Element, to: Element, unseen: Set<Element>): void {
  const parent = from.parentElement;
  if (parent && unseen.has(parent)) {
    unseen.add(from);
    return;
  }
  if (
    NEVER_SHOWN.has(from.localName) ||
    (from.localName === 'input' && (from as HTMLInputElement).type === 'hidden') ||
    !from.closest('body')
  )
    return;
  // Computed `display`, not checkVisibility(): a closed select's options have no box but are read.
  if (from.ownerDocument.defaultView?.getComputedStyle(from).display !== 'none') return;
  unseen.add(from);
  to.setAttribute('hidden', '');
}

function writeState(from: Element, to: Element): void {
  if (from.localName === 'input') {
    const input = from as HTMLInputElement;
    if (input.type === 'checkbox' || input.type === 'radio') to.toggleAttribute('checked', input.checked);
    else if (input.type === 'password') to.removeAttribute('value');
    else if (input.type !== 'file') to.setAttribute('value', input.value);
  } else if (from.localName === 'option') to.toggleAttribute('selected', (from as HTMLOptionElement).selected);
  else if (from.localName === 'textarea') to.textContent = (from as HTMLTextAreaElement).value;
}
