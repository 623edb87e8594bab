/**
 * Locks after a chosen idle time: every use of Insyn's data `touch`es it, and when none came for
 * `idleMs` it calls `lock`. Timers are injected so a test drives them without waiting.
 */
export interface IdleTimers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: IdleTimers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface IdleLock {
  touch(): void;
  stop(): void;
}

export function idleLock(idleMs: number, lock: () => void, timers: IdleTimers = realTimers): IdleLock {
  let handle: unknown;
  const stop = () => {
    if (handle !== undefined) timers.clear(handle);
    handle = undefined;
  };
  return {
    touch() {
      stop();
      handle = timers.set(() => {
        handle = undefined;
        lock();
      }, idleMs);
    },
    stop,
  };
}
