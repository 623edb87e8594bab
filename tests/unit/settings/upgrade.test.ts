import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/utils/settings/schema';
import { loadSettings, SETTINGS_KEY } from '@/utils/settings/store';
import { saveSettings } from '@/utils/store/settings';
import { SETTINGS_REVISION, upgradeSettings } from '@/utils/settings/upgrade';
import { freshDb } from '../db/test-db';

/** Settings as an earlier version saved them: the whole object, with the progress meeting's old default. */
const savedBefore = (progressMeeting: boolean) => ({
  ...DEFAULT_SETTINGS,
  teacherName: 'Lena Lärare',
  rules: { ...DEFAULT_SETTINGS.rules, progressMeeting },
});

describe('settings saved before a default changed', () => {
  it('turns the progress meeting on once for settings saved with the old default, keeping the rest', async () => {
    const db = freshDb();
    await db.settings.put({ key: SETTINGS_KEY, value: savedBefore(false) });
    const loaded = await loadSettings(db);
    expect(loaded.rules.progressMeeting).toBe(true);
    expect(loaded.teacherName).toBe('Lena Lärare');
    // The next save stores it upgraded, with today's revision.
    await saveSettings(db, { school: 'Björkskolan' });
    expect((await db.settings.get(SETTINGS_KEY))?.value).toMatchObject({ revision: SETTINGS_REVISION, rules: { progressMeeting: true } });
  });

  it('a teacher who switches it off since keeps it off', async () => {
    const db = freshDb();
    await db.settings.put({ key: SETTINGS_KEY, value: savedBefore(false) });
    await saveSettings(db, { rules: { progressMeeting: false } });
    expect((await loadSettings(db)).rules.progressMeeting).toBe(false);
    await saveSettings(db, { school: 'Björkskolan' });
    expect((await loadSettings(db)).rules.progressMeeting).toBe(false);
  });

  it('leaves settings of this revision, non-objects and other values as they are', () => {
    const current = { ...savedBefore(false), revision: SETTINGS_REVISION };
    expect(upgradeSettings(current)).toBe(current);
    const on = savedBefore(true);
    expect(upgradeSettings(on)).toBe(on);
    expect(upgradeSettings('damaged')).toBe('damaged');
    expect(upgradeSettings(null)).toBeNull();
  });
});
