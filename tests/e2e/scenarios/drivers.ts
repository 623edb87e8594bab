import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { collectPageErrors as chromiumErrors, type ChromiumWithInsyn } from '../../tools/chromium';
import { collectPageErrors as firefoxErrors, type FirefoxWithInsyn } from '../../tools/firefox';
import type { PageError } from '../../tools/page-errors';

/**
 * The little a shared scenario needs from a browser, for Chromium (Playwright) and Firefox (Puppeteer)
 * alike: open a page, run a self-contained function in it or in one of its frames, open an extension
 * page. The functions are sent as source text, so they may use nothing from outside themselves.
 */
export interface ScenarioPage {
  run<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** In the page's first frame whose address contains `urlPart`; null while there is none. */
  runInFrame<R, A>(urlPart: string, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R | null>;
  errors: PageError[];
  close(): Promise<void>;
}

export interface ScenarioBrowser {
  name: 'Chromium' | 'Firefox';
  open(url: string): Promise<ScenarioPage>;
  /** An extension page (popup.html…), once `ready` matches an element in it. */
  extensionPage(path: string, ready: string): Promise<ScenarioPage>;
}

export function chromiumDriver(browser: ChromiumWithInsyn): ScenarioBrowser {
  const wrap = (page: PlaywrightPage, errors: PageError[]): ScenarioPage => ({
    // Playwright's types unbox the argument; the scenario's functions take plain data, so this is the same.
    run: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => page.evaluate(fn as never, arg) as Promise<R>,
    runInFrame: async <R, A>(urlPart: string, fn: (arg: A) => R | Promise<R>, arg: A) => {
      const frame = page.frames().find((f) => f !== page.mainFrame() && f.url().includes(urlPart));
      return frame ? ((await frame.evaluate(fn as never, arg)) as R) : null;
    },
    errors,
    close: () => page.close(),
  });
  return {
    name: 'Chromium',
    async open(url) {
      const page = await browser.context.newPage();
      const errors = chromiumErrors(page);
      await page.goto(url);
      return wrap(page, errors);
    },
    async extensionPage(path, ready) {
      const page = await browser.context.newPage();
      await page.goto(browser.extensionUrl(path));
      await page.locator(ready).first().waitFor();
      return wrap(page, []);
    },
  };
}

export function firefoxDriver(firefox: FirefoxWithInsyn): ScenarioBrowser {
  const wrap = (page: PuppeteerPage, errors: PageError[]): ScenarioPage => ({
    run: (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg),
    runInFrame: async (urlPart, fn, arg) => {
      const frame = page.frames().find((f) => f !== page.mainFrame() && f.url().includes(urlPart));
      return frame ? frame.evaluate(fn as (arg: unknown) => never, arg) : null;
    },
    errors,
    close: () => page.close(),
  });
  return {
    name: 'Firefox',
    async open(url) {
      const page = await firefox.browser.newPage();
      const errors = firefoxErrors(page);
      await page.goto(url);
      return wrap(page, errors);
    },
    async extensionPage(path, ready) {
      return wrap(await firefox.openExtensionPage(path, ready), []);
    },
  };
}
