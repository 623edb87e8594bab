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

/** The panel's live region, which says what was just done. */
export const LIVE: Target = { css: '[data-insyn-live]' };
/** The log form and a field or button in it, by its accessible name. */
export const LOG_FORM = inPanel('form[data-insyn-log]');
export const inLogForm = (css: string, name: string): Target => ({ css, name, within: LOG_FORM });
/** The badge under a pupil's name in InfoMentor's table. */
export const badgeOf = (pupil: string): Target => ({
  css: 'button',
  within: { css: '[data-insyn-badge]', within: { css: 'tr', has: { css: 'a', name: pupil } } },
});
/** A pupil's row in the panel's list, and the status it shows. */
export const rowInPanel = (pupil: string): Target => inPanel(`li[data-insyn-pupil="${pupil}"]`);
export const statusOf = (pupil: string): Target => ({ css: '.status', within: rowInPanel(pupil) });

/**
 * Waits until focus has arrived where it is going: in one of Insyn's field frames, the field inside it
 * says it has focus a moment after the click or Tab that moved it there (the frame is of another origin,
 * another process in Chromium), and keys typed before that go elsewhere. Returns at once otherwise.
 */
export async function settleFocus(view: DriverPage, timeout = SLOW.timeout): Promise<boolean> {
  const pending = () =>
    view.inspect((_, shadowOf) => {
      let active: Element | null = document.activeElement;
      while (active && shadowOf(active)?.activeElement) active = shadowOf(active)!.activeElement;
      return active?.localName === 'iframe' && active.hasAttribute('data-insyn-field') && !active.hasAttribute('data-insyn-focused');
    });
  const end = Date.now() + timeout;
  while (await pending()) {
    if (Date.now() > end) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}

/**
 * Whether keys typed now go to this field frame: the page's focus (through Insyn's roots) is on this frame,
 * by its title, and the field inside it says it has focus. Either alone can be stale for a moment: the
 * frame reports a blur over its channel a little after a click elsewhere took focus from it.
 */
const frameHasFocus = (view: DriverPage, title: string | undefined) =>
  view.inspect((wanted, shadowOf) => {
    let active: Element | null = document.activeElement;
    while (active && shadowOf(active)?.activeElement) active = shadowOf(active)!.activeElement;
    return (
      active?.localName === 'iframe' &&
      active.hasAttribute('data-insyn-focused') &&
      (wanted === null || active.getAttribute('title') === wanted)
    );
  }, title ?? null);

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Focus on the frame, and still there a moment later (a blur from the frame is then no longer on its way). */
async function holdsFocus(view: DriverPage, title: string | undefined): Promise<boolean> {
  if (!(await frameHasFocus(view, title))) return false;
  await pause(250);
  return frameHasFocus(view, title);
}

/**
 * Clicks a text field (one of Insyn's field frames, or a field in the panel) until it has focus: a click
 * that lands while a form's frames still settle their heights can miss the field, as a person's would.
 */
export async function focusField(view: DriverPage, target: Target): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const field = await view.find(target);
    if ((await view.attribute(target, 'data-insyn-field')) === null) return field.click();
    await field.click();
    for (const end = Date.now() + 2_000; Date.now() < end; await pause(100)) if (await holdsFocus(view, target.name)) return;
  }
  throw new Error(`focus never reached the field ${JSON.stringify(target)}`);
}
