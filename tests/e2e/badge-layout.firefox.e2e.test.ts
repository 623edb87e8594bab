import { afterAll, beforeAll } from 'vitest';
import { collectPageErrors, launchFirefox, type FirefoxWithInsyn } from '../tools/firefox';
import { startFixtureServer, type FixtureServer } from '../tools/fixture-server';
import { errorsFromInsyn } from '../tools/page-errors';
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
    return {
      open: async (fixture, { deviceScaleFactor }) => {
        await page.setViewport({ ...VIEWPORT, deviceScaleFactor });
        await page.goto(server.url(fixture));
      },
      evaluate: (fn, arg) => page.evaluate(fn, arg),
      insynErrors: () => errorsFromInsyn(errors),
      close: () => page.close(),
    };
  },
  { emulatesPrint: false },
);
