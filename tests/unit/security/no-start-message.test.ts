import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * WXT's content script context announces each start to the page with `window.postMessage` unless told
 * not to: any InfoMentor script listening for `message` would learn that Insyn is installed (issue 22).
 * The context is built here as WXT's entrypoint builds it: from the script's definition, minus `main`.
 */
const { default: contentScript } = await import('@/entrypoints/infomentor.content/index');

afterEach(() => vi.restoreAllMocks());

describe('the content script’s start', () => {
  it('posts no message to the page', () => {
    const posted = vi.spyOn(window, 'postMessage');
    const { main: _main, ...options } = contentScript;
    const ctx = new ContentScriptContext('infomentor', options);
    expect(posted).not.toHaveBeenCalled();
    ctx.abort();
  });

  it('still retires an older copy of itself (the start event it keeps)', () => {
    const { main: _main, ...options } = contentScript;
    const older = new ContentScriptContext('infomentor', options);
    const newer = new ContentScriptContext('infomentor', options);
    expect(older.isValid).toBe(false);
    expect(newer.isValid).toBe(true);
    newer.abort();
  });
});
