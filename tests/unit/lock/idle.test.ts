import { afterEach, describe, expect, it, vi } from 'vitest';
import { idleLock } from '@/utils/lock/idle';
import { LockHolder } from '@/utils/lock/state';
import { createLock } from '@/utils/lock/crypto';

afterEach(() => {
  vi.useRealTimers();
});

describe('the idle lock', () => {
  it('forgets the keys after the chosen idle time, and each use starts the time again', async () => {
    const holder = new LockHolder();
    holder.hold((await createLock('fras', 1_000)).keys);
    vi.useFakeTimers();
    const idle = idleLock(15 * 60_000, () => holder.forget());
    idle.touch();
    vi.advanceTimersByTime(14 * 60_000);
    expect((await holder.state()).state).toBe('open');
    idle.touch();
    vi.advanceTimersByTime(14 * 60_000);
    expect((await holder.state()).state).toBe('open');
    vi.advanceTimersByTime(60_000);
    expect((await holder.state()).state).toBe('closed');
  });

  it('locks nothing once stopped', () => {
    vi.useFakeTimers();
    const lock = vi.fn();
    const idle = idleLock(1_000, lock);
    idle.touch();
    idle.stop();
    vi.advanceTimersByTime(5_000);
    expect(lock).not.toHaveBeenCalled();
  });
});

describe('the lock holder', () => {
  it('is off without a lock, closed without keys and open with them', async () => {
    const holder = new LockHolder();
    expect(holder.state()).toEqual({ state: 'off' });
    holder.setEnabled(true);
    expect(holder.state()).toEqual({ state: 'closed' });
    holder.hold((await createLock('fras', 1_000)).keys);
    expect((await holder.state()).state).toBe('open');
    holder.forget();
    expect(holder.state()).toEqual({ state: 'closed' });
  });
});
