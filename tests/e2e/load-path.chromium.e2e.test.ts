import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumWithInsyn } from '../tools/chromium';
import { startFixtureServer, type FixtureServer } from '../tools/fixture-server';
import { codeOf, loadMark, traced } from '../tools/extension-trace';

/**
 * Nothing of Insyn's is parsed or run before InfoMentor's load event (issue 20). Chromium's tracer
 * names the script of every evaluation, compilation and call; the test counts Insyn's events before
 * the top document's `load` (none) and after it (some: Insyn did start). Counts, not times.
 * A control extension with an ordinary manifest content script shows that the count sees one.
 */
let server: FixtureServer;
let insyn: ChromiumWithInsyn;
let control: ChromiumWithInsyn;
let controlDir: string;

const PAGES = [
  ['a group page', 'infomentor/kunskapssammanstallning-5a-matematik.html'],
  // Nothing to read at load: the probe's watcher asks for the reader once the table is drawn.
  ['a single-page app that draws after load', 'infomentor/spa/kunskapssammanstallning-spa.html'],
  ['a page with an InfoMentor frame', 'e2e/ram-med-hub.html'],
] as const;

beforeAll(async () => {
  server = await startFixtureServer();
  insyn = await launchChromium({ fixturePort: server.port });
  controlDir = await mkdtemp(join(tmpdir(), 'insyn-control-extension-'));
  await writeFile(
    join(controlDir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'load-path control',
      version: '1.0.0',
      host_permissions: ['*://*.infomentor.se/*'],
      background: { service_worker: 'background.js' },
      content_scripts: [{ matches: ['*://*.infomentor.se/*'], run_at: 'document_start', js: ['content.js'] }],
    }),
  );
  await writeFile(join(controlDir, 'background.js'), '');
  await writeFile(join(controlDir, 'content.js'), 'document.addEventListener("DOMContentLoaded", () => document.title.length);');
  control = await launchChromium({ fixturePort: server.port, extensionDir: controlDir });
});

afterAll(async () => {
  await insyn?.close();
  await control?.close();
  await server?.close();
  if (controlDir) await rm(controlDir, { recursive: true, force: true });
});

/** Loads `path` under the tracer until `started` says the extension has run; Insyn's events before and after load. */
async function countAround(browser: ChromiumWithInsyn, path: string, started: (page: Page) => Promise<unknown>) {
  const page = await browser.context.newPage();
  try {
    const events = await traced(browser.context, page, async () => {
      await page.goto(server.url(path), { waitUntil: 'load' });
      await started(page);
    });
    const load = loadMark(events);
    const ours = codeOf(events, browser.extensionUrl('/'));
    return { load, before: ours.filter((event) => event.ts < load), after: ours.filter((event) => event.ts >= load) };
  } finally {
    await page.close();
  }
}

// The panel's host is in the page once Insyn has started (its root is closed: what it shows is not looked at here).
const panelShown = (page: Page) => page.locator('insyn-panel').waitFor({ timeout: 15_000 });

describe('Insyn on InfoMentor’s load path (Chromium, traced)', () => {
  // First, on a profile with nothing due: once the group page is read, its risks are due this week and
  // the background starts Insyn on the start page too, for the panel's due summary (start-when-due.ts).
  it('runs only the probe on the start page (nothing to read), before load or after it', async () => {
    const path = 'infomentor/startsida.html';
    const worker = await insyn.serviceWorker();
    // The background has looked at the loaded page once it keeps the tab's status (utils/background/inject-content.ts).
    const decided = () =>
      expect
        .poll(
          () =>
            worker.evaluate(async (url) => {
              const session = (globalThis as unknown as { chrome: { storage: { session: { get(keys: null): Promise<object> } } } }).chrome;
              return Object.values(await session.storage.session.get(null)).some((value) => (value as { url?: string })?.url === url);
            }, server.url(path)),
          { timeout: 15_000, interval: 250 },
        )
        .toBe(true);
    const { before, after } = await countAround(insyn, path, decided);
    expect(before.map((event) => `${event.name} ${event.args?.data?.url}`)).toEqual([]);
    expect(after.filter((event) => event.args?.data?.url?.endsWith('/content-scripts/infomentor.js'))).toEqual([]);
  });

  it.each(PAGES)('runs nothing before load on %s, and starts after it', async (_name, path) => {
    const { load, before, after } = await countAround(insyn, path, panelShown);
    expect(load).toBeLessThan(Infinity);
    expect(before.map((event) => `${event.name} ${event.args?.data?.url}`)).toEqual([]);
    expect(after.some((event) => event.args?.data?.url?.endsWith('/content-scripts/infomentor.js'))).toBe(true);
  });

  it('sees a manifest content script that runs before load (the control)', async () => {
    const { before } = await countAround(control, 'infomentor/startsida.html', async () => undefined);
    expect(before.some((event) => event.args?.data?.url?.endsWith('/content.js'))).toBe(true);
  });
});
