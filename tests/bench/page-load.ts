import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumWithInsyn } from '../tools/chromium';
import { startFixtureServer } from '../tools/fixture-server';
import type { BenchPage } from './bench-pages';
import { evaluateInPage, pageSource } from './in-page';
import { summarise } from './stats';
import type { Row } from './table';

export const NOOP_EXTENSION = fileURLToPath(new URL('./noop-extension', import.meta.url));
const LOAD_RATIO_LIMIT = 1.02;
const LONG_TASK_RATIO_LIMIT = 1.1;
/** Loads of the load-time ratio: Insyn, the no-op and the no-op again, in turn (issue 20: at least 30). */
const ROUNDS = Number(process.env.BENCH_LOAD_ROUNDS ?? 30);
/** Settled pairs, for long tasks, main-thread time and heap, which need the seconds after load. */
const PAIRS = Number(process.env.BENCH_LOAD_PAIRS ?? 4);
const WARMUP_PAIRS = 1;
/** Time after `load` for deferred work (idle callbacks, the first read, messages) to run and be counted. */
const SETTLE_MS = 2000;
/** Quiet time between loads, for the last page's clean-up (GC) to finish first. */
const BETWEEN_MS = 100;

interface LoadSample {
  /** navigationStart → loadEventEnd. */
  load: number;
  /** navigationStart → domContentLoadedEventEnd. */
  dcl: number;
  /** Sum of main-thread long tasks (> 50 ms) from navigation until settled. */
  longTasks: number;
  /** Main-thread script time of the renderer (page and content scripts' isolated worlds), CDP Performance. */
  script: number;
  /** Main-thread task time of the renderer, CDP Performance. */
  tasks: number;
  /** JS heap in use after a forced garbage collection (the page's isolate: page and content scripts). */
  heapMb: number;
}

/** Runs in the page before any of its own script: counts long tasks from the first byte on. */
function observeLongTasks() {
  const store: number[] = [];
  (globalThis as unknown as { __benchLongTasks: number[] }).__benchLongTasks = store;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) store.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
}

async function loadOnce(browser: ChromiumWithInsyn, url: string): Promise<LoadSample> {
  const page: Page = await browser.context.newPage();
  try {
    await page.addInitScript({ content: pageSource(observeLongTasks) });
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const before = await metrics(cdp);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(SETTLE_MS);
    const timing = await evaluateInPage(
      page,
      () => {
        const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
        const longTasks = (globalThis as unknown as { __benchLongTasks?: number[] }).__benchLongTasks ?? [];
        return {
          load: navigation?.loadEventEnd ?? Number.NaN,
          dcl: navigation?.domContentLoadedEventEnd ?? Number.NaN,
          longTasks: longTasks.reduce((sum, duration) => sum + duration, 0),
        };
      },
      null,
    );
    await cdp.send('HeapProfiler.collectGarbage');
    const after = await metrics(cdp);
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    await cdp.detach();
    return {
      ...timing,
      script: (after.ScriptDuration! - (before.ScriptDuration ?? 0)) * 1000,
      tasks: (after.TaskDuration! - (before.TaskDuration ?? 0)) * 1000,
      heapMb: heap.usedSize / 2 ** 20,
    };
  } finally {
    await page.close();
  }
}

async function metrics(cdp: { send(method: 'Performance.getMetrics'): Promise<{ metrics: { name: string; value: number }[] }> }) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map(({ name, value }) => [name, value])) as Record<string, number>;
}

/**
 * One load, nothing else: navigationStart → loadEventEnd, in the browser's one tab for the ratio rounds.
 * The tab is kept between loads (a new one costs a renderer process start on each side, seconds a round
 * on a busy machine, outside what is timed) and sent to about:blank after each, so the next load starts
 * from an empty tab, as a new one would, and the page's clean-up is not on the next load.
 */
async function loadTime(tab: Page, url: string): Promise<number> {
  await tab.goto(url, { waitUntil: 'load' });
  const time = await evaluateInPage(
    tab,
    () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
    null,
  );
  await tab.goto('about:blank');
  return time;
}

/**
 * The load-time ratio and its noise: rounds of Insyn, the no-op and a second no-op browser, in an
 * order that turns each round, so each ratio is of loads made moments apart. The no-op against
 * itself shows how far the ratio moves on this machine with no difference at all.
 */
