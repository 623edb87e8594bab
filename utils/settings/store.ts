import Dexie from 'dexie';
import type { InsynDatabase } from '../db/database';
import { applyManaged, type ManagedSettings } from './managed';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from './schema';
import { upgradeSettings } from './upgrade';

/** The settings live in one row of the settings table (written by utils/store/settings.ts). */
export const SETTINGS_KEY = 'settings';

/**
 * The teacher's own settings, without the school's policy. A stored object from an older version gets the
 * new fields' defaults and changed defaults (upgrade.ts); one that no longer parses (damaged) yields the defaults and stays stored untouched,
 * so saving is a conscious act.
 */
export async function loadTeacherSettings(db: InsynDatabase): Promise<Settings> {
  const row = await db.settings.get(SETTINGS_KEY);
  if (!row) return DEFAULT_SETTINGS;
  const parsed = SettingsSchema.safeParse(upgradeSettings(row.value));
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

/**
 * What the school's policy holds (browser.storage.managed). Firefox rejects the call when no policy names
 * Insyn, Chrome answers {}; either way, and on any other failure, there is no policy.
 */
export async function readPolicy(): Promise<Record<string, unknown>> {
  try {
    const policy: unknown = await browser.storage.managed.get();
    return typeof policy === 'object' && policy !== null && !Array.isArray(policy) ? (policy as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * The policy, also from inside a database transaction: the writes of utils/store/ read the settings in theirs,
 * and IndexedDB commits a transaction that waits on anything else, so there Dexie keeps it open meanwhile. The
 * browser's promise is made outside the transaction's zone: made inside, Dexie still saw it commit early.
 */
export const policyNow = () => (Dexie.currentTransaction ? Dexie.waitFor(Dexie.ignoreTransaction(() => readPolicy())) : readPolicy());

/** The settings in force with what the school set, what it locked and what of its policy was not taken. */
export async function loadManagedSettings(db: InsynDatabase): Promise<ManagedSettings> {
  const policy = await policyNow();
  return applyManaged(await loadTeacherSettings(db), policy);
}

/** The settings in force: the teacher's, with the school's policy over them. */
export async function loadSettings(db: InsynDatabase): Promise<Settings> {
  return (await loadManagedSettings(db)).settings;
}
