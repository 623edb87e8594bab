import type { InsynDatabase } from '../db/database';
import { logEvent } from '../db/events';
import { applyManaged, deepMerge } from '../settings/managed';
import { SettingsSchema, type Settings, type SettingsPatch } from '../settings/schema';
import { loadTeacherSettings, policyNow, SETTINGS_KEY } from '../settings/store';
import { SETTINGS_REVISION } from '../settings/upgrade';

/**
 * Merges a patch into the teacher's stored settings, validates the whole, saves it and returns the settings in
 * force. The school's values are never stored as hers, so they go when the policy drops them. Throws a
 * ZodError on bad input.
 */
export async function saveSettings(db: InsynDatabase, patch: SettingsPatch): Promise<Settings> {
  const policy = await policyNow();
  const saved = await db.transaction('rw', [db.settings, db.events], async () => {
    const next = SettingsSchema.parse(deepMerge(await loadTeacherSettings(db), patch));
    await db.settings.put({ key: SETTINGS_KEY, value: { ...next, revision: SETTINGS_REVISION } });
    await logEvent(db, 'settings/save');
    return next;
  });
  return applyManaged(saved, policy).settings;
}
