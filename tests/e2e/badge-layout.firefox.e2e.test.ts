import { afterAll, beforeAll } from 'vitest';
import { collectPageErrors, launchFirefox, type FirefoxWithInsyn } from '../tools/firefox';
import { startFixtureServer, type FixtureServer } from '../tools/fixture-server';
import { errorsFromInsyn } from '../tools/page-errors';
import { firefoxInsynWorld } from './driver/firefox-insyn-world';
import { inspectSource } from './driver/in-page';
import { badgeLayoutScenario, VIEWPORT } from './scenarios/badge-layout';

/** The badge-layout scenario (scenarios/badge-layout.ts) in Firefox ESR with the Firefox build. */
let server: FixtureServer;
let firefox: FirefoxWithInsyn;

beforeAll(async () => {
  server = await startFixtureServer();
  firefox = await launchFirefox({ fixturePort: server.port });
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

badgeLayoutScenario(
  'Firefox ESR',
  async () => {
    const page = await firefox.browser.newPage();
    const errors = collectPageErrors(page);
    const world = firefoxInsynWorld(() => page.mainFrame());
    return {
      open: async (fixture, { deviceScaleFactor }) => {
        await page.setViewport({ ...VIEWPORT, deviceScaleFactor });
        await page.goto(server.url(fixture));
      },
      inspect: (fn, arg) => world.value(inspectSource(fn, arg)),
      insynErrors: () => errorsFromInsyn(errors),
      close: () => page.close(),
    };
  },
  { emulatesPrint: false },
);
