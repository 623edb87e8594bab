/**
 * The idle lock in the background: an alarm, because Chrome may stop the service worker (and its timers)
 * long before the idle time is up; the alarm wakes it to close the lock (utils/background/start.ts).
 * Each use of the open lock moves the alarm on.
 */
export const LOCK_IDLE_ALARM = 'insyn-lock-idle';

export async function touchLockIdle(minutes: number): Promise<void> {
  await browser.alarms.create(LOCK_IDLE_ALARM, { delayInMinutes: minutes });
}
