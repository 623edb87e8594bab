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
const LOAD_RATIO_LIMIT = 1.05;
const PAIRS = Number(process.env.BENCH_LOAD_PAIRS ?? 12);
const WARMUP_PAIRS = 2;
const TRACED_LOADS = 4;
/** Time after `load` for deferred work (idle callbacks, the first read, messages) to run and be counted. */
const SETTLE_MS = 2000;
/** Quiet time between loads, for the closed tab's clean-up (GC, process shutdown) to finish first. */
const BETWEEN_MS = 250;

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

interface TraceEvent {
  name: string;
  ts: number;
  dur?: number;
  args?: { data?: { url?: string } };
}

/**
 * One load under Chromium's tracer: how long the extension's content scripts took to evaluate before
 * the page's load event. It is the part of the load Insyn itself puts on InfoMentor's path, measured
 * directly rather than as a difference of two noisy load times.
 */
async function evaluationBeforeLoad(browser: ChromiumWithInsyn, url: string): Promise<number> {
  const page = await browser.context.newPage();
  try {
    const cdp = await browser.context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
    const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,loading', transferMode: 'ReportEvents' });
    await page.goto(url, { waitUntil: 'load' });
    await cdp.send('Tracing.end');
    await complete;
    const load = events.find((event) => event.name === 'MarkLoad')?.ts ?? Infinity;
    return events
      .filter((event) => event.name === 'EvaluateScript' && event.args?.data?.url?.startsWith('chrome-extension://') && event.ts < load)
      .reduce((total, event) => total + (event.dur ?? 0) / 1000, 0);
  } finally {
    await page.close();
  }
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
  try {
    insyn = await launchChromium({ fixturePort: server.port });
    noop = await launchChromium({ fixturePort: server.port, extensionDir: NOOP_EXTENSION });
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
    const evaluation = { insyn: [] as number[], noop: [] as number[] };
    for (let i = 0; i < TRACED_LOADS; i++) {
      evaluation.insyn.push(await evaluationBeforeLoad(insyn, url));
      evaluation.noop.push(await evaluationBeforeLoad(noop, url));
    }
    return [
      ...loadRows(page, samples.insyn, samples.noop),
      evaluationRow(page, evaluation, summarise(samples.noop.map((sample) => sample.load)).median),
    ];
  } finally {
    await insyn?.close();
    await noop?.close();
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
    paired('load event end', 'load', LOAD_RATIO_LIMIT),
    paired('DOMContentLoaded end', 'dcl'),
    {
      group,
      measure: 'long tasks, total',
      unit: 'ms',
      summary: summarise(pick(insyn, 'longTasks')),
      ratio: { value: longTaskRatio, baseline: 'no-op', limit: LOAD_RATIO_LIMIT },
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
      note: `${floorNote('heapMb', 'MB')}; after GC, pairs of loads`,
    },
  ];
}

/** The content script's evaluation before load, and its share of the no-op's load time (the 5% budget). */
function evaluationRow(page: BenchPage, evaluation: { insyn: number[]; noop: number[] }, noopLoad: number): Row {
  const mine = summarise(evaluation.insyn);
  return {
    group: `page load (Chromium, ${page.rows} rows)`,
    measure: 'content script evaluation before load',
    unit: 'ms',
    summary: mine,
    budget: {
      limit: noopLoad * (LOAD_RATIO_LIMIT - 1),
      label: `< 5% of no-op load (${(noopLoad * (LOAD_RATIO_LIMIT - 1)).toFixed(1)} ms)`,
    },
    note: `traced; ${((mine.median / noopLoad) * 100).toFixed(1)}% of the no-op load; no-op script ${summarise(evaluation.noop).median.toFixed(2)} ms`,
  };
}
