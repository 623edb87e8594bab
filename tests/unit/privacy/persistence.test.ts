import { describe, expect, it, vi } from 'vitest';
import { currentPersistence, ensurePersistentStorage } from '@/utils/privacy/persistence';

describe('ensurePersistentStorage', () => {
  it('does not ask again when storage is already persistent', async () => {
    const persist = vi.fn(async () => true);
    expect(await ensurePersistentStorage({ persisted: async () => true, persist })).toBe('persisted');
    expect(persist).not.toHaveBeenCalled();
  });

  it('reports a refusal', async () => {
    expect(await ensurePersistentStorage({ persisted: async () => false, persist: async () => false })).toBe('not-persisted');
  });

  it('reports a failing storage manager as not persistent instead of throwing', async () => {
    expect(await ensurePersistentStorage({ persisted: () => Promise.reject(new Error('SecurityError')), persist: async () => true })).toBe(
      'not-persisted',
    );
  });

  it('says so when the browser has no storage manager', async () => {
    Object.defineProperty(navigator, 'storage', { value: undefined, configurable: true });
    expect(await ensurePersistentStorage()).toBe('unsupported');
    expect(await currentPersistence()).toBe('unsupported');
  });

  it('tells where storage stands without asking', async () => {
    const persist = vi.fn(async () => true);
    expect(await currentPersistence({ persisted: async () => false, persist })).toBe('not-persisted');
    expect(await currentPersistence({ persisted: async () => true, persist })).toBe('persisted');
    expect(persist).not.toHaveBeenCalled();
  });
});
