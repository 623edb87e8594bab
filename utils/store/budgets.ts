import type { InsynDatabase } from '../db/database';
import type { PageAnalysis } from '../infomentor/analysis';
import type { RiskView } from '../messaging/protocol';
import { STORAGE_BUDGET, storageState, type BudgetKind, type StorageBudget, type StorageState } from '../domain/storage-budget';
import { storeReadingWithin } from './readings';

/**
 * The budgets for what pages store (utils/domain/storage-budget.ts), applied as a reading is stored: a
 * reading that would add more new pupils than one reading, its tab's last hour or the whole store
 * allows is not stored at all (never cut to a part the teacher cannot see), and says which budget
 * stopped it. Pupils already stored are never refused, so a full store still follows the known ones.
 */
export class OverBudget extends Error {
  constructor(
    readonly kind: BudgetKind,
    readonly newPupils: number,
  ) {
    super(`over the ${kind} budget: ${newPupils} new pupils`);
  }
}

/** The rows page readings fill. */
export async function storedRows(db: InsynDatabase): Promise<number> {
  const counts = await Promise.all([db.pupils.count(), db.risks.count(), db.documents.count(), db.checklist.count()]);
  return counts.reduce((sum, count) => sum + count, 0);
}

export async function storageUse(db: InsynDatabase, budget: StorageBudget = STORAGE_BUDGET): Promise<StorageState> {
  return storageState(await storedRows(db), budget);
}

const HOUR = 60 * 60 * 1000;
/** New pupils a tab added and when, over the last hour; in storage.session, gone with the browser. */
const spentKey = (tabId: number) => `budget:${tabId}`;
type Spent = { at: number; pupils: number }[];

async function spentThisHour(tabId: number, now: number): Promise<Spent> {
  const stored = (await browser.storage.session.get(spentKey(tabId)))[spentKey(tabId)];
  return Array.isArray(stored) ? (stored as Spent).filter((entry) => now - entry.at < HOUR) : [];
}

/**
 * Stores a page's reading within the budgets; `tabId` is the tab it came from. Two readings of one tab
 * at the same moment both see the hour's budget before either spends it: at worst the tab adds one
 * reading's budget more.
 */
export async function storeWithinBudgets(
  db: InsynDatabase,
  analysis: PageAnalysis,
  now: number,
  url: string,
  tabId?: number,
  budget: StorageBudget = STORAGE_BUDGET,
): Promise<{ risks: RiskView[]; pupilIds: string[] } | { overBudget: BudgetKind }> {
  const spent = tabId === undefined ? [] : await spentThisHour(tabId, now);
  const tabLeft = budget.newPupilsPerTabHour - spent.reduce((sum, entry) => sum + entry.pupils, 0);
  try {
    const { risks, newPupils, pupilIds } = await storeReadingWithin(db, analysis, now, url, async (count) => {
      if (count > budget.newPupilsPerReading) throw new OverBudget('reading', count);
      if (count > tabLeft) throw new OverBudget('tab-hour', count);
      if ((await storedRows(db)) + count > budget.storedRows) throw new OverBudget('stored', count);
    });
    if (tabId !== undefined && newPupils)
      await browser.storage.session.set({ [spentKey(tabId)]: [...spent, { at: now, pupils: newPupils }] });
    return { risks, pupilIds };
  } catch (error) {
    if (error instanceof OverBudget) return { overBudget: error.kind };
    throw error;
  }
}
