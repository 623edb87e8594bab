import type { LockParams } from '../lock/crypto';
import type { InsynDatabase } from './database';

/** The settings row that holds the lock's parameters (salt, count, check): never the passphrase or the key. */
export const LOCK_KEY = 'lock';

/** The lock's parameters when a lock is set. */
export async function readLockParams(db: InsynDatabase): Promise<LockParams | undefined> {
  const value = (await db.settings.get(LOCK_KEY))?.value as Partial<LockParams> | undefined;
  if (!value || typeof value.salt !== 'string' || typeof value.check !== 'string' || typeof value.iterations !== 'number') return undefined;
  return { salt: value.salt, iterations: value.iterations, check: value.check };
}
