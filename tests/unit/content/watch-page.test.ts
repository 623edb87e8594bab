import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchPage } from '@/utils/content/watch-page';

describe('watchPage', () => {
  let controller: AbortController;
  let read: ReturnType<typeof vi.fn<() => void>>;
  let root: HTMLElement;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    controller = new AbortController();
    read = vi.fn<() => void>();
    root = document.createElement('div');
    const select = document.createElement('select');
    for (const grade of ['E', 'F']) select.append(Object.assign(document.createElement('option'), { value: grade, textContent: grade }));
    root.append(select);
    document.body.append(root);
  });
  afterEach(() => {
    controller.abort();
    root.remove();
    vi.useRealTimers();
  });

  const start = () =>
    watchPage({ root, read, signal: controller.signal, schedule: (first) => first(), ignore: (node) => node instanceof Element && node.hasAttribute('data-ours') });

  it('reads when a grade is chosen in a select (no attribute changes), once per burst', async () => {
    start();
    expect(read).toHaveBeenCalledTimes(1);
    const select = root.querySelector('select')!;
    select.value = 'F';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(400);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('ignores nodes Insyn adds to the page, but not the page’s own changes', async () => {
    start();
    const badge = document.createElement('span');
    badge.setAttribute('data-ours', '');
    root.append(badge);
    badge.remove();
    await vi.advanceTimersByTimeAsync(400);
    expect(read).toHaveBeenCalledTimes(1);
    root.append(document.createElement('p'));
    await vi.advanceTimersByTimeAsync(400);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('stops reading when the signal aborts', async () => {
    start();
    controller.abort();
    root.querySelector('select')!.dispatchEvent(new Event('change', { bubbles: true }));
    root.append(document.createElement('p'));
    await vi.advanceTimersByTimeAsync(400);
    expect(read).toHaveBeenCalledTimes(1);
  });
});
