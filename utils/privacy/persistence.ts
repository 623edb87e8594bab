/**
 * Asks the browser to keep Insyn's storage when disk space runs low (navigator.storage.persist()). Without
 * it, a browser under storage pressure may clear the extension's database without asking. Chromium
 * decides by itself (an unpacked or rarely used extension is usually refused); Firefox asks the teacher,
 * so the answer may take a while. Asking again once answered changes nothing.
 */
export type Persistence = 'persisted' | 'not-persisted' | 'unsupported';

type StorageManagerLike = Pick<StorageManager, 'persist' | 'persisted'>;
const storageManager = (): StorageManagerLike | undefined => globalThis.navigator?.storage;
const usable = (storage: StorageManagerLike | undefined): storage is StorageManagerLike =>
  typeof storage?.persist === 'function' && typeof storage.persisted === 'function';

/** Whether storage is persistent now, without asking. */
export async function currentPersistence(storage = storageManager()): Promise<Persistence> {
  if (!usable(storage)) return 'unsupported';
  return (await storage.persisted().catch(() => false)) ? 'persisted' : 'not-persisted';
}

/** Asks for persistent storage unless it is already granted; resolves with the outcome. */
export async function ensurePersistentStorage(storage = storageManager()): Promise<Persistence> {
  if (!usable(storage)) return 'unsupported';
  try {
    if (await storage.persisted()) return 'persisted';
    return (await storage.persist()) ? 'persisted' : 'not-persisted';
  } catch {
    return 'not-persisted';
  }
}
