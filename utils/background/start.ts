import type { InsynDatabase } from '../db/database';
import { seedTemplates } from '../store/templates';
import { listen } from '../messaging/router';
import { forgetTab } from '../tabs/tab-status';
import { DAILY_ALARM, NOTIFICATION_ID, dailyCheck, followBadge, scheduleDaily } from './deadlines';
import { createHandlers } from './handlers';
import { forgetPupilsWhenLocked } from './lock-handlers';
import { LOCK_IDLE_ALARM } from '../lock/idle-alarm';
import { closeLock } from '../lock/session';
import { unlessLocked } from '../db/encrypted-fields';

/**
 * Everything the background does, wired to the browser. Listeners are registered synchronously: an MV3
 * service worker woken by an event only delivers it to listeners added in its first turn.
 */
export function startBackground(db: InsynDatabase): Promise<void> {
  listen(createHandlers(db));
  forgetPupilsWhenLocked(db);
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === DAILY_ALARM) void dailyCheck(db, Date.now()).catch(report);
    if (alarm.name === LOCK_IDLE_ALARM) void closeLock().catch(report);
  });
  browser.runtime.onStartup.addListener(() => void dailyCheck(db, Date.now()).catch(report));
  // The notifications API exists only once the teacher granted the optional permission.
  browser.notifications?.onClicked.addListener((id) => {
    if (id === NOTIFICATION_ID) void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html#checklist') });
  });
  browser.runtime.onInstalled.addListener(() => void dailyCheck(db, Date.now(), { notify: false }).catch(report));
  // At every wake of the worker: the badge follows the data from now on; idempotent set-up (the full check is daily).
  followBadge(db);
  return (async () => {
    // Closed (the browser just started), a new built-in template waits for a start with the lock open.
    await seedTemplates(db).catch(unlessLocked);
    await scheduleDaily();
  })().catch(report);
}

function report(error: unknown): void {
  console.error('Insyn background:', error);
}
