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
  for (let from = theirs.nextNode() as Element | null, to = ours.nextNode() as Element | null; from && to; from = theirs.nextNode() as Element | null, to = ours.nextNode() as Element | null) {
    if (isInsyn(from)) insyn.push(to);
    else writeState(from, to);
  }
  for (const element of insyn) element.remove();
  return `<!DOCTYPE html>\n${copy.outerHTML}`;
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
