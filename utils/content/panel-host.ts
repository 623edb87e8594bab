import { attachClosedShadow } from './closed-shadow';

/**
 * The panel's place in InfoMentor's page: an <insyn-panel> element at the end of body with a closed
 * shadow root holding Insyn's styles and UI, so the page's CSS cannot reach in nor ours out, and the
 * page's scripts can neither read the panel nor press its buttons (closed-shadow.ts). It does
 * what WXT's createShadowRootUi did for us, in a few lines: that helper (with its CSS loader and
 * positioning code) cost about 2.5 kB gzip of the content script's 40 kB budget.
 */
export interface PanelHost {
  shadowHost: HTMLElement;
  mount(): void;
  remove(): void;
}

export interface PanelHostOptions {
  /** A custom-element name (two words, kebab-case), e.g. "insyn-panel". */
  name: string;
  css: string;
  onMount(container: HTMLElement, shadow: ShadowRoot): void;
  onRemove(): void;
}

export function createPanelHost({ name, css, onMount, onRemove }: PanelHostOptions, doc: Document = document): PanelHost {
  const shadowHost = doc.createElement(name);
  const shadow = attachClosedShadow(shadowHost);
  const style = doc.createElement('style');
  style.textContent = `:host{all:initial !important;}\n${css}`;
  const container = doc.createElement('div');
  shadow.append(style, container);
  let mounted = false;
  return {
    shadowHost,
    mount() {
      if (mounted || !doc.body) return;
      doc.body.append(shadowHost);
      mounted = true;
      onMount(container, shadow);
    },
    remove() {
      if (!mounted) return;
      mounted = false;
      onRemove();
      shadowHost.remove();
    },
  };
}
