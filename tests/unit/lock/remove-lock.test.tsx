import { cleanup, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import sv from '@/public/_locales/sv/messages.json';
import { UnlockForm } from '@/components/lock/LockForm';
import { SharedComputer } from '@/components/privacy/SharedComputer';
import { useSealing } from '@/utils/db/encrypted-fields';
import { setLanguage } from '@/utils/i18n';
import { closeLock, contextLock } from '@/utils/lock/session';
import { lockStatus, removeLock, setLock } from '@/utils/store/lock';
import { storeReading } from '@/utils/store/readings';
import { ALVA, at, freshDb, mathsPage } from '../db/test-db';
import { lockApi } from './lock-api';
import { rawDump } from './raw-dump';

const PASSPHRASE = 'lärarrummets fras';

/** A database with the page's pupils, sealed under a lock set with `PASSPHRASE` (a low count: tests only). */
async function lockedDatabase() {
  const db = freshDb();
  useSealing(db, () => contextLock.state());
  await storeReading(db, mathsPage(), at('2025-11-05'));
  await setLock(db, PASSPHRASE, 1_000);
  return db;
}

/** The Swedish texts of the lock's messages: none may show in the English interface. */
const swedishLockTexts = Object.entries(sv)
  .filter(([key]) => /^(dashLock|lock|privacyLock|privacyShared)/.test(key))
  .map(([, { message }]) => message.split('{')[0]!.trim())
  .filter((text) => text.length > 8);

beforeEach(async () => {
  setLanguage('sv');
  await closeLock();
  contextLock.setEnabled(false);
});
afterEach(cleanup);

describe('removing the lock (issue 22)', () => {
  it('in the store: the passphrase is asked, and the school’s requirement refuses it before anything changes', async () => {
    const db = await lockedDatabase();
    await fakeBrowser.storage.managed.set({ lockRequired: true });
    await expect(removeLock(db, PASSPHRASE)).rejects.toThrow('Skolan kräver låset på den här datorn');
    expect(await lockStatus(db)).toEqual({ set: true, open: true });
    expect(await rawDump(db.name)).not.toContain('Andersson, Alva');

    await fakeBrowser.storage.managed.remove('lockRequired');
    await removeLock(db, PASSPHRASE);
    expect(await lockStatus(db)).toEqual({ set: false, open: false });
    expect(await rawDump(db.name)).toContain('Andersson, Alva');
  });

  it('"Ta bort låset" asks the passphrase, refuses a wrong one, and then stores everything in clear', async () => {
    const user = userEvent.setup();
    const db = await lockedDatabase();
    render(<SharedComputer lock={lockApi(db)} />);
    expect(await screen.findByText(/Låset är på/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Ta bort låset' }));
    await user.click(screen.getByRole('button', { name: 'Ta bort låset nu' }));
    expect(screen.getByText(/⚠ Skriv lösenfrasen\./)).toBeTruthy();
    await user.type(screen.getByLabelText('Lösenfras'), 'fel fras');
    await user.click(screen.getByRole('button', { name: 'Ta bort låset nu' }));
    expect(await screen.findByText(/Fel lösenfras: Insyn förblir låst\./)).toBeTruthy();
    expect(await lockStatus(db)).toEqual({ set: true, open: true });

    await user.clear(screen.getByLabelText('Lösenfras'));
    await user.type(screen.getByLabelText('Lösenfras'), PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Ta bort låset nu' }));
    expect(await screen.findByText(/Utan lås kan alla/)).toBeTruthy();
    expect(await lockStatus(db)).toEqual({ set: false, open: false });
    expect((await db.pupils.get(ALVA))?.name).toBe('Andersson, Alva');
    expect(await rawDump(db.name)).toContain('Andersson, Alva');
  });

  it('required by the school, no button: the section says why', async () => {
    const db = await lockedDatabase();
    await fakeBrowser.storage.managed.set({ lockRequired: true });
    render(<SharedComputer lock={lockApi(db)} />);
    expect(await screen.findByText('Skolan kräver låset på den här datorn, så det går inte att ta bort.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Ta bort låset' })).toBeNull();
  });
});

describe('the lock in English', () => {
  it('the refusals and notices are English: a wrong passphrase, an empty one, the lock on, the school’s requirement', async () => {
    setLanguage('en');
    const user = userEvent.setup();
    const db = await lockedDatabase();
    await closeLock();
    const api = lockApi(db);
    const { container } = render(<UnlockForm api={api} onDone={() => undefined} />);
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByText(/Type the passphrase\./)).toBeTruthy();
    await user.type(screen.getByLabelText('Passphrase'), 'wrong words');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    // The background threw in Swedish (its language); the teacher reads it in hers.
    expect(await screen.findByText(/Wrong passphrase: Insyn stays locked\./)).toBeTruthy();
    const unlockText = container.textContent ?? '';
    cleanup();

    await api.unlock(PASSPHRASE);
    await fakeBrowser.storage.managed.set({ lockRequired: true });
    const shared = render(<SharedComputer lock={api} />);
    expect(await screen.findByText(/The lock is on/)).toBeTruthy();
    expect(screen.getByText(/Your school requires the lock/)).toBeTruthy();
    for (const text of swedishLockTexts) expect(unlockText + shared.container.textContent).not.toContain(text);
    expect(swedishLockTexts.length).toBeGreaterThan(15);
  });
});
