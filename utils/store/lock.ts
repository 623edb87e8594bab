import { InsynDatabase } from '../db/database';
import { SEALED_TABLES, openStoredRow, sealStoredRow } from '../db/encrypted-fields';
import { LOCK_KEY, readLockParams } from '../db/lock-params';
import { createLock, openLock } from '../lock/crypto';
import { closeLock, contextLock, shareOpenLock } from '../lock/session';
import { logEvent } from '../db/events';
import { LockProblemError } from '../lock/problems';
import { loadManagedSettings } from '../settings/store';

/**
 * Setting, opening and removing the lock (docs/privacy.md, "The lock for shared computers"). Setting it
 * seals every row already stored; removing it opens them again. Both run in one transaction on the rows
 * as IndexedDB keeps them (a second connection without the sealing), so a row is never half done.
 */
export async function setLock(db: InsynDatabase, passphrase: string, iterations?: number): Promise<void> {
  if (await readLockParams(db)) throw new LockProblemError('alreadySet');
  const { params, bits, keys } = await createLock(passphrase, iterations);
  // Open here first, so what the sealed connection writes meanwhile is sealed too.
  await shareOpenLock(bits, keys);
  await rewriteRows(
    db.name,
    (table, row) => sealStoredRow(keys, table, row),
    (raw) => raw.settings.put({ key: LOCK_KEY, value: params }),
  );
  await logEvent(db, 'lock/set');
}

/** Unlock with the passphrase: here and in every context of this browser session. */
export async function unlock(db: InsynDatabase, passphrase: string): Promise<void> {
  const params = await readLockParams(db);
  if (!params) return;
  const { bits, keys } = await openLock(params, passphrase);
  await shareOpenLock(bits, keys);
}

/**
 * Remove the lock (the passphrase is asked again): every row is stored in clear once more. Refused while
 * the school's policy requires the lock (`lockRequired`), before the passphrase is even tried.
 */
export async function removeLock(db: InsynDatabase, passphrase: string): Promise<void> {
  const params = await readLockParams(db);
  if (!params) return;
  if ((await loadManagedSettings(db)).settings.lockRequired) throw new LockProblemError('required');
  const { keys } = await openLock(params, passphrase);
  await rewriteRows(
    db.name,
    (table, row) => openStoredRow(keys, table, row),
    (raw) => raw.settings.delete(LOCK_KEY),
  );
  contextLock.setEnabled(false);
  await closeLock();
}

/** Whether a lock is set, and whether it is open in this context. */
export async function lockStatus(db: InsynDatabase): Promise<{ set: boolean; open: boolean }> {
  const state = await contextLock.state();
  return { set: Boolean(await readLockParams(db)), open: state.state === 'open' };
}

async function rewriteRows(
  name: string,
  rewrite: (table: string, row: unknown) => unknown,
  last: (raw: InsynDatabase) => Promise<unknown>,
): Promise<void> {
  const raw = new InsynDatabase(name);
  try {
    const tables = Object.keys(SEALED_TABLES).map((table) => raw.table(table));
    await raw.transaction('rw', [...tables, raw.settings], async () => {
      for (const table of tables) {
        const rows = await table.toArray();
        const rewritten = rows.map((row) => rewrite(table.name, row));
        await table.clear();
        await table.bulkPut(rewritten);
      }
      await last(raw);
    });
  } finally {
    raw.close();
  }
}
