import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_BUILD, requireBuild } from './build-output';
import { startConnectProxy, type ConnectProxy } from './connect-proxy';
import { type FoundBrowser, findBrowser } from './find-browser';
import type { PageError } from './page-errors';

/** Pinned so extension pages have a known address: moz-extension://<uuid>/popup.html. */
export const FIREFOX_EXTENSION_UUID = '2f6b1a52-6c1e-4c55-9d1c-9f5a3c1e7a10';

export interface FirefoxWithInsyn {
  browser: Browser;
  proxy: ConnectProxy;
  /** moz-extension://<uuid>/<path> */
  extensionUrl(path: string): string;
  /**
   * Opens an extension page in a new tab. Puppeteer's goto() never settles for moz-extension:// pages,
   * so the navigation is started and the page's own element is awaited instead.
   */
  openExtensionPage(path: string, ready: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Firefox ESR over WebDriver BiDi with the production Firefox build installed as a temporary add-on.
 * All its traffic goes through a proxy that reaches only the fixture server under InfoMentor's names.
 */
export async function launchFirefox({
  fixturePort,
  headless = true,
  browser: found = findBrowser('firefox', 'test'),
}: {
  fixturePort: number;
  headless?: boolean;
  /** Which Firefox; the tests' Firefox ESR unless the demo found another (find-browser.ts). */
  browser?: FoundBrowser;
}): Promise<FirefoxWithInsyn> {
  const { manifest } = requireBuild(FIREFOX_BUILD);
  const geckoId = (manifest.browser_specific_settings as { gecko: { id: string } }).gecko.id;
  const proxy = await startConnectProxy(fixturePort);
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: found.path,
      headless,
      acceptInsecureCerts: true,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'network.proxy.type': 1,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxy.port,
        'network.proxy.share_proxy_settings': false,
        'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_EXTENSION_UUID }),
        // A Swedish teacher's browser: Insyn's UI follows the browser's language.
        'intl.accept_languages': 'sv-SE, sv',
      },
    });
    await browser.installExtension(FIREFOX_BUILD);
  } catch (error) {
    await browser?.close();
    await proxy.close();
    throw error;
  }
  const launched = browser;
  const extensionUrl = (path: string) => `moz-extension://${FIREFOX_EXTENSION_UUID}/${path.replace(/^\//, '')}`;
  return {
    browser: launched,
    proxy,
    extensionUrl,
    async openExtensionPage(path, ready) {
      const page = await launched.newPage();
      page.goto(extensionUrl(path)).catch(() => {});
      await page.waitForSelector(ready, { timeout: 15_000 });
      return page;
    },
    close: async () => {
      await launched.close();
      await proxy.close();
    },
  };
}

/** Uncaught exceptions and console errors a page reports, as for Chromium (see chromium.ts). */
export function collectPageErrors(page: Page): PageError[] {
  const errors: PageError[] = [];
  page.on('pageerror', (error) => errors.push({ kind: 'pageerror', text: error instanceof Error ? error.message : String(error) }));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push({ kind: 'console', text: message.text(), url: message.location().url });
  });
  return errors;
}
