/**
 * Whether the browser renders an element of InfoMentor's page: the Hub keeps hidden elements in the
 * DOM (Knockout's `visible` binding, collapsed templates, a stylesheet class), and what is not shown
 * must not be read. Asked only of the elements the reader names — pupil rows, subject rows, headings
 * — never of every cell: on a 1,000-row page that is 1,000 questions after one style recalculation.
 */
export function isRendered(element: Element): boolean {
  if (typeof element.checkVisibility === 'function') return element.checkVisibility({ visibilityProperty: true });
  // Browsers without checkVisibility (Firefox before 106): no boxes means display: none here or above.
  if (element.getClientRects().length === 0) return false;
  return element.ownerDocument.defaultView?.getComputedStyle(element).visibility !== 'hidden';
}
