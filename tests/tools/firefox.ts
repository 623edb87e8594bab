import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_BUILD, requireBuild } from './build-output';
import { startConnectProxy, type ConnectProxy } from './connect-proxy';
import { type FoundBrowser, findBrowser } from './find-browser';
import type { PageError } from './page-errors';
import { browserEnv, PINNED } from './pinned';

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
  /** Where this profile saves downloads without asking (removed with the profile). */
  downloads: string;
  /** The PDF that printing writes to, without a print dialog. */
  printedTo: string;
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
  // A fresh profile each launch, removed on close, as for Chromium.
  const profile = await mkdtemp(join(tmpdir(), 'insyn-firefox-'));
  const downloads = join(profile, 'downloads');
  const printedTo = join(profile, 'printed.pdf');
  const removeProfile = () => rm(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: found.path,
      headless,
      userDataDir: profile,
      // The time zone of pinned.ts reaches every Firefox process through its environment.
      env: browserEnv(),
      // A fixed page size for the tests (always headless); a visible demo window keeps its own size.
      defaultViewport: headless ? { ...PINNED.viewport, deviceScaleFactor: PINNED.deviceScaleFactor } : null,
      acceptInsecureCerts: true,
      args: ['--remote-allow-system-access', `--width=${PINNED.viewport.width}`, `--height=${PINNED.viewport.height}`],
      extraPrefsFirefox: {
        'network.proxy.type': 1,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxy.port,
        'network.proxy.share_proxy_settings': false,
        'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_EXTENSION_UUID }),
        // A Swedish teacher's browser: Insyn's UI follows the browser's language.
        'intl.accept_languages': `${PINNED.locale}, sv`,
        // Downloads go to the profile without a dialog, so a test can read what the dashboard saved.
        'browser.download.folderList': 2,
        'browser.download.dir': downloads,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        'browser.download.start_downloads_in_tmp_dir': false,
        // Lets a test read back what Insyn copied, as Chromium's clipboard-read permission does.
        'dom.events.testing.asyncClipboard': true,
        // "Skriv ut" prints to a file in the profile instead of opening the print dialog, which would
        // hold the page (headless Chromium returns from print() at once).
        'print.always_print_silent': true,
        print_printer: 'Mozilla Save to PDF',
        'print.printer_Mozilla_Save_to_PDF.print_to_file': true,
        'print.printer_Mozilla_Save_to_PDF.print_to_filename': printedTo,
      },
    });
    await browser.installExtension(FIREFOX_BUILD);
  } catch (error) {
    await browser?.close();
    await proxy.close();
    await removeProfile();
    throw error;
  }
  const launched = browser;
  const extensionUrl = (path: string) => `moz-extension://${FIREFOX_EXTENSION_UUID}/${path.replace(/^\//, '')}`;
  return {
    browser: launched,
    proxy,
    extensionUrl,
    downloads,
    printedTo,
    async openExtensionPage(path, ready) {
      const page = await launched.newPage();
      page.goto(extensionUrl(path)).catch(() => {});
      // Polled: a waitForSelector begun in the blank tab fails when its realm goes as the page arrives.
      const end = Date.now() + 15_000;
      while (!(await page.$(ready).catch(() => null))) {
        if (Date.now() > end) throw new Error(`${path} never showed ${ready}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return page;
    },
    close: async () => {
      await launched.close();
      await proxy.close();
      await removeProfile();
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
