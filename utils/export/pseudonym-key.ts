import type { InsynDatabase } from '../db/database';
import { newPseudonymKey, PSEUDONYM_KEY_SETTING } from './pseudonymise';

/**
 * This browser's pseudonym key, made on first use. Kept so a pupil gets the same code in every export
 * (a principal can follow a code from term to term); a backup carries it, a pseudonymised file never does.
 */
export async function pseudonymKey(db: InsynDatabase): Promise<string> {
  return db.transaction('rw', db.settings, async () => {
    const row = await db.settings.get(PSEUDONYM_KEY_SETTING);
    if (typeof row?.value === 'string' && row.value.length >= 16) return row.value;
    const key = newPseudonymKey();
    await db.settings.put({ key: PSEUDONYM_KEY_SETTING, value: key });
    return key;
  });
}
