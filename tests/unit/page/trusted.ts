/**
 * happy-dom has no `isTrusted`: every event it dispatches counts as the page's own, which Insyn's closed
 * roots refuse (utils/content/closed-shadow.ts). These mark an event as the browser's, as a person's
 * click or key would be in a real browser.
 */
export function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

export const trustedClick = (element: Element) =>
  element.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true })));
