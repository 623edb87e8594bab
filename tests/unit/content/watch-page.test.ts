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
    watchPage({
      root,
      read,
      signal: controller.signal,
      schedule: (first) => first(),
      ignore: (node) => node instanceof Element && node.hasAttribute('data-ours'),
    });

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

  it('reads again on hash navigation, once for the navigation and the view it draws together', async () => {
    start();
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    root.append(document.createElement('table'));
    await vi.advanceTimersByTimeAsync(400);
    expect(read).toHaveBeenCalledTimes(2);
    window.dispatchEvent(new PopStateEvent('popstate'));
    await vi.advanceTimersByTimeAsync(400);
    expect(read).toHaveBeenCalledTimes(3);
  });

  it('reads when the app draws its content into an empty shell after load', async () => {
    start();
    const view = document.createElement('div');
    view.append(document.createComment(' ko foreach: subjects '));
    for (const subject of ['Matematik', 'Svenska']) view.append(Object.assign(document.createElement('p'), { textContent: subject }));
    root.append(view);
    await vi.advanceTimersByTimeAsync(400);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('reads when a Knockout visible binding shows or hides an element, not when other styles change', async () => {
    const row = document.createElement('div');
    row.setAttribute('style', 'display: none;');
    root.append(row);
    start();
    row.setAttribute('style', '');
    await vi.advanceTimersByTimeAsync(400);
    expect(read).toHaveBeenCalledTimes(2);
    row.setAttribute('style', 'color: red;');
    row.setAttribute('style', 'color: blue; transform: translateX(2px)');
    await vi.advanceTimersByTimeAsync(400);
    expect(read).toHaveBeenCalledTimes(2);
    row.style.visibility = 'hidden';
    await vi.advanceTimersByTimeAsync(400);
    expect(read).toHaveBeenCalledTimes(3);
  });

  it('reads when hidden or aria-hidden changes, and when a row’s class changes, but not an inline element’s', async () => {
    const table = document.createElement('table');
    const tableRow = table.insertRow();
    const mark = document.createElement('span');
    tableRow.insertCell().append(mark);
    root.append(table);
    start();
    tableRow.hidden = true;
    await vi.advanceTimersByTimeAsync(400);
    expect(read).toHaveBeenCalledTimes(2);
    mark.setAttribute('aria-hidden', 'true');
    await vi.advanceTimersByTimeAsync(400);
    expect(read).toHaveBeenCalledTimes(3);
    tableRow.className = 'is-collapsed';
    await vi.advanceTimersByTimeAsync(400);
    expect(read).toHaveBeenCalledTimes(4);
    mark.className = 'hover';
    await vi.advanceTimersByTimeAsync(400);
    expect(read).toHaveBeenCalledTimes(4);
  });

  it('stops listening to navigation when the signal aborts', async () => {
    start();
    controller.abort();
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await vi.advanceTimersByTimeAsync(400);
    expect(read).toHaveBeenCalledTimes(1);
  });
});
