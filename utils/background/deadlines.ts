import { liveQuery } from 'dexie';
import { refreshChecklist } from '../store/refresh-checklist';
import type { InsynDatabase } from '../db/database';
import { countOpenDue } from '../db/open-items';
import { addDays, isoDate } from '../domain/dates';
import { t } from '../i18n';
import { applyStoredLanguage } from '../i18n/language-store';
import { loadSettings } from '../settings/store';
import { runScheduledPurge } from '../store/purge';
import { putSettingRow } from '../store/setting-rows';

export const DAILY_ALARM = 'insyn-daily';
const SOON_DAYS = 7;
const NOTIFIED_KEY = 'notified-on';
export const NOTIFICATION_ID = 'insyn-due';

/** Open checklist items that are overdue or due within a week of `today` (ISO date). */
export function countDueSoon(db: InsynDatabase, today: string): Promise<number> {
  return countOpenDue(db, addDays(today, SOON_DAYS));
}

type ToolbarButton = Pick<typeof browser.action, 'setBadgeText' | 'setBadgeBackgroundColor' | 'setTitle'>;

/** Chrome MV3 has `action`; Firefox MV2 has `browserAction` with the same badge calls. */
function toolbarButton(): ToolbarButton | undefined {
  return browser.action ?? (browser as unknown as { browserAction?: ToolbarButton }).browserAction;
}

/** Shows `count` items due soon on the toolbar button (nothing when none), with a title saying what it counts. */
async function showBadge(count: number): Promise<void> {
  const button = toolbarButton();
  if (!button) return;
  await applyStoredLanguage();
  await button.setBadgeText({ text: count === 0 ? '' : count > 999 ? '999+' : String(count) });
  if (count > 0) await button.setBadgeBackgroundColor({ color: '#B3261E' });
  await button.setTitle({ title: count === 0 ? t('extName') : t('bgBadgeTitle', { count }) });
}

/** Counts the items due soon and shows the count on the toolbar button. */
export async function updateBadge(db: InsynDatabase, now: number): Promise<number> {
  const count = await countDueSoon(db, isoDate(now));
  await showBadge(count);
  return count;
}

/**
 * Keeps the toolbar badge in step with the data: Dexie's live query counts again after every write to the
 * checklist, whichever context made it (Dexie tells the extension's other pages and the background through a
 * BroadcastChannel). Every context that writes follows it itself, since an MV3 service worker that sleeps
 * hears no broadcast. Returns the unsubscribe.
 */
export function followBadge(db: InsynDatabase, now: () => number = Date.now): () => void {
  const subscription = liveQuery(() => countDueSoon(db, isoDate(now()))).subscribe({
    next: (count) => void showBadge(count).catch(reportBadge),
    error: reportBadge,
  });
  return () => subscription.unsubscribe();
}

function reportBadge(error: unknown): void {
  console.error('Insyn badge:', error);
}

/**
 * Tells the teacher once a day what is due, only when they switched notifications on and the browser
 * granted the optional permission.
 */
async function notifyDue(db: InsynDatabase, count: number, now: number): Promise<boolean> {
  if (count === 0 || !(await loadSettings(db)).notifications) return false;
  const today = isoDate(now);
  if ((await db.settings.get(NOTIFIED_KEY))?.value === today) return false;
  if (!(await browser.permissions.contains({ permissions: ['notifications'] }))) return false;
  await applyStoredLanguage();
  // The manifest's own icon; WXT lists public/icon/<size>.png there. Chrome refuses a notification without one.
  const icons = browser.runtime.getManifest().icons ?? {};
  const icon = icons['128'] ?? Object.values(icons).at(-1);
  await browser.notifications.create(NOTIFICATION_ID, {
    type: 'basic',
    iconUrl: icon ? new URL(icon, browser.runtime.getURL('/')).href : '',
    title: t('bgNotifyTitle'),
    message: t('bgNotifyBody', { count }),
  });
  await putSettingRow(db, NOTIFIED_KEY, today);
  return true;
}

/**
 * The daily check: deletes what retention has listed long enough, brings the whole checklist up to date,
 * shows the count, and notifies if asked to. A failed purge does not stop the reminders.
 */
export async function dailyCheck(db: InsynDatabase, now: number, { notify = true } = {}): Promise<number> {
  await runScheduledPurge(db, now).catch((error: unknown) => console.error('Insyn retention:', error));
  await refreshChecklist(db, now);
  const count = await updateBadge(db, now);
  if (notify) await notifyDue(db, count, now);
  return count;
}

/** Creates the daily alarm unless it exists (re-creating it at every start would keep postponing it). */
export async function scheduleDaily(): Promise<void> {
  if (await browser.alarms.get(DAILY_ALARM)) return;
  await browser.alarms.create(DAILY_ALARM, { delayInMinutes: 1, periodInMinutes: 24 * 60 });
}
