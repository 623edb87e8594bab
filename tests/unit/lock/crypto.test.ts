import { describe, expect, it } from 'vitest';
import { PBKDF2_ITERATIONS, WrongPassphraseError, createLock, isSealed, openLock, openSealed, sealId, sealText } from '@/utils/lock/crypto';

/** A low count keeps the round trips quick; the stored count is what opening uses, as the last test shows. */
const FAST = 1_000;

describe('the lock’s cryptography', () => {
  it('derives at OWASP’s current PBKDF2-SHA-256 count by default and stores the count with the lock', async () => {
    expect(PBKDF2_ITERATIONS).toBe(600_000);
    const { params } = await createLock('hemlig fras på lärarrummet');
    expect(params.iterations).toBe(600_000);
    expect(params.salt).toMatch(/^[A-Za-z0-9+/]+=*$/);
  });

  it('seals text so it reads back, never in clear, and differently each time', async () => {
    const { keys } = await createLock('rätt fras', FAST);
    const a = await sealText(keys, 'Andersson, Alva');
    const b = await sealText(keys, 'Andersson, Alva');
    expect(isSealed(a)).toBe(true);
    expect(a).not.toContain('Alva');
    expect(a).not.toBe(b);
    expect(await openSealed(keys, a)).toBe('Andersson, Alva');
  });

  it('seals an id the same way every time, so an index finds it', async () => {
    const { keys } = await createLock('rätt fras', FAST);
    const id = 'name:andersson, alva|5a';
    expect(await sealId(keys, id)).toBe(await sealId(keys, id));
    expect(await sealId(keys, id)).not.toBe(await sealId(keys, `${id}b`));
    expect(await openSealed(keys, await sealId(keys, id))).toBe(id);
  });

  it('opens with the right passphrase and refuses a wrong one with a clear message', async () => {
    const { params, keys } = await createLock('rätt fras', FAST);
    const sealed = await sealText(keys, 'Ringde mamma');
    const opened = await openLock(params, 'rätt fras');
    expect(await openSealed(opened.keys, sealed)).toBe('Ringde mamma');
    const wrong = openLock(params, 'fel fras');
    await expect(wrong).rejects.toBeInstanceOf(WrongPassphraseError);
    await expect(openLock(params, 'fel fras')).rejects.toThrow('Fel lösenfras: Insyn förblir låst.');
  });

  it('another lock’s keys cannot open what this one sealed', async () => {
    const one = await createLock('samma fras', FAST);
    const two = await createLock('samma fras', FAST);
    await expect(openSealed(two.keys, await sealText(one.keys, 'Alva'))).rejects.toThrow();
  });
});
