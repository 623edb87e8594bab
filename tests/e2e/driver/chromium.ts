import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { ElementHandle, Page } from 'playwright-core';
import { collectPageErrors, launchChromium } from '../../tools/chromium';
import { readTableInPage } from '../../tools/extension-page';
import { FIXTURE_HOST } from '../../tools/fixture-server';
import { errorsFromInsyn, type PageError } from '../../tools/page-errors';
import { pageLookups, SLOW, type DriverElement, type DriverPage, type InsynBrowser, type LaunchOptions, type Target } from './driver';
import { axeInPage, loadAxeSource } from './axe';
import { fieldFrame, insynWorld, type InsynWorld } from './chromium-insyn-world';
import { badgeTextInPage, FIELD_VALUE, findExpression, findSource, inspectSource, todayInPage } from './in-page';

/** The driver over playwright-core (tests/tools/chromium.ts launches the browser). */
export async function launchChromiumDriver({ fixturePort }: LaunchOptions): Promise<InsynBrowser> {
  const browser = await launchChromium({ fixturePort });
  // Insyn copies drafts for InfoMentor; the tests read the clipboard back on InfoMentor's page.
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: `https://${FIXTURE_HOST}` });
  const inExtension = async <R>(work: (page: Page) => Promise<R>) => {
    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('popup.html'));
    try {
      return await work(page);
    } finally {
      await page.close();
    }
  };
  return {
    name: 'chromium',
    async openPage(url) {
      const page = await browser.context.newPage();
      const errors = collectPageErrors(page);
      const world = await insynWorld(page, browser.extensionId);
      await page.goto(url);
      return wrap(page, errors, world);
    },
    async openExtensionPage(path, ready) {
      const page = await browser.context.newPage();
      const errors = collectPageErrors(page);
      await page.goto(browser.extensionUrl(path));
      await page.locator(ready).first().waitFor(SLOW);
      return wrap(page, errors);
    },
    readTable: <Row>(table: string, urlPrefix?: string) => inExtension((page) => page.evaluate(readTableInPage<Row>, { table, urlPrefix })),
    toolbarBadge: () => inExtension((page) => page.evaluate(badgeTextInPage)),
    today: () => inExtension((page) => page.evaluate(todayInPage)),
    requestsOutsideExtension: () => browser.requests.filter((url) => !url.startsWith('chrome-extension://')),
    close: () => browser.close(),
  };
}

/**
 * A Playwright page of InfoMentor's (opened by a test of its own) as a driver page, seeing into Insyn's
 * closed roots; call it before the page is opened so every error is collected.
 */
export async function driverPageOf(page: Page, extensionId: string): Promise<DriverPage> {
  const errors = collectPageErrors(page);
  return wrap(page, errors, await insynWorld(page, extensionId));
}

const element = (handle: ElementHandle): DriverElement => ({
  click: () => handle.click(),
  fill: (value) => handle.fill(value),
  select: async (value) => void (await handle.selectOption(value)),
  check: () => handle.check(),
  upload: (paths) => handle.setInputFiles(paths),
});

/** Insyn's own pages have no closed roots: Playwright's handles there; on InfoMentor's pages, Insyn's world. */
function wrap(page: Page, errors: PageError[], world?: InsynWorld): DriverPage {
  const run = (source: string) => (world ? world.value(source) : page.evaluate(`(${source})((element) => element.shadowRoot)`));
  const inFieldFrame = async (src: string) => (await fieldFrame(page, src).evaluate(`(${FIELD_VALUE})()`)) as string;
  const { whenThere, ...lookups } = pageLookups(run, inFieldFrame);
  const first = async (target: Target) => {
    if (world) return world.element(findSource(target, '[0]'));
    const handle = (await page.evaluateHandle(`${findExpression(target)}[0]`)).asElement();
    return handle ? element(handle) : undefined;
  };
  return {
    ...lookups,
    async find(target) {
      await whenThere(target);
      const found = await first(target);
      if (!found) throw new Error(`not found: ${JSON.stringify(target)}`);
      return found;
    },
    inspect: (fn, arg) => run(inspectSource(fn, arg)) as never,
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    reload: async () => void (await page.reload()),
    errorsFromInsyn: () => errorsFromInsyn(errors),
    async axe(include) {
      if (world) {
        await run(await loadAxeSource());
        return this.inspect(axeInPage, include);
      }
      const builder = include.reduce((axe, css) => axe.include(css), new AxeBuilder({ page }));
      const result = await builder.analyze();
      return {
        violations: result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        passes: result.passes.map((rule) => rule.id),
      };
    },
    async printedLetter() {
      const letter = await this.inspect((_, shadowOf) => {
        const host = document.querySelector('insyn-panel');
        const frame = host && shadowOf(host)?.querySelector<HTMLIFrameElement>('iframe[data-insyn-letter]');
        const doc = frame?.contentDocument;
        return doc
          ? {
              text: doc.body.textContent ?? '',
              paragraphs: doc.querySelectorAll('p').length,
              elements: doc.querySelectorAll('img, script, a').length,
            }
          : undefined;
      });
      if (!letter) throw new Error('no letter frame in Insyn’s panel');
      return { kind: 'frame', ...letter };
    },
    async download(trigger) {
      const clicked = await this.find(trigger);
      const [download] = await Promise.all([page.waitForEvent('download', SLOW), clicked.click()]);
      const path = await download.path();
      return { name: download.suggestedFilename(), content: await readFile(path) };
    },
    close: () => page.close(),
  };
}
