import type { Browser } from 'wxt/browser';
import type { InsynDatabase } from '../db/database';
import { isoDate } from '../domain/dates';
import { dueCounts, owedOnPage } from '../checklist/on-page';
import type { OwedOnPage } from '../checklist/owed-view';
import { groupsWithoutRole } from '../checklist/roles';
import type { Handlers } from '../messaging/router';
import { loadSettings } from '../settings/store';
import { answerRole, confirmOnPage } from '../store/page-checklist';
import { loadTabStatus, tabPupilIds } from '../tabs/tab-status';

type Sender = Browser.runtime.MessageSender;
type ChecklistHandlers = Pick<Handlers, 'checklist/for-page' | 'checklist/confirm' | 'checklist/due' | 'roles/answer' | 'week/open'>;

/** The dashboard's "Den här veckan" (components/dashboard/sections/OverviewSection.tsx). */
const WEEK_PAGE = '/dashboard.html#overview';

/**
 * The panel's checklist: what is owed for the pupils of the sender tab's reading, and its ticks. The tab's
 * pupils are what the background stored from that tab's own readings (page/read), never what a message
 * names, so a tab can neither see nor tick another page's pupils.
 */
export function createChecklistHandlers(db: InsynDatabase, now: () => number): ChecklistHandlers {
  const tabOf = async (sender: Sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return { pupilIds: [], kind: 'unknown' as const };
    const [pupilIds, status] = await Promise.all([tabPupilIds(tabId), loadTabStatus(tabId)]);
    return { pupilIds, kind: status?.kind ?? ('unknown' as const) };
  };
  const owed = async (sender: Sender): Promise<OwedOnPage> => {
    const { pupilIds, kind } = await tabOf(sender);
    if (pupilIds.length === 0) return { items: [], askRole: [] };
    const [items, settings, pupils] = await Promise.all([owedOnPage(db, pupilIds, kind), loadSettings(db), db.pupils.bulkGet(pupilIds)]);
    return {
      items,
      askRole: groupsWithoutRole(
        pupils.map((p) => p?.group),
        settings.roles,
      ),
    };
  };
  return {
    'checklist/for-page': (_payload, sender) => owed(sender),
    async 'checklist/confirm'({ itemIds, on, outside }, sender) {
      const { pupilIds } = await tabOf(sender);
      await confirmOnPage(db, { pupilIds, itemIds, on, outside }, now());
      return owed(sender);
    },
    'checklist/due': () => dueCounts(db, isoDate(now())),
    async 'roles/answer'({ group, role }, sender) {
      const { pupilIds } = await tabOf(sender);
      const groups = (await db.pupils.bulkGet(pupilIds)).map((p) => p?.group);
      if (!groups.includes(group)) throw new Error('not a group of this page');
      await answerRole(db, group, role, now());
      return owed(sender);
    },
    async 'week/open'() {
      await browser.tabs.create({ url: browser.runtime.getURL(WEEK_PAGE) });
      return { opened: true };
    },
  };
}
