/**
 * `npm run demo`: Insyn's production build in a real browser on the fixture pages, served under an
 * InfoMentor address. With a display the browser is visible and stays open until Ctrl+C; without one
 * it runs headless and prints what the panel says.
 *
 *   npm run demo                                  Chromium (or Chrome, Edge; else Firefox) on kunskapssammanstallning-5a-matematik
 *   npm run demo -- --page iup-lista-2a           another fixture page (name or path below tests/fixtures)
 *   npm run demo -- --firefox                     Firefox (ESR or not) instead of Chromium
 *   npm run demo -- --screenshot demo.png         save the page with the Insyn panel and exit
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { driverPageOf as chromiumPageOf } from '../e2e/driver/chromium';
import { driverPageOf as firefoxPageOf } from '../e2e/driver/firefox';
import { inPanel, PANEL } from '../e2e/driver/panel';
import { launchChromium } from './chromium';
import { type FoundBrowser, findBrowser } from './find-browser';
import { launchFirefox } from './firefox';
import { listPages, startFixtureServer, type FixtureServer } from './fixture-server';

const PANEL_READY = inPanel('[data-insyn-kind]');

/** The one page both browsers drive the same way. */
interface DemoPage {
  panelText(): Promise<string>;
  screenshot(path: string): Promise<void>;
}

interface DemoBrowser {
  open(url: string): Promise<DemoPage>;
  closed: Promise<void>;
  close(): Promise<void>;
}

async function main() {
  const { values } = parseArgs({
    options: {
      page: { type: 'string', default: 'kunskapssammanstallning-5a-matematik' },
      screenshot: { type: 'string' },
      firefox: { type: 'boolean', default: false },
    },
  });
  const found = demoBrowser(values.firefox);
  const server = await startFixtureServer();
  const pagePath = await findPage(values.page!);
  const headless = !process.env.DISPLAY || values.screenshot !== undefined;
  const browser = found.family === 'firefox' ? await firefox(server, headless, found) : await chromium(server, headless, found);
  const stop = async () => {
    await browser.close().catch(() => {});
    await server.close();
  };

  try {
    if (!headless) await browser.open(server.url('/'));
    const page = await browser.open(server.url(pagePath));
    console.log(`Insyn demo (${found.path}): ${server.url(pagePath)}`);
    const said = (await page.panelText()).replace(/\s+/g, ' ').trim();
    console.log(`Insyn's panel says: ${said.length > 200 ? `${said.slice(0, 200)}…` : said}`);
    if (values.screenshot !== undefined) {
      const file = resolve(values.screenshot);
      await page.screenshot(file);
      console.log(`Screenshot: ${file}`);
      await stop();
      return;
    }
  } catch (error) {
    await stop();
    throw error;
  }

  console.log(`All fixture pages: ${server.url('/')}`);
  console.log('Press Ctrl+C to stop.');
  process.once('SIGINT', () => void stop().then(() => process.exit(0)));
  // A teacher closing the window ends the demo too.
  void browser.closed.then(() => stop().then(() => process.exit(0)));
}

/** The browser asked for, or any Chromium-like one, or else a Firefox: a teacher trying Insyn has one of them. */
function demoBrowser(firefox: boolean | undefined): FoundBrowser {
  if (firefox) return findBrowser('firefox', 'demo');
  try {
    return findBrowser('chromium', 'demo');
  } catch (error) {
    if (process.env.CHROMIUM_PATH) throw error;
    return findBrowser('firefox', 'demo');
  }
}

async function findPage(name: string): Promise<string> {
  const pages = await listPages();
  const found = pages.find((page) => page === name || page === `${name}.html` || page.endsWith(`/${name}.html`));
  if (!found) throw new Error(`No fixture page "${name}". Pages:\n  ${pages.join('\n  ')}`);
  return found;
}

async function chromium(server: FixtureServer, headless: boolean, found: FoundBrowser): Promise<DemoBrowser> {
  const { context, close, extensionId } = await launchChromium({ fixturePort: server.port, headless, browser: found });
  const closed = new Promise<void>((done) => context.once('close', () => done()));
  return {
    closed,
    close,
    async open(url) {
      const page = await context.newPage();
      await page.setViewportSize({ width: 1280, height: 800 });
      // The panel's root is closed: the e2e driver reads it where the page cannot.
      const view = await chromiumPageOf(page, extensionId);
      await page.goto(url);
      await view.find(PANEL_READY);
      return {
        panelText: async () => (await view.texts(PANEL))[0] ?? '',
        screenshot: async (path) => void (await page.screenshot({ path })),
      };
    },
  };
}

async function firefox(server: FixtureServer, headless: boolean, found: FoundBrowser): Promise<DemoBrowser> {
  const launched = await launchFirefox({ fixturePort: server.port, headless, browser: found });
  const { browser, close } = launched;
  const closed = new Promise<void>((done) => browser.once('disconnected', () => done()));
  return {
    closed,
    close,
    async open(url) {
      const page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 800 });
      await page.goto(url);
      const view = firefoxPageOf(page, launched);
      await view.find(PANEL_READY);
      return {
        panelText: async () => (await view.texts(PANEL))[0] ?? '',
        screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
      };
    },
  };
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
