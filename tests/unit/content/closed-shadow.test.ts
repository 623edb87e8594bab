import { afterEach, describe, expect, it, vi } from 'vitest';
import { attachClosedShadow, shadowRootOf } from '@/utils/content/closed-shadow';
import { createBadges } from '@/utils/content/badges';
import { createPanelHost } from '@/utils/content/panel-host';
import { trusted, trustedClick } from '../page/trusted';

/**
 * Issue 22 (high): InfoMentor's scripts could read Insyn's panel and press its buttons through open
 * shadow roots. Here a "page script" gets only what the page has: the hosts in the DOM.
 */
afterEach(() => document.body.replaceChildren());

function panelWithForm() {
  const submitted = vi.fn();
  const pressed = vi.fn();
  const host = createPanelHost({
    name: 'insyn-panel',
    css: '',
    onMount(container) {
      const form = document.createElement('form');
      const summary = Object.assign(document.createElement('textarea'), { value: 'Pratade om matematiken' });
      const button = Object.assign(document.createElement('button'), { type: 'submit', textContent: 'Inte i risk' });
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submitted();
      });
      button.addEventListener('click', pressed);
      form.append(summary, button);
      container.append(form);
    },
    onRemove: () => {},
  });
  host.mount();
  return { host, submitted, pressed };
}

describe('Insyn’s closed shadow roots', () => {
  it('give the page nothing to read: no root, no text, no element', () => {
    const { host } = panelWithForm();
    createBadges({ css: '', onActivate: () => {} });
    expect(host.shadowHost.shadowRoot).toBeNull();
    expect(document.body.textContent).not.toContain('matematiken');
    expect(document.querySelector('textarea, button, form')).toBeNull();
    expect(() => host.shadowHost.attachShadow({ mode: 'open' })).toThrow();
  });

  it('act on the browser’s own events only: a forged click or submit does nothing', () => {
    const { host, submitted, pressed } = panelWithForm();
    const shadow = shadowRootOf(host.shadowHost)!;
    const button = shadow.querySelector('button')!;
    const form = shadow.querySelector('form')!;
    // What a page script holding the elements could do (it cannot get them: this is the second wall).
    button.click();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    expect(pressed).not.toHaveBeenCalled();
    expect(submitted).not.toHaveBeenCalled();
    trustedClick(button);
    expect(pressed).toHaveBeenCalledTimes(1);
    form.dispatchEvent(trusted(new Event('submit', { bubbles: true, cancelable: true })));
    expect(submitted).toHaveBeenCalledTimes(1);
  });

  it('keep what is typed inside: the page’s listeners hear no key or input from the panel', () => {
    const { host } = panelWithForm();
    const heard = vi.fn();
    for (const type of ['keydown', 'keyup', 'keypress', 'beforeinput', 'input']) document.addEventListener(type, heard);
    const textarea = shadowRootOf(host.shadowHost)!.querySelector('textarea')!;
    textarea.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'P', bubbles: true, composed: true })));
    textarea.dispatchEvent(trusted(new InputEvent('input', { data: 'P', bubbles: true, composed: true })));
    expect(heard).not.toHaveBeenCalled();
  });

  it('are found again only through Insyn’s own reference', () => {
    const element = document.createElement('insyn-badge');
    const shadow = attachClosedShadow(element);
    expect(element.shadowRoot).toBeNull();
    expect(shadowRootOf(element)).toBe(shadow);
    expect(shadowRootOf(document.createElement('div'))).toBeNull();
  });
});
