import { chromium } from 'playwright-core';
import { analysePage } from '../../utils/infomentor/analyse';
import { findBrowser } from '../tools/find-browser';
import { bareScan } from './bare-scan';
import type { BenchPage } from './bench-pages';
import { bundleForBrowser } from './bundle';
import { openInHappyDom } from './happy-page';
import { evaluateInPage } from './in-page';
import { summarise, timeSync } from './stats';
import type { Row } from './table';

/** Budgets of docs/performance.md: milliseconds per read in Chromium, and the ratio to a bare scan of the rows. */
const CHROMIUM_BUDGET_MS: Record<number, number> = { 30: 2, 1000: 25 };
const RATIO_LIMIT = 3;
/** The ratio budget is for large pages: on a small one, recognising the page outweighs its rows. */
const RATIO_ROWS = 1000;
const FIRST_READS = 5;

/**
 * Enough calls per sample that a sample lasts well above the timer's resolution. The 1,000-row page in
 * happy-dom (no budget, figures only) takes 7 samples: each is a third of a second on this machine.
 */
const plan = (rows: number, slow: boolean) =>
  rows <= 100 ? { samples: 25, batch: slow ? 5 : 50, warmup: 20 } : { samples: slow ? 7 : 25, batch: 1, warmup: 3 };

function readingRows(page: BenchPage, where: string, read: number[], scan: number[], outcome: string, budget?: number): Row {
  const summary = summarise(read);
  const scanMedian = summarise(scan).median;
  return {
    group: `reading (${where})`,
    measure: `read + judge, ${page.rows} rows`,
    unit: 'ms',
    summary,
    budget: budget === undefined ? undefined : { limit: budget },
    ratio: {
      value: summary.median / scanMedian,
      baseline: 'bare scan',
      limit: where === 'Chromium' && page.rows >= RATIO_ROWS ? RATIO_LIMIT : undefined,
    },
    note: `${outcome}; bare scan ${scanMedian.toFixed(3)} ms`,
  };
}

const describeOutcome = (analysis: ReturnType<typeof analysePage>) =>
  `${analysis.kind}, ${analysis.pupils.length} pupils, ${analysis.atRisk.length} at risk`;

/** The reader in happy-dom, as the unit tests and `npm run analyze` run it. Interleaved with the bare scan. */
export async function readingInHappyDom(pages: readonly BenchPage[]): Promise<Row[]> {
  const rows: Row[] = [];
  for (const page of pages) {
    const happy = openInHappyDom(page.html, page.url);
    const { samples, batch, warmup } = plan(page.rows, true);
    const read: number[] = [];
    const scan: number[] = [];
    // happy-dom caches query results until the DOM changes; a real re-read follows a change, so each
    // call gets one (an attribute on the last cell) to measure cold reads, not cache hits.
    const cell = [...happy.document.querySelectorAll('td')].at(-1);
    let change = 0;
    const changed =
      <T>(work: () => T) =>
      () => {
        cell?.setAttribute('data-bench', String(change++));
        return work();
      };
    for (let i = 0; i < samples; i++) {
      read.push(
        ...timeSync(
          changed(() => analysePage(happy.document, page.url)),
          { samples: 1, batch, warmup: i === 0 ? warmup : 0 },
        ),
      );
      scan.push(
        ...timeSync(
          changed(() => bareScan(happy.document)),
          { samples: 1, batch, warmup: i === 0 ? warmup : 0 },
        ),
      );
    }
    rows.push(readingRows(page, 'happy-dom', read, scan, describeOutcome(analysePage(happy.document, page.url))));
    await happy.close();
  }
  return rows;
}

interface InPageResult {
  read: number[];
  scan: number[];
  outcome: string;
}

/** The reader in headless Chromium, on the page served under an InfoMentor address. */
export async function readingInChromium(pages: readonly BenchPage[]): Promise<Row[]> {
  const reader = await bundleForBrowser('./browser-reader.ts');
  const browser = await chromium.launch({
    executablePath: findBrowser('chromium', 'test').path,
    headless: true,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  const open = async (page: BenchPage) => {
    const tab = await browser.newPage();
    // Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs.
    await tab.route('https://skola.infomentor.se/**', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        headers: { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' },
        body: page.html,
      }),
    );
    await tab.goto(page.url, { waitUntil: 'load' });
    await tab.addScriptTag({ content: reader });
    return tab;
  };
  const rows: Row[] = [];
  try {
    for (const page of pages) {
      // The content script reads each page once, with the reader's code not yet optimised: time the
      // first call in fresh pages, as the teacher's browser runs it.
      const first: number[] = [];
      for (let i = 0; i < FIRST_READS; i++) {
        const fresh = await open(page);
        first.push(
          await evaluateInPage(
            fresh,
            (url: string) => {
              const { analysePage: analyse } = (globalThis as unknown as { insynBench: { analysePage: typeof analysePage } }).insynBench;
              const start = performance.now();
              analyse(document, url);
              return performance.now() - start;
            },
            page.url,
          ),
        );
        await fresh.close();
      }
      rows.push({
        group: 'reading (Chromium)',
        measure: `read + judge, ${page.rows} rows, first call`,
        unit: 'ms',
        summary: summarise(first),
        budget: CHROMIUM_BUDGET_MS[page.rows] === undefined ? undefined : { limit: CHROMIUM_BUDGET_MS[page.rows]! },
        note: 'fresh page, code not yet optimised: what one page view costs',
      });
      const tab = await open(page);
      const result = await evaluateInPage<{ url: string; samples: number; batch: number; warmup: number }, InPageResult>(
        tab,
        ({ url, samples, batch, warmup }) => {
          const { analysePage: analyse, bareScan: scanRows } = (
            globalThis as unknown as {
              insynBench: { analysePage: typeof analysePage; bareScan: typeof bareScan };
            }
          ).insynBench;
          const time = (work: () => unknown) => {
            const start = performance.now();
            for (let b = 0; b < batch; b++) work();
            return (performance.now() - start) / batch;
          };
          for (let w = 0; w < warmup; w++) {
            analyse(document, url);
            scanRows(document);
          }
          const read: number[] = [];
          const scan: number[] = [];
          for (let s = 0; s < samples; s++) {
            read.push(time(() => analyse(document, url)));
            scan.push(time(() => scanRows(document)));
          }
          const analysis = analyse(document, url);
          return {
            read,
            scan,
            outcome: `${analysis.kind}, ${analysis.pupils.length} pupils, ${analysis.atRisk.length} at risk`,
          };
        },
        { url: page.url, ...plan(page.rows, false) },
      );
      rows.push(readingRows(page, 'Chromium', result.read, result.scan, result.outcome, CHROMIUM_BUDGET_MS[page.rows]));
      await tab.close();
    }
  } finally {
    await browser.close();
  }
  return rows;
}
