import { createHash } from 'node:crypto';

/**
 * Chrome's extension id for a manifest `key`: the first 128 bits of the SHA-256 of the public key, written
 * with the letters a–p for the hex digits 0–f.
 */
export function chromeExtensionId(key: string): string {
  const digest = createHash('sha256').update(Buffer.from(key, 'base64')).digest('hex').slice(0, 32);
  return [...digest].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}
