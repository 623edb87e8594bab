import type { InsynDatabase } from '../db/database';
import { settingMadeOnce } from '../store/setting-rows';
import { newPseudonymKey, PSEUDONYM_KEY_SETTING } from './pseudonymise';

const isKey = (value: unknown): value is string => typeof value === 'string' && value.length >= 16;

/**
 * This browser's pseudonym key, made on first use. Kept so a pupil gets the same code in every export
 * (a principal can follow a code from term to term); a backup carries it, a pseudonymised file never does.
 */
export async function pseudonymKey(db: InsynDatabase): Promise<string> {
  return settingMadeOnce(db, PSEUDONYM_KEY_SETTING, isKey, newPseudonymKey);
}
