import type { InsynDatabase } from '../db/database';
import { logEvent } from '../db/events';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings, type SettingsPatch } from './schema';

/** The settings live in one row of the settings table. */
export const SETTINGS_KEY = 'settings';

/**
 * The teacher's settings. A stored object from an older version gets the new fields' defaults; one that
 * no longer parses (damaged) yields the defaults and stays stored untouched, so saving is a conscious act.
 */
export async function loadSettings(db: InsynDatabase): Promise<Settings> {
  const row = await db.settings.get(SETTINGS_KEY);
  if (!row) return DEFAULT_SETTINGS;
  const parsed = SettingsSchema.safeParse(row.value);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

/** Merges a patch into the stored settings, validates the whole, saves it and returns it. Throws a ZodError on bad input. */
export async function saveSettings(db: InsynDatabase, patch: SettingsPatch): Promise<Settings> {
  return db.transaction('rw', [db.settings, db.events], async () => {
    const next = SettingsSchema.parse(deepMerge(await loadSettings(db), patch));
    await db.settings.put({ key: SETTINGS_KEY, value: next });
    await logEvent(db, 'settings/save');
    return next;
  });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function deepMerge(base: unknown, patch: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(patch)) return patch === undefined ? base : patch;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    merged[key] = deepMerge(base[key], value);
  }
  return merged;
}
