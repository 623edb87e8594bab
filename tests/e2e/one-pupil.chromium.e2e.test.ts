import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchChromium, type ChromiumWithInsyn } from '../tools/chromium';
import { startFixtureServer, type FixtureServer } from '../tools/fixture-server';
import { setLanguage } from '../../utils/i18n';
import { chromiumDriver, type ScenarioBrowser } from './scenarios/drivers';
import { ONE_PUPIL_SCENARIO } from './scenarios/one-pupil';

/** The one-pupil scenario (scenarios/one-pupil.ts) in Chromium with the Chrome build. */
let server: FixtureServer;
let chromium: ChromiumWithInsyn;
let browser: ScenarioBrowser;

beforeAll(async () => {
  setLanguage('sv');
  server = await startFixtureServer();
  chromium = await launchChromium({ fixturePort: server.port });
  browser = chromiumDriver(chromium);
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

describe('Insyn on Hub-like one-pupil pages (Chromium)', () => {
  for (const [title, run] of ONE_PUPIL_SCENARIO) it(title, () => run(browser, server));
});
