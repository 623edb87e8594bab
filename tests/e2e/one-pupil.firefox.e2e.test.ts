import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchFirefox, type FirefoxWithInsyn } from '../tools/firefox';
import { startFixtureServer, type FixtureServer } from '../tools/fixture-server';
import { setLanguage } from '../../utils/i18n';
import { firefoxDriver, type ScenarioBrowser } from './scenarios/drivers';
import { marksExactlyTheAtRiskSubjects, readsAFrameWithOnePanel, readsNothingHidden, rereadsOnHashNavigation } from './scenarios/one-pupil';

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
  it('reads the view once the app has drawn it, marks exactly the at-risk subjects and names the pupil', () => marksExactlyTheAtRiskSubjects(browser, server));
  it('reads again on hash navigation, and not the view the app hid', () => rereadsOnHashNavigation(browser, server));
  it('reads nothing hidden: a row hidden by a stylesheet class or inline, a sibling hidden in the selector', () => readsNothingHidden(browser, server));
  it('reads a page in a frame; one panel for the tab, badges in the frame, the popup counts the frame; a frame that goes leaves', () => readsAFrameWithOnePanel(browser, server));
});
