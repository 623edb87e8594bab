import { describe, expect, it } from 'vitest';
import {
  PBKDF2_ITERATIONS,
  WrongPassphraseError,
  bitsToText,
  createLock,
  isSealed,
  openLock,
  openSealed,
  sealId,
  sealText,
} from '@/utils/lock/crypto';

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
    const a = sealText(keys, 'Andersson, Alva');
    const b = sealText(keys, 'Andersson, Alva');
    expect(isSealed(a)).toBe(true);
    expect(a).not.toContain('Alva');
    expect(a).not.toBe(b);
    expect(openSealed(keys, a)).toBe('Andersson, Alva');
  });

  it('seals an id the same way every time, so an index finds it', async () => {
    const { keys } = await createLock('rätt fras', FAST);
    const id = 'name:andersson, alva|5a';
    expect(sealId(keys, id)).toBe(sealId(keys, id));
    expect(sealId(keys, id)).not.toBe(sealId(keys, `${id}b`));
    expect(openSealed(keys, sealId(keys, id))).toBe(id);
  });

  it('opens with the right passphrase and refuses a wrong one with a clear message', async () => {
    const { params, keys } = await createLock('rätt fras', FAST);
    const sealed = sealText(keys, 'Ringde mamma');
    const opened = await openLock(params, 'rätt fras');
    expect(openSealed(opened.keys, sealed)).toBe('Ringde mamma');
    const wrong = openLock(params, 'fel fras');
    await expect(wrong).rejects.toBeInstanceOf(WrongPassphraseError);
    await expect(openLock(params, 'fel fras')).rejects.toThrow('Fel lösenfras: Insyn förblir låst.');
  });

  it('another lock’s keys cannot open what this one sealed', async () => {
    const one = await createLock('samma fras', FAST);
    const two = await createLock('samma fras', FAST);
    expect(() => openSealed(two.keys, sealText(one.keys, 'Alva'))).toThrow();
  });

  it('reads and writes the bytes WebCrypto’s AES-GCM and HMAC give, so rows an earlier build sealed still open', async () => {
    const { bits, keys } = await createLock('samma fras', FAST);
    const aes = await crypto.subtle.importKey('raw', bits.slice(0, 32), 'AES-GCM', false, ['encrypt', 'decrypt']);
    const mac = await crypto.subtle.importKey('raw', bits.slice(32, 64), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const byWebCrypto = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, aes, new TextEncoder().encode('Ringde pappa')));
    expect(openSealed(keys, `insyn-sealed:${bitsToText(new Uint8Array([...iv, ...byWebCrypto]))}`)).toBe('Ringde pappa');

    // An id's IV is the first 12 bytes of WebCrypto's HMAC of it, and WebCrypto opens what is sealed here.
    const id = 'name:lund, ella|5a';
    const sealed = Uint8Array.from(atob(sealId(keys, id).slice('insyn-sealed:'.length)), (c) => c.charCodeAt(0));
    const expectedIv = new Uint8Array(await crypto.subtle.sign('HMAC', mac, new TextEncoder().encode(id))).slice(0, 12);
    expect([...sealed.slice(0, 12)]).toEqual([...expectedIv]);
    const opened = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.slice(0, 12) }, aes, sealed.slice(12));
    expect(new TextDecoder().decode(opened)).toBe(id);
  });
});
