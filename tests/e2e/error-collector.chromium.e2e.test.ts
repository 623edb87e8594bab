import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { collectPageErrors, launchChromium, type ChromiumWithInsyn } from '../tools/chromium';
import { startFixtureServer, type FixtureServer } from '../tools/fixture-server';
import { errorsFromInsyn } from '../tools/page-errors';

/**
 * The other e2e tests prove "no error in the page" with collectPageErrors. This shows that it would see
 * an extension's errors: a throwaway extension whose content script fails in every way it can.
 */
let server: FixtureServer;
let browser: ChromiumWithInsyn;
let extension: string;

beforeAll(async () => {
  extension = await mkdtemp(join(tmpdir(), 'insyn-thrower-'));
  await writeFile(
    join(extension, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'thrower',
      version: '1',
      background: { service_worker: 'worker.js' },
      content_scripts: [{ matches: ['*://*.infomentor.se/*'], js: ['content.js'] }],
    }),
  );
  await writeFile(join(extension, 'worker.js'), '');
  await writeFile(
    join(extension, 'content.js'),
    `console.error('thrower: console error');
     setTimeout(() => { throw new Error('thrower: uncaught'); });
     Promise.reject(new Error('thrower: unhandled rejection'));`,
  );
  server = await startFixtureServer();
  browser = await launchChromium({ fixturePort: server.port, extensionDir: extension });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(extension, { recursive: true, force: true });
});

it("sees a content script's console errors, uncaught exceptions and rejections", async () => {
  const page = await browser.context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(server.url('infomentor/startsida.html'));
  await expect.poll(() => errorsFromInsyn(errors).length, { timeout: 10_000 }).toBe(3);
  expect(errorsFromInsyn(errors).sort()).toEqual([
    expect.stringMatching(/^console: thrower: console error \(chrome-extension:\/\/[a-p]{32}\/content\.js\)$/),
    'pageerror: thrower: uncaught',
    'pageerror: thrower: unhandled rejection',
  ]);
});
