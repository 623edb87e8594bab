import { afterAll, beforeAll } from 'vitest';
import { collectPageErrors, launchChromium, type ChromiumWithInsyn } from '../tools/chromium';
import { startFixtureServer, type FixtureServer } from '../tools/fixture-server';
import { errorsFromInsyn } from '../tools/page-errors';
import { insynWorld } from './driver/chromium-insyn-world';
import { inspectSource } from './driver/in-page';
import { badgeLayoutScenario, VIEWPORT } from './scenarios/badge-layout';

/** The badge-layout scenario (scenarios/badge-layout.ts) in Chromium with the production build. */
let server: FixtureServer;
let browser: ChromiumWithInsyn;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchChromium({ fixturePort: server.port });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

badgeLayoutScenario(
  'Chromium',
  async () => {
    const page = await browser.context.newPage();
    const errors = collectPageErrors(page);
    const world = await insynWorld(page, browser.extensionId);
    return {
      open: async (fixture, { deviceScaleFactor }) => {
        // Playwright sets the scale factor per context only; the DevTools protocol sets it for this page.
        const cdp = await browser.context.newCDPSession(page);
        await cdp.send('Emulation.setDeviceMetricsOverride', { ...VIEWPORT, deviceScaleFactor, mobile: false });
        await page.goto(server.url(fixture));
      },
      inspect: (fn, arg) => world.value(inspectSource(fn, arg)),
      emulatePrint: (print) => page.emulateMedia({ media: print ? 'print' : 'screen' }),
      insynErrors: () => errorsFromInsyn(errors),
      close: () => page.close(),
    };
  },
  { emulatesPrint: true },
);
