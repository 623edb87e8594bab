import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchChromium, type ChromiumWithInsyn } from '../tools/chromium';
import { startFixtureServer, type FixtureServer } from '../tools/fixture-server';
import { setLanguage } from '../../utils/i18n';
import { chromiumDriver, type ScenarioBrowser } from './scenarios/drivers';
import { marksExactlyTheAtRiskSubjects, readsAFrameWithOnePanel, readsNothingHidden, rereadsOnHashNavigation } from './scenarios/one-pupil';

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
  it('reads the view once the app has drawn it, marks exactly the at-risk subjects and names the pupil', () => marksExactlyTheAtRiskSubjects(browser, server));
  it('reads again on hash navigation, and not the view the app hid', () => rereadsOnHashNavigation(browser, server));
  it('reads nothing hidden: a row hidden by a stylesheet class or inline, a sibling hidden in the selector', () => readsNothingHidden(browser, server));
  it('reads a page in a frame; one panel for the tab, badges in the frame, the popup counts the frame; a frame that goes leaves', () => readsAFrameWithOnePanel(browser, server));
});
