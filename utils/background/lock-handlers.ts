import type { InsynDatabase } from '../db/database';
import { touchLockIdle } from '../lock/idle-alarm';
import type { Handlers } from '../messaging/router';
import { loadManagedSettings, loadSettings } from '../settings/store';
import { lockStatus, setLock, unlock } from '../store/lock';

/** The lock's requests (the dashboard's only): each use of the open lock moves the idle alarm on. */
export function lockHandlers(db: InsynDatabase): Pick<Handlers, 'lock/status' | 'lock/unlock' | 'lock/set'> {
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
  };
}
