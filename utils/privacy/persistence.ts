/**
 * Asks the browser to keep Insyn's storage when disk space runs low (navigator.storage.persist()). Without
 * it, a browser under storage pressure may clear the extension's database without asking. Asking again
 * when already granted changes nothing, so callers may ask on every open.
 */
export type Persistence = 'persisted' | 'not-persisted' | 'unsupported';

type StorageManagerLike = Pick<StorageManager, 'persist' | 'persisted'>;

export async function ensurePersistentStorage(storage: StorageManagerLike | undefined = globalThis.navigator?.storage): Promise<Persistence> {
  if (typeof storage?.persist !== 'function' || typeof storage.persisted !== 'function') return 'unsupported';
  try {
    if (await storage.persisted()) return 'persisted';
    return (await storage.persist()) ? 'persisted' : 'not-persisted';
  } catch {
    return 'not-persisted';
  }
}
