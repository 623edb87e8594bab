import type { InsynDatabase } from '../db/database';

/**
 * Rows of the settings table that are not the teacher's settings (those are utils/store/settings.ts):
 * values Insyn keeps for itself, such as the pseudonym key and the day it last notified.
 */
export async function putSettingRow(db: InsynDatabase, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}

/** The row's value while `valid` accepts it, else a new one from `make`, stored: made once, in one transaction. */
export async function settingMadeOnce<T>(db: InsynDatabase, key: string, valid: (value: unknown) => value is T, make: () => T): Promise<T> {
  return db.transaction('rw', db.settings, async () => {
    const value = (await db.settings.get(key))?.value;
    if (valid(value)) return value;
    const made = make();
    await db.settings.put({ key, value: made });
    return made;
  });
}
