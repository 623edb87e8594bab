/**
 * The lock's cryptography (docs/privacy.md, "The lock for shared computers"): a key derived from the
 * teacher's passphrase with PBKDF2-SHA-256 (WebCrypto, once per unlock), AES-GCM and HMAC-SHA-256 for
 * what is stored. Sealing and opening are synchronous (the audited @noble libraries, the same bytes as
 * WebCrypto's): they run inside IndexedDB transactions, which a wait on WebCrypto's promises would let
 * commit early (Dexie's PrematureCommitError). Nothing here touches storage.
 */
import { gcm } from '@noble/ciphers/aes.js';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { LockProblemError } from './problems';

/** OWASP's Password Storage Cheat Sheet (2023) for PBKDF2-HMAC-SHA256. Stored with each lock, so it can rise. */
export const PBKDF2_ITERATIONS = 600_000;

const SALT_BYTES = 16;
const IV_BYTES = 12;
/** A known text sealed with the key when the lock is set: opening it tells a right passphrase from a wrong one. */
const CHECK_TEXT = 'insyn-lock-check';

/** What is stored of a lock: never the passphrase or the key. */
export interface LockParams {
  salt: string;
  iterations: number;
  check: string;
}

/** The keys of an open lock: AES-GCM for sealing, HMAC-SHA-256 for the fixed IVs of sealed ids. */
export interface LockKeys {
  seal: Uint8Array;
  mac: Uint8Array;
}

/** The passphrase does not open the lock; the message is the teacher's. */
export class WrongPassphraseError extends LockProblemError {
  constructor() {
    super('wrongPassphrase');
    this.name = 'WrongPassphraseError';
  }
}

/** A sealed value is text of this form, so a reader can tell it from one in clear. */
const SEALED_PREFIX = 'insyn-sealed:';

export function isSealed(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(SEALED_PREFIX);
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** 512 bits from the passphrase: the first half keys AES-GCM, the second HMAC. */
export async function deriveKeyBits(passphrase: string, salt: string, iterations: number): Promise<Uint8Array<ArrayBuffer>> {
  const base = await crypto.subtle.importKey('raw', encoder.encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64(salt), iterations }, base, 512);
  return new Uint8Array(bits);
}

/** The keys from the derived bits (the bits are what storage.session holds while unlocked). */
export function keysFromBits(bits: Uint8Array): LockKeys {
  if (bits.length !== 64) throw new Error('a lock’s key bits are 512');
  return { seal: bits.slice(0, 32), mac: bits.slice(32, 64) };
}

function sealWithIv(keys: LockKeys, text: string, iv: Uint8Array): string {
  const sealed = gcm(keys.seal, iv).encrypt(encoder.encode(text));
  const out = new Uint8Array(IV_BYTES + sealed.length);
  out.set(iv);
  out.set(sealed, IV_BYTES);
  return SEALED_PREFIX + toBase64(out);
}

/** Free text sealed with a fresh random IV: the same text seals differently each time. */
export function sealText(keys: LockKeys, text: string): string {
  return sealWithIv(keys, text, crypto.getRandomValues(new Uint8Array(IV_BYTES)));
}

/**
 * An id sealed the same way every time (the IV is an HMAC of the id, as in SIV), so an index of sealed
 * ids still finds a row by its id. It tells only that two sealed ids are the same id.
 */
export function sealId(keys: LockKeys, id: string): string {
  return sealWithIv(keys, id, hmac(sha256, keys.mac, encoder.encode(id)).slice(0, IV_BYTES));
}

/** The text of a sealed value; a value not sealed by these keys (another lock, tampered) throws. */
export function openSealed(keys: LockKeys, sealed: string): string {
  if (!isSealed(sealed)) throw new Error('not a sealed value');
  const bytes = fromBase64(sealed.slice(SEALED_PREFIX.length));
  return decoder.decode(gcm(keys.seal, bytes.slice(0, IV_BYTES)).decrypt(bytes.slice(IV_BYTES)));
}

/** A new lock for the passphrase: its stored parameters and its keys. */
export async function createLock(
  passphrase: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<{ params: LockParams; bits: Uint8Array<ArrayBuffer>; keys: LockKeys }> {
  const salt = toBase64(crypto.getRandomValues(new Uint8Array(SALT_BYTES)));
  const bits = await deriveKeyBits(passphrase, salt, iterations);
  const keys = keysFromBits(bits);
  return { params: { salt, iterations, check: sealText(keys, CHECK_TEXT) }, bits, keys };
}

/** The keys of a lock for its passphrase, or WrongPassphraseError. */
export async function openLock(params: LockParams, passphrase: string): Promise<{ bits: Uint8Array<ArrayBuffer>; keys: LockKeys }> {
  const bits = await deriveKeyBits(passphrase, params.salt, params.iterations);
  const keys = keysFromBits(bits);
  let check: string | undefined;
  try {
    check = openSealed(keys, params.check);
  } catch {
    // Another key fails GCM's tag: a wrong passphrase, as a wrong check text would be.
  }
  if (check !== CHECK_TEXT) throw new WrongPassphraseError();
  return { bits, keys };
}

/** The derived bits as text for storage.session, and back. */
export const bitsToText = toBase64;
export const bitsFromText = fromBase64;
