import { cpus, loadavg } from 'node:os';
import { renderTable, verdict, type Row } from './table';

/**
 * `npm run bench [-- <area> ...]`: every benchmark of Insyn, one table. Benchmarks print figures and
 * say whether each budget was met; they never fail the run (a broken benchmark shows as a row too).
 * Areas: trace, size, reading, rereading, load, database, principal. See docs/performance.md.
 */
interface Benchmark {
  area: string;
  title: string;
  run(): Promise<Row[]>;
}

const LARGE = 1_000;
const SMALL = 30;

const BENCHMARKS: Benchmark[] = [
  {
    area: 'trace',
    title: "Insyn's main-thread time, traced (news, group and Hub-like pages)",
    run: async () => (await import('./traced-load')).tracedLoad(LARGE),
  },
  {
    area: 'size',
    title: 'content script size',
    run: async () => (await import('./content-script-size')).measureContentScript(),
  },
  {
    area: 'reading',
    title: 'reading and judging (happy-dom, Chromium)',
    run: async () => {
      const { benchPage } = await import('./bench-pages');
      const { readingInChromium, readingInHappyDom } = await import('./reading');
      const pages = [benchPage(SMALL), benchPage(LARGE)];
      return [...(await readingInHappyDom(pages)), ...(await readingInChromium(pages))];
    },
  },
  {
    area: 'rereading',
    title: 're-reading on DOM changes',
    run: async () => {
      const { benchPage } = await import('./bench-pages');
      return (await import('./rereading')).rereading(benchPage(LARGE));
    },
  },
  {
    area: 'load',
    title: 'page load and memory, Insyn vs no-op extension',
    run: async () => {
      const { benchPage } = await import('./bench-pages');
      return (await import('./page-load')).pageLoad(benchPage(LARGE));
    },
  },
  {
    area: 'database',
    title: 'database lists, filters and CSV export',
    run: async () => (await import('./database')).databaseInChromium(),
  },
  {
    area: 'principal',
    title: "principal's and coordinator's import and first view",
    run: async () => (await import('./principal')).principalInChromium(),
  },
];

async function main() {
  const wanted = process.argv.slice(2);
  const chosen = wanted.length ? BENCHMARKS.filter((b) => wanted.includes(b.area)) : BENCHMARKS;
  if (chosen.length === 0) throw new Error(`Unknown area. Choose from: ${BENCHMARKS.map((b) => b.area).join(', ')}`);
  const shareBefore = cpuShare();
  const started = performance.now();
  const rows: Row[] = [];
  const seconds: string[] = [];
  for (const benchmark of chosen) {
    const start = performance.now();
    process.stderr.write(`… ${benchmark.title}`);
    try {
      rows.push(...(await benchmark.run()));
    } catch (error) {
      rows.push({ group: benchmark.area, measure: benchmark.title, unit: '', note: `not measured: ${describe(error)}` });
    }
    const took = ((performance.now() - start) / 1000).toFixed(0);
    seconds.push(`${benchmark.area} ${took} s`);
    process.stderr.write(` (${took} s)\n`);
  }
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  console.log(
    `\nInsyn benchmarks — ${new Date().toISOString().slice(0, 16)}Z, ${cpus().length} cores, load average ${load}, ` +
      `CPU share ${(shareBefore * 100).toFixed(0)}% → ${(cpuShare() * 100).toFixed(0)}% of a core (start → end), node ${process.version}\n`,
  );
  console.log(renderTable(rows));
  const missed = rows.filter((row) => verdict(row) === 'NO');
  const broken = rows.filter((row) => row.note?.startsWith('not measured'));
  console.log(
    `\n${rows.length} rows, ${missed.length} over budget, ${broken.length} not measured, ${((performance.now() - started) / 1000).toFixed(0)} s (${seconds.join(', ')}).` +
      ' Figures are medians; p10–p90 is the spread of the samples. Budgets: docs/performance.md.',
  );
}

/**
 * The share of one core this process gets right now: a busy loop's CPU time over its wall time. On a
 * machine shared with other work, wall-clock figures grow by about 1 / share.
 */
function cpuShare(): number {
  const start = performance.now();
  const cpu = process.cpuUsage();
  while (performance.now() - start < 300) Math.sqrt(Math.random());
  const used = process.cpuUsage(cpu);
  return (used.user + used.system) / 1000 / (performance.now() - start);
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.slice(0, 200);
}

await main();
