import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { shadowRootOf } from '@/utils/content/closed-shadow';

/** The focused element, looking inside shadow roots (Insyn's UI lives in closed ones). */
export function deepActiveElement(root: Document | ShadowRoot = document): Element | null {
  const active = root.activeElement;
  const shadow = active && shadowRootOf(active);
  return shadow ? (deepActiveElement(shadow) ?? active) : active;
}

/**
 * A disclosure form's focus: moves focus to its first control when it opens and gives focus back to
 * whatever opened it (a button in the panel, a badge) when it closes, if that is still on the page.
 */
export function useFormFocus<T extends HTMLElement>() {
  const first = useRef<T>(null);
  // A layout effect: focus moves in the same task as the click that opened the form.
  useLayoutEffect(() => {
    const opener = deepActiveElement();
    first.current?.focus();
    return () => {
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);
  return first;
}

/** Escape closes the form it happens in (and no outer one). */
export function closeOnEscape(close: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    event.preventDefault();
    close();
  };
}

/**
 * The last id given, kept in the script's global scope: the reader's script and the forms script
 * (utils/content/page-tools.ts) share Insyn's isolated world and one panel, so they count together.
 */
const ids = globalThis as { insynLastId?: number };

/**
 * An id unique in the whole page for label/for and aria links. Preact's useId repeats ids between
 * components mounted at different times in one root (a form opened after the prompt got "P0-0" too).
 */
export function useUniqueId(): string {
  const [id] = useState(() => `insyn-${(ids.insynLastId = (ids.insynLastId ?? 0) + 1)}`);
  return id;
}
