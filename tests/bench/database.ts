import { launchChromium } from '../tools/chromium';
import { bundleForBrowser } from './bundle';
import { DATABASE_CASES, EXPORT_BUDGET_MS, LIST_BUDGET_MS, type CaseTimes } from './database-cases';
import { SIZES } from './seed-data';
import { summarise } from './stats';
import type { Row } from './table';

const SAMPLES = 3;

/**
 * The dashboard's lists, filters and CSV exports on a full database, in Chromium's IndexedDB inside
 * Insyn's own dashboard page (the extension origin, where the real database lives). fake-indexeddb
 * in Node is not used: it is orders of magnitude slower on cursors and would mislead.
 */
export async function databaseInChromium(): Promise<Row[]> {
  const code = await bundleForBrowser('./browser-database.ts');
  // No InfoMentor page is opened, so no fixture server is needed; port 9 (discard) is never reached.
  const browser = await launchChromium({ fixturePort: 9 });
  try {
    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('dashboard.html'));
    await page.evaluate(code);
    const { seedMs, times } = (await page.evaluate(`insynDbBench.run(${SAMPLES})`)) as {
      seedMs: number;
      times: Record<string, CaseTimes>;
    };
    const note = `${SIZES.contacts} contacts, ${SIZES.checklist} checklist items, ${SIZES.events} events, ${SIZES.risks} risks, ${SIZES.pupils} pupils`;
    const rows = DATABASE_CASES.flatMap((dbCase): Row[] => {
      const budget = { limit: dbCase.kind === 'export' ? EXPORT_BUDGET_MS : LIST_BUDGET_MS };
      const { cold, warm } = times[dbCase.name] ?? { cold: [], warm: [] };
      const group = 'database (Chromium)';
      if (dbCase.kind === 'export')
        return [{ group, measure: dbCase.name, unit: 'ms', summary: summarise(cold), budget, note: 'the export button: read, CSV' }];
      return [
        {
          group,
          measure: `${dbCase.name}, first time`,
          unit: 'ms',
          summary: summarise(cold),
          budget,
          note: 'right after a write: nothing in memory',
        },
        {
          group,
          measure: `${dbCase.name}, again`,
          unit: 'ms',
          summary: summarise(warm),
          budget,
          note: 'next filter change, no write between',
        },
      ];
    });
    return [...rows, { group: 'database (Chromium)', measure: 'seeding (setup, not a budget)', unit: 'ms', value: seedMs, note }];
  } finally {
    await browser.close();
  }
}