async function loadRatios(insyn: ChromiumWithInsyn, noop: ChromiumWithInsyn, again: ChromiumWithInsyn, url: string) {
  const tabs = await Promise.all([insyn, noop, again].map((browser) => browser.context.newPage()));
  const times = tabs.map(() => [] as number[]);
  for (let round = 0; round < ROUNDS + WARMUP_PAIRS; round++) {
    for (let k = 0; k < tabs.length; k++) {
      const which = (round + k) % tabs.length;
      await new Promise((done) => setTimeout(done, BETWEEN_MS));
      const time = await loadTime(tabs[which]!, url);
      if (round >= WARMUP_PAIRS) times[which]!.push(time);
    }
  }
  await Promise.all(tabs.map((tab) => tab.close()));
  const [mine, floor, floorAgain] = times as [number[], number[], number[]];
  return {
    mine,
    ratio: summarise(mine).median / summarise(floor).median,
    noise: summarise(floorAgain).median / summarise(floor).median,
  };
}

/**
 * The 1,000-row page loaded in Chromium with Insyn and with the no-op extension, alternately, in two
 * browsers that run side by side, so both see the same machine load. Returns rows for load time, long
 * tasks, main-thread time and heap.
 */
export async function pageLoad(page: BenchPage): Promise<Row[]> {
  const root = await mkdtemp(join(tmpdir(), 'insyn-bench-pages-'));
  await mkdir(join(root, 'infomentor'));
  await writeFile(join(root, 'infomentor', 'kunskapssammanstallning.html'), page.html);
  const server = await startFixtureServer(root);
  const url = `${server.url('infomentor/kunskapssammanstallning.html')}${new URL(page.url).hash}`;
  let insyn: ChromiumWithInsyn | undefined;
  let noop: ChromiumWithInsyn | undefined;
  let again: ChromiumWithInsyn | undefined;
  try {
    // Started side by side: each start is mostly waiting for the browser and its extension.
    const launched = await Promise.allSettled([
      launchChromium({ fixturePort: server.port }),
      launchChromium({ fixturePort: server.port, extensionDir: NOOP_EXTENSION }),
      launchChromium({ fixturePort: server.port, extensionDir: NOOP_EXTENSION }),
    ]);
    [insyn, noop, again] = launched.map((result) => (result.status === 'fulfilled' ? result.value : undefined));
    const failed = launched.find((result) => result.status === 'rejected');
    if (failed || !insyn || !noop || !again) throw (failed as PromiseRejectedResult | undefined)?.reason ?? new Error('no browser');
    const ratios = await loadRatios(insyn, noop, again, url);
    const samples = { insyn: [] as LoadSample[], noop: [] as LoadSample[] };
    for (let i = 0; i < WARMUP_PAIRS + PAIRS; i++) {
      // Alternate which goes first, so neither always runs on a machine the other just warmed.
      const order = i % 2 === 0 ? (['insyn', 'noop'] as const) : (['noop', 'insyn'] as const);
      for (const which of order) {
        await new Promise((done) => setTimeout(done, BETWEEN_MS));
        const sample = await loadOnce(which === 'insyn' ? insyn : noop, url);
        if (i >= WARMUP_PAIRS) samples[which].push(sample);
      }
    }
    const memory = await Promise.all([heapOverNavigations(insyn, url), heapOverNavigations(noop, url)]);
    return [ratioRow(page, ratios), ...loadRows(page, samples.insyn, samples.noop), navigationRow(memory[0], memory[1])];
  } finally {
    await insyn?.close();
    await noop?.close();
    await again?.close();
    await server.close();
    await rm(root, { recursive: true, force: true });
  }
}

/**
 * Ratios are taken per pair (Insyn's load ÷ the no-op load just before or after it), then the median:
 * neighbouring loads share the machine's momentary load, which on a busy machine swamps a 5% effect.
 * Long tasks are often none at all on the floor, so their ratio is of the totals over all loads.
 */
