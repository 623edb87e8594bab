import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { tracePages } from '../bench/trace-pages';
import { traceOnce, type TraceSample } from '../bench/traced-load';
import { launchChromium } from './chromium';
import { startFixtureServer } from './fixture-server';

/**
 * Two builds of Insyn traced side by side (issue 20): `npx tsx tests/tools/trace-ab.ts <before-dir>
 * <after-dir> [loads]` loads the bench's 1,000-row and Hub-like pages in one Chromium per build, the
 * loads alternating, and prints the traced rows' figures of each (median and every sample). On a shared
 * machine separate bench runs swing more than a change does; side by side both builds see the same load.
 * Make the directories with `npx wxt build` and a copy of `.output/chrome-mv3` per commit.
 */
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const figures = (values: number[]) => `${median(values).toFixed(0)} ms (${values.map((v) => v.toFixed(0)).join(' ')})`;

async function main() {
  const [before, after, loads = '6'] = process.argv.slice(2);
  if (!before || !after) throw new Error('Usage: npx tsx tests/tools/trace-ab.ts <before-dir> <after-dir> [loads]');
  const pages = tracePages(1000).slice(1);
  const root = await mkdtemp(join(tmpdir(), 'insyn-trace-ab-'));
  for (const page of pages) {
    await mkdir(dirname(join(root, page.path)), { recursive: true });
    await writeFile(join(root, page.path), page.html);
  }
  const server = await startFixtureServer(root);
  const builds = {
    before: await launchChromium({ fixturePort: server.port, extensionDir: before }),
    after: await launchChromium({ fixturePort: server.port, extensionDir: after }),
  };
  try {
    // One untraced load each first: the background's database is made then, as in the bench's later loads.
    for (const browser of Object.values(builds)) await traceOnce(browser, server.url(pages[0]!.path));
    for (const page of pages) {
      const samples: Record<keyof typeof builds, TraceSample[]> = { before: [], after: [] };
      for (let i = 0; i < Number(loads); i++)
        for (const name of i % 2 === 0 ? (['before', 'after'] as const) : (['after', 'before'] as const))
          samples[name].push(await traceOnce(builds[name], server.url(page.path)));
      for (const name of ['before', 'after'] as const) {
        const all = samples[name].map((s) => s.all);
        const withContinuations = samples[name].map((s) => s.withContinuations);
        console.log(`${page.name} | ${name} | in all ${figures(all)} | with promise continuations ${figures(withContinuations)}`);
      }
    }
  } finally {
    for (const browser of Object.values(builds)) await browser.close();
    await server.close();
    await rm(root, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
