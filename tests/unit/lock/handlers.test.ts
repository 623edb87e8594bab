import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/utils/background/handlers';
import { useSealing } from '@/utils/db/encrypted-fields';
import { LOCK_IDLE_ALARM } from '@/utils/lock/idle-alarm';
import { closeLock, contextLock } from '@/utils/lock/session';
import { freshDb } from '../db/test-db';
import { pageSender } from '../messaging/senders';

beforeEach(async () => {
  await closeLock();
  contextLock.setEnabled(false);
});

describe('the lock’s requests', () => {
  it('set, status, a wrong passphrase refused, unlock; each use moves the idle alarm on', { timeout: 60_000 }, async () => {
    const db = freshDb();
    useSealing(db, () => contextLock.state());
    const handlers = createHandlers(db);
    const sender = pageSender('insyn');
    expect(await handlers['lock/status']({}, sender)).toEqual({ set: false, open: false, required: false, idleMinutes: 15 });
    // The real count (600,000) runs here once: what a teacher's browser does when she sets the lock.
    expect(await handlers['lock/set']({ passphrase: 'lärarrummets långa fras' }, sender)).toEqual({ set: true });
    expect(await handlers['lock/status']({}, sender)).toEqual({ set: true, open: true, required: false, idleMinutes: 15 });
    expect(await fakeBrowser.alarms.get(LOCK_IDLE_ALARM)).toBeDefined();

    await closeLock();
    await fakeBrowser.alarms.clearAll();
    expect(await handlers['lock/status']({}, sender)).toEqual({ set: true, open: false, required: false, idleMinutes: 15 });
    await expect(handlers['lock/unlock']({ passphrase: 'fel fras' }, sender)).rejects.toThrow('Fel lösenfras: Insyn förblir låst.');
    expect(await handlers['lock/unlock']({ passphrase: 'lärarrummets långa fras' }, sender)).toEqual({ open: true });
    expect(await fakeBrowser.alarms.get(LOCK_IDLE_ALARM)).toBeDefined();
  });
});
