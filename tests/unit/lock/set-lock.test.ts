import { beforeEach, describe, expect, it } from 'vitest';
import { useSealing } from '@/utils/db/encrypted-fields';
import { WrongPassphraseError } from '@/utils/lock/crypto';
import { closeLock, contextLock, sessionKeys } from '@/utils/lock/session';
import { lockStatus, removeLock, setLock, unlock } from '@/utils/store/lock';
import { storeReading } from '@/utils/store/readings';
import { saveSettings } from '@/utils/store/settings';
import { ALVA, at, freshDb, mathsPage } from '../db/test-db';

const FAST = 1_000;

async function rawNames(name: string): Promise<string> {
  const idb = await new Promise<IDBDatabase>((resolve) => {
    const req = indexedDB.open(name);
    req.onsuccess = () => resolve(req.result);
  });
  const rows = await new Promise<unknown[]>((resolve) => {
    const req = idb.transaction('pupils').objectStore('pupils').getAll();
    req.onsuccess = () => resolve(req.result as unknown[]);
  });
  idb.close();
  return JSON.stringify(rows);
}

async function plainDatabase() {
  contextLock.setEnabled(false);
  const db = freshDb();
  useSealing(db, () => contextLock.state());
  await saveSettings(db, { teacherName: 'Lena Lärare' });
  await storeReading(db, mathsPage(), at('2025-11-05'));
  return db;
}

beforeEach(async () => {
  await closeLock();
  contextLock.setEnabled(false);
});

describe('setting, opening and removing the lock', () => {
  it('setting it seals what was stored before, and the session holds the open lock', async () => {
    const db = await plainDatabase();
    expect(await rawNames(db.name)).toContain('Andersson, Alva');
    await setLock(db, 'lärarrummets fras', FAST);
    expect(await rawNames(db.name)).not.toContain('Alva');
    expect(await rawNames(db.name)).not.toContain('andersson');
    expect((await db.pupils.get(ALVA))?.name).toBe('Andersson, Alva');
    expect(await lockStatus(db)).toEqual({ set: true, open: true });
    expect(await sessionKeys()).toBeDefined();
  });

  it('closed, it opens with the passphrase only; a wrong one is refused clearly and changes nothing', async () => {
    const db = await plainDatabase();
    await setLock(db, 'lärarrummets fras', FAST);
    await closeLock();
    expect(await lockStatus(db)).toEqual({ set: true, open: false });
    expect(await sessionKeys()).toBeUndefined();
    await expect(unlock(db, 'fel')).rejects.toBeInstanceOf(WrongPassphraseError);
    expect(await lockStatus(db)).toEqual({ set: true, open: false });
    await unlock(db, 'lärarrummets fras');
    expect((await db.pupils.get(ALVA))?.name).toBe('Andersson, Alva');
  });

  it('removing it stores every row in clear again, with nothing lost', async () => {
    const db = await plainDatabase();
    const before = await db.pupils.toArray();
    await setLock(db, 'lärarrummets fras', FAST);
    await expect(removeLock(db, 'fel')).rejects.toBeInstanceOf(WrongPassphraseError);
    await removeLock(db, 'lärarrummets fras');
    expect(await lockStatus(db)).toEqual({ set: false, open: false });
    expect(await rawNames(db.name)).toContain('Andersson, Alva');
    expect(await db.pupils.toArray()).toEqual(before);
  });
});
