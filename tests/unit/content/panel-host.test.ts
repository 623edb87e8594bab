import { describe, expect, it, vi } from 'vitest';
import { shadowRootOf } from '@/utils/content/closed-shadow';
import { createPanelHost } from '@/utils/content/panel-host';

describe('createPanelHost', () => {
  it('mounts one <insyn-panel> at the end of body, styles and UI inside its closed shadow root', () => {
    document.body.append(document.createElement('main'));
    const onMount = vi.fn((container: HTMLElement) => container.append('Insyn'));
    const host = createPanelHost({ name: 'insyn-panel', css: '.x{color:red}', onMount, onRemove: () => {} });
    expect(host.shadowHost.isConnected).toBe(false);
    host.mount();
    host.mount();
    expect(onMount).toHaveBeenCalledTimes(1);
    expect(document.body.lastElementChild).toBe(host.shadowHost);
    expect(document.querySelectorAll('insyn-panel')).toHaveLength(1);
    // The page's scripts cannot reach the root; Insyn can.
    expect(host.shadowHost.shadowRoot).toBeNull();
    const shadow = shadowRootOf(host.shadowHost)!;
    expect(shadow.querySelector('style')!.textContent).toContain('.x{color:red}');
    expect(shadow.textContent).toContain('Insyn');
    // Nothing of Insyn's in the page's own light DOM text.
    expect(document.body.textContent).not.toContain('Insyn');
  });

  it('removes itself once, telling the UI first', () => {
    const onRemove = vi.fn();
    const host = createPanelHost({ name: 'insyn-panel', css: '', onMount: () => {}, onRemove });
    host.remove();
    expect(onRemove).not.toHaveBeenCalled();
    host.mount();
    host.remove();
    host.remove();
    expect(onRemove).toHaveBeenCalledTimes(1);
    expect(host.shadowHost.isConnected).toBe(false);
  });
});
