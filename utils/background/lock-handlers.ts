import type { InsynDatabase } from '../db/database';
import { readLockParams } from '../db/lock-params';
import { whenSessionLockCloses } from '../lock/session';
import { forgetShownPupils } from '../tabs/tab-status';
import { LOCK_IDLE_ALARM, touchLockIdle } from '../lock/idle-alarm';
import type { Handlers } from '../messaging/router';
import { loadManagedSettings, loadSettings } from '../settings/store';
import { lockStatus, removeLock, setLock, unlock } from '../store/lock';

/** The lock's requests (the dashboard's only): each use of the open lock moves the idle alarm on. */
export function lockHandlers(db: InsynDatabase): Pick<Handlers, 'lock/status' | 'lock/unlock' | 'lock/set' | 'lock/remove'> {
  return {
    async 'lock/status'() {
      const { settings } = await loadManagedSettings(db);
      const status = await lockStatus(db);
      if (status.open) await touchLockIdle(settings.lockIdleMinutes);
      return { ...status, required: settings.lockRequired, idleMinutes: settings.lockIdleMinutes };
    },
    async 'lock/unlock'({ passphrase }) {
      await unlock(db, passphrase);
      await touchLockIdle((await loadSettings(db)).lockIdleMinutes);
      return { open: true };
    },
    async 'lock/set'({ passphrase }) {
      await setLock(db, passphrase);
      await touchLockIdle((await loadSettings(db)).lockIdleMinutes);
      return { set: true };
    },
    async 'lock/remove'({ passphrase }) {
      await removeLock(db, passphrase);
      await browser.alarms.clear(LOCK_IDLE_ALARM);
      return { set: false };
    },
  };
}

/**
 * The lock closed (idle, "Lås nu", in any context): what the tabs' readings showed of pupils is forgotten
 * from the session too. Not when the lock was removed: then nothing is sealed and the tabs keep theirs.
 */
export function forgetPupilsWhenLocked(db: InsynDatabase): () => void {
  return whenSessionLockCloses(() => {
    void readLockParams(db).then(
      (params) => (params ? forgetShownPupils() : undefined),
      () => forgetShownPupils(),
    );
  });
}
