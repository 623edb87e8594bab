import type { InsynDatabase } from '../db/database';
import { isoDate, isValidDay } from '../domain/dates';
import { confirmItems } from './confirm-items';
import { CHECKLIST_RULES } from '../checklist/registry';
import type { GroupRole } from '../checklist/roles';
import { saveSettings } from './settings';
import { refreshChecklist } from './refresh-checklist';

const posted = new Set(CHECKLIST_RULES.filter((rule) => rule.tick === 'posted').map((rule) => rule.kind));

export interface PageConfirmation {
  /** The pupils of the sender tab's reading: only their items may be ticked from that tab. */
  pupilIds: readonly string[];
  itemIds: readonly string[];
  /** The day it was done (ISO), never after today. */
  on: string;
  /** "Redan gjort": done before Insyn or outside it; else ticked "skickad per post". */
  outside: boolean;
}

/**
 * The panel's ticks: "skickad per post" on a date for items that are posted home, "Redan gjort" for any
 * open item. Refused whole, before anything is written, when one item is not an open item of the tab's
 * pupils, is not posted home, or the date is not a day up to today (and, posted, from the page's date).
 */
export async function confirmOnPage(db: InsynDatabase, { pupilIds, itemIds, on, outside }: PageConfirmation, now: number): Promise<void> {
  if (!isValidDay(on) || on > isoDate(now)) throw new Error(`not a day up to today: ${on.slice(0, 20)}`);
  const onPage = new Set(pupilIds);
  const items = await db.checklist.bulkGet([...itemIds]);
  items.forEach((item, i) => {
    if (!item || !onPage.has(item.pupilId)) throw new Error(`not an item of this page: ${itemIds[i]!.slice(0, 80)}`);
    if (item.status !== 'open') throw new Error(`already done: ${item.id.slice(0, 80)}`);
    if (!outside && !posted.has(item.kind)) throw new Error(`${item.kind} is not posted home`);
    // Posted home before it was published or decided is a typing error, not a fact.
    if (!outside && item.dated && on < item.dated) throw new Error(`before the page's date ${item.dated}`);
  });
  await confirmItems(db, itemIds, on, now, outside);
}

/**
 * The teacher's answer to the panel's question about a group: remembered in her settings (the dashboard
 * edits it as before), and the group's checklist follows at once (a mentor's items come or go).
 */
export async function answerRole(db: InsynDatabase, group: string, role: GroupRole, now: number): Promise<void> {
  await saveSettings(db, { roles: { [group]: role } });
  const pupils = await db.pupils.where('group').equals(group).primaryKeys();
  if (pupils.length > 0) await refreshChecklist(db, now, pupils);
}
