import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROME_BUILD, requireBuild } from './build-output';
import { BrowserMissing, type FoundBrowser, findBrowser } from './find-browser';
import type { PageError } from './page-errors';
import { browserEnv, PINNED } from './pinned';

export interface ChromiumWithInsyn {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker (re-fetched: it is replaced when the extension reloads). */
  serviceWorker(): Promise<Worker>;
  /** Every URL any page, frame or worker of this browser asked for, in order. */
  requests: string[];
  /** chrome-extension://<id>/<path> */
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

export interface ChromiumOptions {
  /** Port of the fixture server that InfoMentor's host names are mapped to. */
  fixturePort: number;
  headless?: boolean;
  /** Another unpacked extension instead of the production build (only for checking the test tools). */
  extensionDir?: string;
  /** Which browser; the tests' Chromium unless the demo found another (find-browser.ts). */
  browser?: FoundBrowser;
}

/**
 * Chromium on a fresh profile with the production build loaded unpacked. InfoMentor's host names resolve
 * to the local fixture server; its self-signed certificate is accepted. Nothing else is mapped, so the
 * request log shows any attempt to reach another host.
 */
export async function launchChromium({
  fixturePort,
  headless = true,
  extensionDir = CHROME_BUILD,
  browser = findBrowser('chromium', 'test'),
}: ChromiumOptions): Promise<ChromiumWithInsyn> {
  if (extensionDir === CHROME_BUILD) requireBuild(CHROME_BUILD);
  const profile = await mkdtemp(join(tmpdir(), 'insyn-chromium-'));
  // Developer mode, as for any teacher who loads Insyn unpacked. Without it Chromium disables an unpacked
  // extension when it reloads ("unsupportedDeveloperExtension"), and reloads are part of what we test.
  await mkdir(join(profile, 'Default'));
  await writeFile(join(profile, 'Default', 'Preferences'), JSON.stringify({ extensions: { ui: { developer_mode: true } } }));
  const target = `127.0.0.1:${fixturePort}`;
  // Chromium says why an unpacked extension failed to load only on stderr; keep those lines for the error.
  const loadErrors: string[] = [];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: browser.path,
    headless,
    // A Swedish teacher's browser: Insyn's UI follows the browser's language. The time zone is emulated
    // for pages and set for the whole process (the service worker reads it too).
    locale: PINNED.locale,
    timezoneId: PINNED.timeZone,
    env: browserEnv(),
    // A fixed page size for the tests (always headless); a visible demo window keeps its own size.
    ...(headless ? { viewport: PINNED.viewport, deviceScaleFactor: PINNED.deviceScaleFactor } : { viewport: null }),
    logger: {
      isEnabled: (name) => name === 'browser',
      log: (_name, _severity, message) => {
        const text = String(message);
        if (/Extension error|Failed to load extension/i.test(text)) loadErrors.push(text.replace(/^.*?\] /, ''));
      },
    },
    // Playwright's own --disable-extensions would keep Insyn from starting.
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      ...(headless ? ['--headless=new'] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      `--lang=${PINNED.locale}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...loadExtensionArgs(browser, extensionDir),
      `--host-resolver-rules=MAP *.infomentor.se:443 ${target}, MAP infomentor.se:443 ${target}`,
      '--ignore-certificate-errors',
    ],
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  try {
    if (browser.branded) await loadOverPipe(context, extensionDir);
    const serviceWorker = async () =>
      context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const worker = await serviceWorker();
    const extensionId = new URL(worker.url()).host;
    // The worker is announced before its script has run: a tab that loads before its listeners exist is
    // never seen (Insyn starts its content script from tabs.onUpdated). An evaluation waits its turn.
    if (extensionDir === CHROME_BUILD) await worker.evaluate(() => true);
    return {
      context,
      extensionId,
      serviceWorker,
      requests,
      extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
      close: async () => {
        await context.close();
        await rm(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
      },
    };
  } catch (error) {
    await context.close();
    await rm(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    if (loadErrors.length) throw new Error(`Chromium did not load ${extensionDir}:\n${loadErrors.join('\n')}`);
    throw error;
  }
}

/** Branded Chrome and Edge take the extension over the DevTools pipe only (see FoundBrowser.branded). */
function loadExtensionArgs(browser: FoundBrowser, extensionDir: string): string[] {
  if (browser.branded) return ['--enable-unsafe-extension-debugging'];
  return [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`];
}

/** Playwright talks to the browser over a pipe already, which is what `Extensions.loadUnpacked` requires. */
async function loadOverPipe(context: BrowserContext, extensionDir: string): Promise<void> {
  const browser = context.browser();
  try {
    if (!browser) throw new Error('no browser session');
    await (await browser.newBrowserCDPSession()).send('Extensions.loadUnpacked', { path: extensionDir });
  } catch {
    throw new BrowserMissing(
      `this browser would not load Insyn from the command line`,
      `open chrome://extensions (edge://extensions), turn on Developer mode, choose Load unpacked and pick ${extensionDir}`,
    );
  }
}

/**
 * Collects what a page reports as going wrong: uncaught exceptions and console errors, from the page
 * and from content scripts' isolated worlds alike (Chromium reports both to the page's console).
 */
export function collectPageErrors(page: Page): PageError[] {
  const errors: PageError[] = [];
  page.on('pageerror', (error) => errors.push({ kind: 'pageerror', text: error.message }));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push({ kind: 'console', text: message.text(), url: message.location().url });
  });
  return errors;
}
