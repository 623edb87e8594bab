import type { LockApi } from '@/components/lock/lock-api';
import { createHandlers } from '@/utils/background/handlers';
import type { InsynDatabase } from '@/utils/db/database';
import { useSealing } from '@/utils/db/encrypted-fields';
import { closeLock, contextLock } from '@/utils/lock/session';
import { freshDb } from '../db/test-db';
import { pageSender } from '../messaging/senders';

/** The lock's forms talk to the background's real handlers over a real (fake-indexeddb) database. */
export function lockApi(db: InsynDatabase = freshDb()): LockApi {
  useSealing(db, () => contextLock.state());
  const handlers = createHandlers(db);
  const sender = pageSender('insyn');
  return {
    status: () => Promise.resolve(handlers['lock/status']({}, sender)),
    set: async (passphrase) => void (await handlers['lock/set']({ passphrase }, sender)),
    unlock: async (passphrase) => void (await handlers['lock/unlock']({ passphrase }, sender)),
    remove: async (passphrase) => void (await handlers['lock/remove']({ passphrase }, sender)),
    close: closeLock,
    touch: async () => void (await handlers['lock/status']({}, sender)),
  };
}
