import type { InsynDatabase } from '../db/database';
import { dueCounts } from '../checklist/on-page';
import { isoDate } from '../domain/dates';

/**
 * `startAnyway` for a tab with nothing to read (utils/background/inject-content.ts): the panel's calm due
 * summary on InfoMentor's start page, news and calendar needs the content script, so it starts there when
 * something on the checklist is overdue or due this week; with nothing due the page pays nothing.
 */
export function startWhenDue(db: InsynDatabase, now: () => number = Date.now): () => Promise<boolean> {
  return async () => {
    const { overdue, thisWeek } = await dueCounts(db, isoDate(now()));
    return overdue + thisWeek > 0;
  };
}
