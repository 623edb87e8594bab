/**
 * Runs `callback` once InfoMentor's page has finished loading and the main thread is idle, so that
 * nothing Insyn does (mounting its UI, reading, placing badges) sits on the page's load path. On a
 * page that has already loaded (SPA navigation, late injection) it waits only for idle time.
 */
export function afterLoad(callback: () => void, win: Window = window): void {
  const whenIdle = () => {
    if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(() => callback(), { timeout: 2000 });
    else win.setTimeout(callback, 50);
  };
  if (win.document.readyState === 'complete') whenIdle();
  else win.addEventListener('load', whenIdle, { once: true });
}
