import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { tracePages } from '../bench/trace-pages';
import { launchChromium } from './chromium';
import { codeOf, loadMark, traced, type TraceEvent } from './extension-trace';
import { startFixtureServer } from './fixture-server';

/**
 * Where Insyn's main-thread time goes on one traced load (issue 20): `npx tsx tests/tools/profile-load.ts
 * [group|hub|news] [rows]` loads the bench's page with the built extension under both Chromium's tracer
 * and V8's sampling profiler, then prints Insyn's trace events summed by name and the functions of
 * Insyn's scripts by self and total sampled time (`PROFILE_OUT=<file>.cpuprofile` keeps the profile for
 * DevTools' Performance panel; `PROFILE_SAMPLE=0` traces without it). A tool for finding costs, not a measure: the bench's *trace* rows are the
 * figures, and the profiler slows the page (`PROFILE_AFTER_MS`, default 3000, waits longer after `load`).
 * Build first (`npx wxt build`); a build with `minify: false` names the functions.
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const AFTER_LOAD_MS = Number(process.env.PROFILE_AFTER_MS ?? 3000);
const TOP = 40;

async function profiled(cdp: CDPSession, run: () => Promise<void>): Promise<Profile> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await run();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  return profile;
}

/** Self and total sampled ms per function of the extension; "total" counts a recursive function once. */
function byFunction(profile: Profile, origin: string): { name: string; self: number; total: number }[] {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const label = (node: ProfileNode) => {
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    return `${functionName || '(anonymous)'} ${url.slice(origin.length)}:${lineNumber + 1}:${columnNumber + 1}`;
  };
  const rows = new Map<string, { name: string; self: number; total: number }>();
  const row = (name: string) => rows.get(name) ?? rows.set(name, { name, self: 0, total: 0 }).get(name)!;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const leaf = nodes.get(id);
    if (leaf?.callFrame.url.startsWith(origin)) row(label(leaf)).self += ms;
    const seen = new Set<string>();
    for (let node = leaf; node; node = nodes.get(parent.get(node.id) ?? -1)) {
      if (!node.callFrame.url.startsWith(origin)) continue;
      const name = label(node);
      if (!seen.has(name)) row(name).total += ms;
      seen.add(name);
    }
  });
  return [...rows.values()];
}

function eventsByName(events: readonly TraceEvent[], origin: string, load: number): string[] {
  const sums = new Map<string, { ms: number; n: number }>();
  for (const event of codeOf(events, origin)) {
    if (event.ph !== 'X' || event.dur === undefined || event.ts < load) continue;
    const sum = sums.get(event.name) ?? { ms: 0, n: 0 };
    sum.ms += event.dur / 1000;
    sum.n++;
    sums.set(event.name, sum);
  }
  return [...sums]
    .sort((a, b) => b[1].ms - a[1].ms)
    .map(([name, { ms, n }]) => `${ms.toFixed(1).padStart(8)} ms ${String(n).padStart(5)}× ${name}`);
}

const LONG_CALL_MS = Number(process.env.PROFILE_LONG_MS ?? 1);

/** Insyn's top-level calls (a read, a paint, the evaluation) of over LONG_CALL_MS, in order: how many reads a page costs. */
function longCalls(events: readonly TraceEvent[], origin: string, load: number): string[] {
  const mine = codeOf(events, origin);
  // PROFILE_ALL=1: every event of the threads Insyn ran on, with its script when it names one.
  const threads = new Set(mine.map((event) => `${event.pid}:${event.tid}`));
  const shown = process.env.PROFILE_ALL === '1' ? events.filter((event) => threads.has(`${event.pid}:${event.tid}`)) : mine;
  return shown
    .filter((event) => event.ph === 'X' && (event.dur ?? 0) > LONG_CALL_MS * 1000 && event.ts >= load)
    .sort((a, b) => a.ts - b.ts)
    .map(
      (event) =>
        `${((event.ts - load) / 1000).toFixed(0).padStart(7)} ms  ${((event.dur ?? 0) / 1000).toFixed(1).padStart(7)} ms  ${event.name} ${event.args?.data?.url?.startsWith(origin) ? '(Insyn)' : (event.args?.data?.url ?? '').slice(0, 60)}`,
    );
}

async function main() {
  const which = process.argv[2] ?? 'group';
  const rows = Number(process.argv[3] ?? 1000);
  const pages = tracePages(rows);
  const page = pages[{ news: 0, group: 1, hub: 2 }[which] ?? 1]!;
  const root = await mkdtemp(join(tmpdir(), 'insyn-profile-'));
  await mkdir(dirname(join(root, page.path)), { recursive: true });
  await writeFile(join(root, page.path), page.html);
  const server = await startFixtureServer(root);
  const browser = await launchChromium({ fixturePort: server.port });
  try {
    // PROFILE_WARM=1: one untraced load first, as the bench's later loads find the background (its database made).
    if (process.env.PROFILE_WARM === '1') {
      const warm = await browser.context.newPage();
      await warm.goto(server.url(page.path), { waitUntil: 'load' });
      await warm.waitForTimeout(AFTER_LOAD_MS);
      await warm.close();
    }
    const tab = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(tab);
    let profile: Profile | undefined;
    const events = await traced(browser.context, tab, async () => {
      const load = async () => {
        await tab.goto(server.url(page.path), { waitUntil: 'load' });
        await tab.waitForTimeout(AFTER_LOAD_MS);
      };
      // PROFILE_SAMPLE=0: the trace alone, as the bench's traced rows see the load.
      if (process.env.PROFILE_SAMPLE === '0') await load();
      else profile = await profiled(cdp, load);
    });
    const origin = browser.extensionUrl('/');
    console.log(`${page.name}: Insyn's trace events after load, summed by name (nested events overlap)`);
    for (const line of eventsByName(events, origin, loadMark(events))) console.log(line);
    console.log(`\nInsyn's calls of over ${LONG_CALL_MS} ms, from load`);
    for (const line of longCalls(events, origin, loadMark(events))) console.log(line);
    if (process.env.PROFILE_OUT) await writeFile(process.env.PROFILE_OUT, JSON.stringify(profile));
    if (!profile) return;
    const functions = byFunction(profile, origin);
    for (const key of ['self', 'total'] as const) {
      console.log(`\nInsyn's functions by ${key} time (sampled every 0.1 ms)`);
      for (const f of functions.sort((a, b) => b[key] - a[key]).slice(0, TOP))
        console.log(`${f.self.toFixed(1).padStart(8)} self ${f.total.toFixed(1).padStart(8)} total  ${f.name}`);
    }
  } finally {
    await browser.close();
    await server.close();
    await rm(root, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
