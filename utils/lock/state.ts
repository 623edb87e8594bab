import type { LockKeys } from './crypto';

/** Where the lock stands, asked at each database operation: off (no lock), open (its keys), or closed. */
export type SealingState = { state: 'off' } | { state: 'open'; keys: LockKeys } | { state: 'closed' };

/**
 * The lock of this extension context. The keys live only in memory while unlocked; forgetting them (idle,
 * the browser closing, "Lås nu") closes the lock until the passphrase is given again. Until the context
 * has learnt whether a lock is set (`begin`), the database waits: nothing is written in clear meanwhile.
 */
export class LockHolder {
  private keys: LockKeys | undefined;
  private enabled = false;
  private loading: Promise<void> | undefined;

  /** Learn the lock's state (is one set, are its keys in this session) before the first operation. */
  begin(load: () => Promise<{ enabled: boolean; keys?: LockKeys }>): void {
    this.loading = load().then(
      ({ enabled, keys }) => {
        this.enabled = enabled;
        this.keys ??= enabled ? keys : undefined;
        this.loading = undefined;
      },
      () => {
        // Not knowing is treated as locked: reads stay sealed and writes are refused, never made in clear.
        this.enabled = true;
        this.loading = undefined;
      },
    );
  }

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

  state(): SealingState | Promise<SealingState> {
    if (this.loading) return this.loading.then(() => this.state());
    if (!this.enabled) return { state: 'off' };
    return this.keys ? { state: 'open', keys: this.keys } : { state: 'closed' };
  }
}
