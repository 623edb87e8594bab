import { bitsFromText, bitsToText, keysFromBits, type LockKeys } from './crypto';
import { LockHolder } from './state';

/**
 * The lock of this extension context, and the open lock shared by the background and Insyn's pages
 * through storage.session (docs/privacy.md, "The lock for shared computers"): that area lives in the
 * browser's memory only, is emptied when the browser closes, and is not given to content scripts. So one
 * unlock serves the dashboard and the background, and Chrome stopping its service worker does not lock.
 */
export const contextLock = new LockHolder();

const BITS_KEY = 'lock:bits';

/** The keys of the lock opened in this browser session, if any. */
export async function sessionKeys(): Promise<LockKeys | undefined> {
  try {
    const stored = (await browser.storage.session.get(BITS_KEY))[BITS_KEY];
    return typeof stored === 'string' ? keysFromBits(bitsFromText(stored)) : undefined;
  } catch {
    // No session area (or damaged bits): the lock stays closed and asks for the passphrase.
    return undefined;
  }
}

/** Open the lock in this context and in every other of the session. */
export async function shareOpenLock(bits: Uint8Array<ArrayBuffer>, keys: LockKeys): Promise<void> {
  contextLock.hold(keys);
  await browser.storage.session.set({ [BITS_KEY]: bitsToText(bits) });
}

/** Close the lock here and everywhere: the keys are forgotten (the background then forgets what tabs showed). */
export async function closeLock(): Promise<void> {
  contextLock.forget();
  await browser.storage.session.remove(BITS_KEY);
}

/** Calls `closed` whenever the lock of this browser session closes, wherever it was closed. */
export function whenSessionLockCloses(closed: () => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'session' && BITS_KEY in changes && typeof changes[BITS_KEY]?.newValue !== 'string') closed();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** The keys of bits another context stored; damaged bits open nothing (the lock stays closed). */
function openedBy(bits: string): LockKeys | undefined {
  try {
    return keysFromBits(bitsFromText(bits));
  } catch {
    return undefined;
  }
}

/**
 * This context follows the session: opened or closed elsewhere (the dashboard, idle, the lock removed)
 * means the same here. `isSet` tells, after a close, whether a lock is still set at all.
 */
export function followSessionLock(isSet: () => Promise<boolean>): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'session' || !(BITS_KEY in changes)) return;
    const bits = changes[BITS_KEY]?.newValue;
    const keys = typeof bits === 'string' ? openedBy(bits) : undefined;
    if (keys) contextLock.hold(keys);
    else {
      contextLock.forget();
      void isSet().then(
        (set) => contextLock.setEnabled(set),
        () => undefined,
      );
    }
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
