import { analysePage } from '../../utils/infomentor/analyse';
import { watchPage } from '../../utils/content/watch-page';
import type { BenchPage } from './bench-pages';
import { openInHappyDom, type HappyPage } from './happy-page';
import { summarise } from './stats';
import type { Row } from './table';

const DEBOUNCE_MS = 300;
const QUICK_CHANGES = 100;
const QUICK_GAP_MS = 5;
const SINGLE_CHANGES = 5;

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
/** MutationObserver callbacks run as microtasks; two turns let every pending one run. */
const observersRan = async () => {
  await Promise.resolve();
  await Promise.resolve();
};

/**
 * watchPage on the 1,000-row page in happy-dom, with a read that counts and times itself and runs the
 * real reader. Shows that one change costs one read after the debounce, that a burst of changes does
 * not cause a storm of reads, and that changes in Insyn's own UI cause none.
 */
export async function rereading(page: BenchPage): Promise<Row[]> {
  const happy = openInHappyDom(page.html, page.url);
  const globals = globalThis as unknown as Record<string, unknown>;
  const previousObserver = globals.MutationObserver;
  globals.MutationObserver = happy.window.MutationObserver;
  try {
    return await measure(happy, page);
  } finally {
    globals.MutationObserver = previousObserver;
    await happy.close();
  }
}

async function measure(happy: HappyPage, page: BenchPage): Promise<Row[]> {
  const { document } = happy;
  const body = document.body;
  const target = [...document.querySelectorAll('td, [role="gridcell"]')].at(-1) ?? body;
  const own = document.createElement('insyn-panel');
  body.append(own);
  let reads = 0;
  const readTimes: number[] = [];
  const controller = new AbortController();
  watchPage({
    root: body,
    read: () => {
      const start = performance.now();
      analysePage(document, page.url);
      readTimes.push(performance.now() - start);
      reads++;
    },
    debounceMs: DEBOUNCE_MS,
    ignore: (node) => own.contains(node),
    signal: controller.signal,
    // The first read is not what is measured here: only reads caused by changes.
    schedule: () => {},
  });

  // One change at a time, each followed by a quiet period: each should cost exactly one read.
  const perChange: number[] = [];
  for (let i = 0; i < SINGLE_CHANGES; i++) {
    const before = reads;
    target.textContent = `ändrad ${i}`;
    await observersRan();
    await sleep(DEBOUNCE_MS + 100);
    perChange.push(reads - before);
  }

  // A burst of quick changes, closer together than the debounce: should still be one read.
  const beforeBurst = reads;
  for (let i = 0; i < QUICK_CHANGES; i++) {
    target.textContent = `snabb ${i}`;
    await sleep(QUICK_GAP_MS);
  }
  await sleep(DEBOUNCE_MS + 100);
  const burstReads = reads - beforeBurst;

  // Changes inside Insyn's own UI never cause a read.
  const beforeOwn = reads;
  for (let i = 0; i < 20; i++) {
    own.textContent = `insyn ${i}`;
    await observersRan();
  }
  await sleep(DEBOUNCE_MS + 100);
  const ownReads = reads - beforeOwn;

  controller.abort();
  // The observer's own cost per change, as the page pays it: changes with a watcher minus without,
  // interleaved so both see the same heap and the same machine.
  const watchedCost: number[] = [];
  const bareCost: number[] = [];
  for (let s = 0; s < 15; s++) {
    const sample = new AbortController();
    watchPage({ root: body, read: () => {}, debounceMs: DEBOUNCE_MS, signal: sample.signal, schedule: () => {} });
    watchedCost.push(await costPerChange(target, s));
    sample.abort();
    bareCost.push(await costPerChange(target, s));
  }

  const group = `re-reading (happy-dom, ${page.rows} rows)`;
  return [
    {
      group,
      measure: 'reads per single DOM change',
      unit: 'reads',
      summary: summarise(perChange),
      budget: { limit: 1, label: '1' },
      note: `one read after ${DEBOUNCE_MS} ms quiet`,
    },
    {
      group,
      measure: 're-read after one change',
      unit: 'ms',
      summary: summarise(readTimes),
      note: 'happy-dom; Chromium reads are faster (see reading)',
    },
    {
      group,
      measure: `reads after ${QUICK_CHANGES} changes ${QUICK_GAP_MS} ms apart`,
      unit: 'reads',
      value: burstReads,
      budget: { limit: 1, label: '≤ 1 (no storm)' },
    },
    {
      group,
      measure: "reads from changes in Insyn's own UI",
      unit: 'reads',
      value: ownReads,
      budget: { limit: 0, label: '0' },
    },
    {
      group,
      measure: 'observer cost per DOM change',
      unit: 'µs',
      summary: summarise(watchedCost.map((time, i) => (time - bareCost[i]!) * 1000)),
      note: `with watcher minus without; change alone ${(summarise(bareCost).median * 1000).toFixed(1)} µs`,
    },
  ];
}

/** Milliseconds per change including the observers' microtasks, over 100 changes. */
async function costPerChange(target: Element, sample: number): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < 100; i++) {
    target.textContent = `kostnad ${sample}.${i}`;
    await observersRan();
  }
  return (performance.now() - start) / 100;
}
