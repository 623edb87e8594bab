import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ElementHandle, KeyInput, Page } from 'puppeteer-core';
import { collectPageErrors, launchFirefox, type FirefoxWithInsyn } from '../../tools/firefox';
import { FIXTURE_HOST } from '../../tools/fixture-server';
import { readTableInPage } from '../../tools/extension-page';
import { errorsFromInsyn, type PageError } from '../../tools/page-errors';
import { pageLookups, SLOW, type DriverElement, type DriverPage, type InsynBrowser, type LaunchOptions } from './driver';
import { axeInPage, loadAxeSource } from './axe';
import { fieldFrameValue, firefoxInsynWorld } from './firefox-insyn-world';
import { badgeTextInPage, findSource, inspectSource, todayInPage } from './in-page';

/** Firefox polls Mozilla's services on its own, whatever the profile says; those refusals are not Insyn's. */
const MOZILLA = /^CONNECT [a-z0-9.-]+\.(mozilla\.(com|net|org)|firefox\.com):443$/;

/** The driver over puppeteer-core and WebDriver BiDi (tests/tools/firefox.ts launches the browser). */
export async function launchFirefoxDriver({ fixturePort }: LaunchOptions): Promise<InsynBrowser> {
  const firefox = await launchFirefox({ fixturePort });
  const inExtension = async <R>(work: (page: Page) => Promise<R>) => {
    const page = await firefox.openExtensionPage('popup.html', 'main');
    try {
      return await work(page);
    } finally {
      await page.close();
    }
  };
  return {
    name: 'firefox',
    async openPage(url) {
      const page = await firefox.browser.newPage();
      const errors = collectPageErrors(page);
      await page.goto(url);
      return wrap(page, errors, firefox);
    },
    async openExtensionPage(path, ready) {
      const page = await firefox.openExtensionPage(path, ready);
      return wrap(page, collectPageErrors(page), firefox);
    },
    readTable: <Row>(table: string, urlPrefix?: string) => inExtension((page) => page.evaluate(readTableInPage<Row>, { table, urlPrefix })),
    toolbarBadge: () => inExtension((page) => page.evaluate(badgeTextInPage)),
    today: () => inExtension((page) => page.evaluate(todayInPage)),
    requestsOutsideExtension: () => [
      ...firefox.proxy.tunnelled.filter((target) => target !== `${FIXTURE_HOST}:443`),
      ...firefox.proxy.refused.filter((request) => !MOZILLA.test(request)),
    ],
    close: () => firefox.close(),
  };
}

/** A Puppeteer page of InfoMentor's (opened by a test of its own) as a driver page, seeing into Insyn's closed roots. */
export const driverPageOf = (page: Page, firefox: FirefoxWithInsyn): DriverPage => wrap(page, collectPageErrors(page), firefox);

const elementOf = (page: Page, handle: ElementHandle<Element>): DriverElement => ({
  click: () => handle.click(),
  async fill(value) {
    // A date field's parts are typed in the locale's order: set its value as Playwright's fill() does.
    if (await handle.evaluate((field) => (field as HTMLInputElement).type === 'date')) {
      await handle.evaluate((field, text) => {
        (field as HTMLInputElement).value = text;
        for (const type of ['input', 'change']) field.dispatchEvent(new Event(type, { bubbles: true }));
      }, value);
      return;
    }
    // Puppeteer has no fill(): select what is there and type over it, as a person would.
    await handle.click({ count: 3 });
    // In Insyn's field frame the click put the caret in its field; select its text from the keyboard.
    if (await handle.evaluate((field) => field.localName === 'iframe')) {
      await page.keyboard.down('Control');
      await page.keyboard.press('a');
      await page.keyboard.up('Control');
      if (value === '') await page.keyboard.press('Delete');
      else await page.keyboard.type(value);
      return;
    }
    await handle.evaluate((field) => (field as HTMLInputElement).select());
    if (value === '') await page.keyboard.press('Delete');
    else await handle.type(value);
  },
  select: async (value) => void (await handle.select(value)),
  async check() {
    if (!(await handle.evaluate((input) => (input as HTMLInputElement).checked))) await handle.click();
  },
  upload: (paths) => (handle as ElementHandle<HTMLInputElement>).uploadFile(...paths),
});

function wrap(page: Page, errors: PageError[], firefox: FirefoxWithInsyn): DriverPage {
  const element = (handle: ElementHandle<Element>) => elementOf(page, handle);
  // Insyn's own pages have no closed roots; the same sandbox serves them and InfoMentor's pages.
  const world = firefoxInsynWorld(() => page.mainFrame());
  const run = (source: string) => world.value(source);
  const inFieldFrame = (src: string) => fieldFrameValue(page, src);
  const { whenThere, ...lookups } = pageLookups(run, inFieldFrame);
  return {
    ...lookups,
    async find(target) {
      await whenThere(target);
      const handle = await world.element(findSource(target, '[0]'));
      if (!handle) throw new Error(`not found: ${JSON.stringify(target)}`);
      return element(handle);
    },
    inspect: (fn, arg) => run(inspectSource(fn, arg)) as never,
    async press(chord) {
      // Playwright's "Shift+Tab" notation: hold the modifiers, press the key.
      const keys = chord.split('+') as KeyInput[];
      const key = keys.pop()!;
      for (const modifier of keys) await page.keyboard.down(modifier);
      await page.keyboard.press(key);
      for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
    },
    type: (text) => page.keyboard.type(text),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    reload: async () => void (await page.reload()),
    errorsFromInsyn: () => errorsFromInsyn(errors),
    async axe(include) {
      await run(await loadAxeSource());
      return this.inspect(axeInPage, include);
    },
    async printedLetter() {
      const end = Date.now() + SLOW.timeout;
      for (;;) {
        const bytes = await readFile(firefox.printedTo).catch(() => Buffer.alloc(0));
        // Complete once the trailer is written.
        if (bytes.subarray(-16).toString('latin1').includes('%%EOF')) return { kind: 'pdf', bytes };
        if (Date.now() > end) throw new Error(`Firefox printed nothing to ${firefox.printedTo}`);
        await new Promise((resolve) => setTimeout(resolve, SLOW.interval));
      }
    },
    async download(trigger) {
      const before = new Set(await listDownloads(firefox.downloads));
      await (await this.find(trigger)).click();
      return savedFile(firefox.downloads, before);
    },
    close: () => page.close(),
  };
}

const listDownloads = (dir: string) => readdir(dir).catch(() => [] as string[]);

/** Waits for the file Firefox saves into the profile's download folder: new, complete (no .part left), not empty. */
async function savedFile(dir: string, before: Set<string>): Promise<{ name: string; content: Buffer }> {
  const end = Date.now() + SLOW.timeout;
  for (;;) {
    const names = await listDownloads(dir);
    const fresh = names.filter((name) => !before.has(name) && !name.endsWith('.part'));
    const pending = names.some((name) => name.endsWith('.part'));
    if (fresh.length === 1 && !pending && (await stat(join(dir, fresh[0]!))).size > 0)
      return { name: fresh[0]!, content: await readFile(join(dir, fresh[0]!)) };
    if (Date.now() > end) throw new Error(`Firefox saved no file into ${dir} (there: ${names.join(', ') || 'nothing'})`);
    await new Promise((resolve) => setTimeout(resolve, SLOW.interval));
  }
}