function loadRows(page: BenchPage, insyn: LoadSample[], noop: LoadSample[]): Row[] {
  const pick = (list: LoadSample[], key: keyof LoadSample) => list.map((sample) => sample[key]);
  const group = `page load (Chromium, ${page.rows} rows)`;
  const floorNote = (key: keyof LoadSample, unit: string) => {
    const floor = summarise(pick(noop, key));
    return `no-op ${floor.median.toFixed(1)} ${unit} (${floor.p10.toFixed(0)}–${floor.p90.toFixed(0)})`;
  };
  const paired = (measure: string, key: keyof LoadSample, limit?: number, note?: string): Row => ({
    group,
    measure,
    unit: 'ms',
    summary: summarise(pick(insyn, key)),
    ratio: { value: summarise(insyn.map((sample, i) => sample[key] / noop[i]![key])).median, baseline: 'no-op', limit },
    note: `${floorNote(key, 'ms')}; ratio: median of pairs${note ? `; ${note}` : ''}`,
  });
  const sum = (list: LoadSample[], key: keyof LoadSample) => list.reduce((total, sample) => total + sample[key], 0);
  const longTaskRatio =
    sum(noop, 'longTasks') === 0 ? (sum(insyn, 'longTasks') === 0 ? 1 : Infinity) : sum(insyn, 'longTasks') / sum(noop, 'longTasks');
  return [
    paired('load event end, settled pairs', 'load'),
    paired('DOMContentLoaded end', 'dcl'),
    {
      group,
      measure: 'long tasks, total',
      unit: 'ms',
      summary: summarise(pick(insyn, 'longTasks')),
      ratio: { value: longTaskRatio, baseline: 'no-op', limit: LONG_TASK_RATIO_LIMIT },
      note: `${floorNote('longTasks', 'ms')}; ratio of totals; navigation until ${SETTLE_MS / 1000} s after load`,
    },
    paired('main-thread tasks', 'tasks', undefined, `until ${SETTLE_MS / 1000} s after load`),
    {
      group,
      measure: 'main-thread script',
      unit: 'ms',
      summary: summarise(pick(insyn, 'script')),
      note: `${floorNote('script', 'ms')}; page + content scripts, until ${SETTLE_MS / 1000} s after load`,
    },
    {
      group: 'memory (Chromium)',
      measure: `JS heap, Insyn − no-op, ${page.rows} rows`,
      unit: 'MB',
      summary: summarise(insyn.map((sample, i) => sample.heapMb - noop[i]!.heapMb)),
      budget: { limit: 1 },
      note: `${floorNote('heapMb', 'MB')}; after GC, pairs of loads`,
    },
  ];
}

/** The load-time ratio of medians over interleaved rounds, with the no-op against itself beside it. */
function ratioRow(page: BenchPage, { mine, ratio, noise }: Awaited<ReturnType<typeof loadRatios>>): Row {
  return {
    group: `page load (Chromium, ${page.rows} rows)`,
    measure: 'load event end',
    unit: 'ms',
    summary: summarise(mine),
    ratio: { value: ratio, baseline: 'no-op', limit: LOAD_RATIO_LIMIT },
    note: `ratio of medians, ${ROUNDS} interleaved rounds; no-op against itself ${noise.toFixed(3)}× (the noise)`,
  };
}

const NAVIGATIONS = 100;
const NAVIGATION_MS = 400;

/**
 * JS heap after GC (page and content scripts) after 10 and after 100 SPA navigations of the page:
 * each a new hash and the table drawn anew, as a Knockout view does, so Insyn reads and badges again.
 */
async function heapOverNavigations(browser: ChromiumWithInsyn, url: string): Promise<{ early: number; late: number }> {
  const page = await browser.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    const cdp = await browser.context.newCDPSession(page);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize / 2 ** 20;
    };
    let early = 0;
    for (let i = 1; i <= NAVIGATIONS; i++) {
      await evaluateInPage(
        page,
        (n: number) => {
          location.hash = `#/bedomning/kunskapssammanstallning/${n}`;
          for (const body of document.querySelectorAll('tbody')) body.replaceWith(body.cloneNode(true));
        },
        i,
      );
      await page.waitForTimeout(NAVIGATION_MS);
      if (i === 10) early = await heap();
    }
    const late = await heap();
    await cdp.detach();
    return { early, late };
  } finally {
    await page.close();
  }
}

function navigationRow(insyn: { early: number; late: number }, noop: { early: number; late: number }): Row {
  const growth = insyn.late - insyn.early - (noop.late - noop.early);
  return {
    group: 'memory (Chromium)',
    measure: `JS heap growth over navigations 10–${NAVIGATIONS}, Insyn − no-op`,
    unit: 'MB',
    value: growth,
    budget: { limit: 0.5, label: '< 0.5 MB (flat)' },
    note: `Insyn ${insyn.early.toFixed(1)} → ${insyn.late.toFixed(1)} MB, no-op ${noop.early.toFixed(1)} → ${noop.late.toFixed(1)} MB; after GC`,
  };
}
