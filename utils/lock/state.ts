import type { LockKeys } from './crypto';

/** Where the lock stands, asked at each database operation: off (no lock), open (its keys), or closed. */
export type SealingState = { state: 'off' } | { state: 'open'; keys: LockKeys } | { state: 'closed' };

/**
 * The lock of this extension context. The keys live only in this memory while unlocked; forgetting them
 * (idle, the browser closing, "Lås") closes the lock until the passphrase is given again.
 */
export class LockHolder {
  private keys: LockKeys | undefined;
  private enabled = false;

  /** Whether a lock is set (its parameters are stored), whatever the keys. */
  setEnabled(enabled: boolean): void {
    this.enabled = enabled;
    if (!enabled) this.keys = undefined;
  }

  hold(keys: LockKeys): void {
    this.enabled = true;
    this.keys = keys;
  }

  forget(): void {
    this.keys = undefined;
  }

  state(): SealingState {
    if (!this.enabled) return { state: 'off' };
    return this.keys ? { state: 'open', keys: this.keys } : { state: 'closed' };
  }
}
