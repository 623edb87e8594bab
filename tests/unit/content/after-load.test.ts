import { describe, expect, it, vi } from 'vitest';
import { afterLoad } from '@/utils/content/after-load';

/** A window whose load state and idle time the test controls. */
function fakeWindow(readyState: DocumentReadyState) {
  const listeners: Array<() => void> = [];
  const idle: Array<() => void> = [];
  const win = {
    document: { readyState },
    addEventListener: (type: string, listener: () => void) => {
      if (type === 'load') listeners.push(listener);
    },
    requestIdleCallback: (callback: () => void) => idle.push(callback),
    setTimeout: () => 0,
  };
  return {
    win: win as unknown as Window,
    load: () => listeners.splice(0).forEach((listener) => listener()),
    becomeIdle: () => idle.splice(0).forEach((callback) => callback()),
  };
}

describe('afterLoad', () => {
  it('waits for the load event and then for idle time while the page is still loading', () => {
    const page = fakeWindow('interactive');
    const callback = vi.fn();
    afterLoad(callback, page.win);
    page.becomeIdle();
    expect(callback).not.toHaveBeenCalled();
    page.load();
    expect(callback).not.toHaveBeenCalled();
    page.becomeIdle();
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('waits only for idle time on a page that has already loaded', () => {
    const page = fakeWindow('complete');
    const callback = vi.fn();
    afterLoad(callback, page.win);
    expect(callback).not.toHaveBeenCalled();
    page.becomeIdle();
    expect(callback).toHaveBeenCalledTimes(1);
  });
});
