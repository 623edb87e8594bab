import { SLOW, type DriverPage, type Target } from './driver';

/** Insyn's panel on an InfoMentor page, in its closed shadow root (the driver sees into it; the page cannot). */
export const PANEL: Target = { css: '[data-insyn-panel]', within: { css: 'insyn-panel' } };
export const inPanel = (css: string, name?: string): Target => ({ css, name, within: PANEL });
/** The kind of page the panel says it reads ('unknown', 'group-assessment', …); null before it says. */
export const kindShown = (view: DriverPage) => view.attribute(inPanel('[data-insyn-kind]'), 'data-insyn-kind');

/**
 * Opens the panel. It also opens by itself when the background's answer brings a prompt, which may land
 * just after a click: so open until it stays open.
 */
export async function expandPanel(view: DriverPage): Promise<void> {
  const toggle = inPanel('button.toggle');
  const end = Date.now() + SLOW.timeout;
  for (;;) {
    if ((await view.attribute(toggle, 'aria-expanded')) !== 'true') await (await view.find(toggle)).click();
    // Still open a moment later: it stayed open.
    await new Promise((resolve) => setTimeout(resolve, 500));
    if ((await view.attribute(toggle, 'aria-expanded')) === 'true') return;
    if (Date.now() > end) throw new Error('the panel never stayed open');
  }
}
