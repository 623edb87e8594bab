import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchFirefox, type FirefoxWithInsyn } from '../tools/firefox';
import { startFixtureServer, type FixtureServer } from '../tools/fixture-server';
import { setLanguage } from '../../utils/i18n';
import { firefoxDriver, type ScenarioBrowser } from './scenarios/drivers';
import { ONE_PUPIL_SCENARIO } from './scenarios/one-pupil';

/** The one-pupil scenario (scenarios/one-pupil.ts) in Firefox ESR with the Firefox build. */
let server: FixtureServer;
let firefox: FirefoxWithInsyn;
let browser: ScenarioBrowser;

beforeAll(async () => {
  setLanguage('sv');
  server = await startFixtureServer();
  firefox = await launchFirefox({ fixturePort: server.port });
  browser = firefoxDriver(firefox);
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('Insyn on Hub-like one-pupil pages (Firefox ESR)', () => {
  for (const [title, run] of ONE_PUPIL_SCENARIO) it(title, () => run(browser, server));
});
