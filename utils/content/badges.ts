import { attachClosedShadow, stopPropagation } from './closed-shadow';

/**
 * The small "Risk · Ej kontaktad" buttons under at-risk pupils' names. Each is an element with its own
 * closed shadow root (closed-shadow.ts: the page can neither read nor press it), appended at the end of the pupil's name cell (never inside a link, never as a table's own
 * child), so InfoMentor's styles cannot reach in. It never widens InfoMentor's columns, whatever the
 * fonts, zoom or name length: its host is a block with inline-size containment, so it adds nothing to
 * the cell's min- or max-content width and takes the width the cell already has; the badge is one line
 * under the name and shows as much of its text as fits there, in whole parts (components/page/badge.css).
 * Events from a badge stop at its shadow root: a click on the badge must not also trigger InfoMentor's
 * row handlers.
 */
export interface BadgeItem {
  key: string;
  /** The pupil the badge opens in the panel; `key` when the badge is the pupil's only one. */
  pupilKey?: string;
  /**
   * The text to place the badge beside: the pupil's name as the page writes it (normalised), or on a
   * one-pupil page, where each at-risk subject's row has its own badge, the subject's name.
   */
  pupil: string;
  row: Element;
  text: string;
  label: string;
  /** "open" or "answered": a style hook only; the text says the same. */
  tone: 'open' | 'answered';
}

export const BADGE_ATTRIBUTE = 'data-insyn-badge';

const CELL = 'td, th, [role="gridcell"], [role="rowheader"], [role="cell"], [role="columnheader"]';
const ISOLATED_EVENTS = ['click', 'dblclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'keypress'];

const normalise = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').replace(/ ,/g, ',').trim();

/** The smallest element in the row whose text is the pupil's name. */
export function findNameElement(row: Element, pupil: string): Element | undefined {
  const wanted = normalise(pupil);
  let found: Element | undefined;
  const visit = (element: Element) => {
    if (element.hasAttribute(BADGE_ATTRIBUTE)) return;
    const text = normalise(element.textContent ?? '');
    if (!text.includes(wanted)) return;
    if (text === wanted) found = element;
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) visit(child);
  };
  visit(row);
  return found;
}

/** Where a badge goes: the end of the name's cell; beside the name where there are no cells. */
export function placeBadge(row: Element, pupil: string, badge: Element): boolean {
  const name = findNameElement(row, pupil);
  const cell = name?.closest(CELL) ?? (row.matches(CELL) ? row : undefined);
  if (cell && row.contains(cell)) {
    cell.append(badge);
    return true;
  }
  if (name && name !== row) {
    name.after(badge);
    return true;
  }
  const firstCell = row.querySelector(CELL);
  if (firstCell) {
    firstCell.append(badge);
    return true;
  }
  // A heading or card that names the pupil in longer text: the badge ends it. Never a table row's own child.
  if (!row.matches('tr, [role="row"], table, thead, tbody, tfoot, ul, ol, dl, select')) {
    row.append(badge);
    return true;
  }
  return false;
}

/**
 * The badge's text in two parts split at its first space, "Risk" and "· Ej kontaktad": where the cell is
 * too narrow for the whole text, the rest wraps out of sight as one piece and the first word stays (where
 * that does not fit either, the badge's icon). Together the parts are the text, unchanged.
 */
export function textParts(text: string): (Node | string)[] {
  const part = (words: string) => Object.assign(document.createElement('span'), { textContent: words });
  const space = text.indexOf(' ');
  return space < 0 ? [part(text)] : [part(text.slice(0, space)), ' ', part(text.slice(space + 1))];
}

/** The elements every badge copies: its host, its style and its button. */
function badgeTemplate(css: string): { host: HTMLElement; style: HTMLStyleElement; button: HTMLButtonElement } {
  // An element of Insyn's own, so the page's rules for spans in table cells do not match it (inline style
  // would beat only their normal declarations, not their !important ones).
  const host = document.createElement('insyn-badge');
  host.setAttribute(BADGE_ATTRIBUTE, '');
  // A line of its own under the name, so only the pupil's row grows (by that line); contained, so the
  // column stays as wide as it was.
  host.style.cssText = 'all: initial; display: block; contain: inline-size; margin-top: 2px;';
  const style = document.createElement('style');
  style.textContent = css;
  const button = document.createElement('button');
  button.type = 'button';
  return { host, style, button };
}

export interface Badges {
  show(items: readonly BadgeItem[]): void;
  clear(): void;
}

export function createBadges({ css, onActivate }: { css: string; onActivate: (key: string) => void }): Badges {
  const placed = new Map<string, { host: HTMLElement; button: HTMLButtonElement; row: Element }>();
  // A page shows a few hundred badges with a handful of texts: each badge copies elements built once (the
  // host's inline style parsed once, each text's parts made once) rather than building its own (issue 20).
  let template: ReturnType<typeof badgeTemplate> | undefined;
  const parts = new Map<string, DocumentFragment>();
  const partsOf = (text: string) => {
    let made = parts.get(text);
    if (!made) {
      made = document.createDocumentFragment();
      made.append(...textParts(text));
      parts.set(text, made);
    }
    return made.cloneNode(true);
  };

  const create = (item: BadgeItem) => {
    template ??= badgeTemplate(css);
    const host = template.host.cloneNode() as HTMLElement;
    const shadow = attachClosedShadow(host);
    const button = template.button.cloneNode() as HTMLButtonElement;
    button.addEventListener('click', () => onActivate(item.pupilKey ?? item.key));
    shadow.append(template.style.cloneNode(true), button);
    for (const type of ISOLATED_EVENTS) shadow.addEventListener(type, stopPropagation);
    return { host, button };
  };

  const remove = (key: string) => {
    placed.get(key)?.host.remove();
    placed.delete(key);
  };

  return {
    show(items) {
      const keys = new Set(items.map((item) => item.key));
      for (const key of placed.keys()) if (!keys.has(key)) remove(key);
      for (const item of items) {
        let badge = placed.get(item.key);
        if (badge && (!badge.host.isConnected || badge.row !== item.row)) {
          remove(item.key);
          badge = undefined;
        }
        if (!badge) {
          const made = create(item);
          if (!placeBadge(item.row, item.pupil, made.host)) continue;
          badge = { ...made, row: item.row };
          placed.set(item.key, badge);
        }
        if (badge.button.textContent !== item.text) badge.button.replaceChildren(partsOf(item.text));
        badge.button.setAttribute('aria-label', item.label);
        badge.button.dataset.tone = item.tone;
      }
    },
    clear() {
      for (const key of [...placed.keys()]) remove(key);
    },
  };
}
