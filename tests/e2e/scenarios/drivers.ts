import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { collectPageErrors as chromiumErrors, type ChromiumWithInsyn } from '../../tools/chromium';
import { collectPageErrors as firefoxErrors, type FirefoxWithInsyn } from '../../tools/firefox';
import type { PageError } from '../../tools/page-errors';
import { insynWorld, type InsynWorld } from '../driver/chromium-insyn-world';
import { firefoxInsynWorld } from '../driver/firefox-insyn-world';
import { inspectSource, type ShadowOf } from '../driver/in-page';

/**
 * The little a shared scenario needs from a browser, for Chromium (Playwright) and Firefox (Puppeteer)
 * alike: open a page, run a self-contained function in it or in one of its frames, open an extension
 * page. The functions are sent as source text, so they may use nothing from outside themselves.
 */
export interface ScenarioPage {
  run<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /**
   * Runs `fn` where the test, unlike the page, sees into Insyn's closed shadow roots (`shadowOf`), in the
   * page or in its first frame whose address contains `urlPart` (null while there is none); JSON both ways.
   */
  inspect<R, A>(fn: (arg: A, shadowOf: ShadowOf) => R, arg: A, urlPart?: string): Promise<R | null>;
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
  const wrap = (page: PlaywrightPage, errors: PageError[], world?: InsynWorld): ScenarioPage => ({
    // Playwright's types unbox the argument; the scenario's functions take plain data, so this is the same.
    run: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => page.evaluate(fn as never, arg) as Promise<R>,
    async inspect(fn, arg, urlPart) {
      if (!world) throw new Error('Insyn’s own pages have nothing closed to inspect');
      if (urlPart !== undefined && !page.frames().some((f) => f !== page.mainFrame() && f.url().includes(urlPart))) return null;
      return (await world.value(inspectSource(fn, arg), urlPart)) as never;
    },
    errors,
    close: () => page.close(),
  });
  return {
    name: 'Chromium',
    async open(url) {
      const page = await browser.context.newPage();
      const errors = chromiumErrors(page);
      const world = await insynWorld(page, browser.extensionId);
      await page.goto(url);
      return wrap(page, errors, world);
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
    async inspect(fn, arg, urlPart) {
      const frame = page
        .frames()
        .find((f) => (urlPart === undefined ? f === page.mainFrame() : f !== page.mainFrame() && f.url().includes(urlPart)));
      return frame ? ((await firefoxInsynWorld(() => frame).value(inspectSource(fn, arg))) as never) : null;
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
