import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BrowserMissing, findBrowser } from '../../tools/find-browser';

let bin: string;

/** A stand-in browser on a PATH of its own: an executable that says which browser it is. */
function fakeBrowser(name: string, version: string): string {
  const path = join(bin, name);
  writeFileSync(path, `#!/bin/sh\necho "${version}"\n`);
  chmodSync(path, 0o755);
  return path;
}

beforeEach(() => {
  bin = mkdtempSync(join(tmpdir(), 'insyn-find-browser-'));
});
afterEach(() => rmSync(bin, { recursive: true, force: true }));

describe('findBrowser', () => {
  it("finds Debian's Chromium and Firefox ESR on PATH for the tests", () => {
    const chromium = fakeBrowser('chromium', 'Chromium 156.0.8078.114 built on Debian GNU/Linux 12 (bookworm)');
    const firefox = fakeBrowser('firefox-esr', 'Mozilla Firefox 140.5.0esr');
    expect(findBrowser('chromium', 'test', { PATH: bin })).toEqual({ family: 'chromium', path: chromium, branded: false });
    expect(findBrowser('firefox', 'test', { PATH: bin })).toEqual({ family: 'firefox', path: firefox, branded: false });
  });

  it('lets the demo use Google Chrome and plain Firefox, and knows Chrome needs loading over the pipe', () => {
    const chrome = fakeBrowser('google-chrome', 'Google Chrome 143.0.7499.40');
    fakeBrowser('firefox', 'Mozilla Firefox 146.0');
    expect(findBrowser('chromium', 'demo', { PATH: bin })).toEqual({ family: 'chromium', path: chrome, branded: true });
    expect(findBrowser('firefox', 'demo', { PATH: bin }).path).toBe(join(bin, 'firefox'));
    expect(() => findBrowser('chromium', 'test', { PATH: bin })).toThrow(BrowserMissing);
  });

  it('refuses branded Chrome for the tests, saying they need Chromium', () => {
    const chrome = fakeBrowser('google-chrome', 'Google Chrome 143.0.7499.40');
    expect(() => findBrowser('chromium', 'test', { PATH: bin, CHROMIUM_PATH: chrome })).toThrow(
      /Google Chrome or Edge.*the tests need Chromium/,
    );
  });

  it('takes Chrome for Testing, which still loads unpacked extensions from the command line', () => {
    const cft = fakeBrowser('chrome', 'Google Chrome for Testing 143.0.7499.40');
    expect(findBrowser('chromium', 'test', { PATH: '', CHROMIUM_PATH: cft })).toEqual({ family: 'chromium', path: cft, branded: false });
  });

  it('names the variable when it points nowhere, even if PATH has a browser', () => {
    fakeBrowser('chromium', 'Chromium 156');
    expect(() => findBrowser('chromium', 'test', { PATH: bin, CHROMIUM_PATH: '/nowhere' })).toThrow(
      'CHROMIUM_PATH=/nowhere is not an executable file',
    );
  });

  it('searches PATH only, so an empty PATH finds nothing', () => {
    expect(() => findBrowser('firefox', 'demo', { PATH: '' })).toThrow(
      'no firefox-esr or firefox on PATH; install Chromium and Firefox ESR',
    );
  });
});
