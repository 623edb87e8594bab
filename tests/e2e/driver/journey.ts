import { afterAll, beforeAll } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../tools/fixture-server';
import { setLanguage } from '../../../utils/i18n';
import type { BrowserName, InsynBrowser } from './driver';
import { launchDriver } from './launch';

/**
 * One journey's browser with Insyn and the fixture server, started (in Swedish) before the journey's
 * tests and closed after them. Call it where the journey's tests are declared.
 */
export function journeyBrowser(name: BrowserName): { readonly server: FixtureServer; readonly browser: InsynBrowser } {
  let server: FixtureServer | undefined;
  let browser: InsynBrowser | undefined;

  beforeAll(async () => {
    setLanguage('sv');
    server = await startFixtureServer();
    browser = await launchDriver(name, { fixturePort: server.port });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  return {
    get server() {
      return server!;
    },
    get browser() {
      return browser!;
    },
  };
}
