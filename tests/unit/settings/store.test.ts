import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { DEFAULT_RISK_RULES } from '@/utils/risk/rules';
import { DEFAULT_SETTINGS } from '@/utils/settings/schema';
import { loadSettings, SETTINGS_KEY } from '@/utils/settings/store';
import { saveSettings } from '@/utils/store/settings';
import { freshDb } from '../db/test-db';

describe('settings', () => {
  it('has the defaults of a typical Swedish school year', () => {
    expect(DEFAULT_SETTINGS.terms).toEqual({
      ht: { start: '08-15', end: '12-20' },
      vt: { start: '01-08', end: '06-12' },
      breaks: [
        { name: 'Höstlov', from: '2026-10-26', to: '2026-10-30' },
        { name: 'Jullov', from: '2026-12-21', to: '2027-01-07' },
        { name: 'Sportlov', from: '2027-03-01', to: '2027-03-05' },
        { name: 'Påsklov', from: '2027-03-29', to: '2027-04-02' },
        { name: 'Kristi himmelsfärd', from: '2027-05-06', to: '2027-05-07' },
      ],
    });
    expect(DEFAULT_SETTINGS.roles).toEqual({});
    expect(DEFAULT_SETTINGS.rules.guardianContact.withinSchoolDays).toBe(5);
    expect(DEFAULT_SETTINGS.rules.writtenAssessment).toEqual({ weeksBeforeTermEnd: 2, years: { from: 1, to: 6 } });
    expect(DEFAULT_SETTINGS.rules.iup).toEqual({ publishBy: '11-30', years: { from: 1, to: 5 }, postWithinDays: 7 });
    expect(DEFAULT_SETTINGS.rules.decision.sendHomeWithinDays).toBe(7);
    expect(DEFAULT_SETTINGS.rules.progressMeeting).toBe(true);
    expect(DEFAULT_SETTINGS.notifications).toBe(false);
    expect(DEFAULT_SETTINGS.risk).toEqual(DEFAULT_RISK_RULES);
    expect(DEFAULT_SETTINGS.retentionMonths).toBe(13);
    expect(DEFAULT_SETTINGS.language).toBe('auto');
  });

  it('loads the defaults when nothing is stored', async () => {
    expect(await loadSettings(freshDb())).toEqual(DEFAULT_SETTINGS);
  });

  it('saves a partial change deep into the stored settings', async () => {
    const db = freshDb();
    await saveSettings(db, { teacherName: 'Lena Lärare', rules: { iup: { publishBy: '12-15' } } });
    const saved = await saveSettings(db, { school: 'Ekskolan', terms: { vt: { end: '06-10' } } });
    expect(saved.teacherName).toBe('Lena Lärare');
    expect(saved.rules.iup).toEqual({ publishBy: '12-15', years: { from: 1, to: 5 }, postWithinDays: 7 });
    expect(saved.terms.vt).toEqual({ start: '01-08', end: '06-10' });
    expect(await loadSettings(db)).toEqual(saved);
    expect((await db.events.toArray()).filter((e) => e.action === 'settings/save')).toHaveLength(2);
  });

  it('refuses invalid settings with a clear error and keeps what was saved', async () => {
    const db = freshDb();
    await saveSettings(db, { teacherName: 'Lena' });
    await expect(saveSettings(db, { terms: { ht: { start: '13-01' } } })).rejects.toBeInstanceOf(ZodError);
    await expect(saveSettings(db, { terms: { ht: { start: '12-30', end: '12-01' } } })).rejects.toThrow(/ends after it starts/);
    await expect(saveSettings(db, { retentionMonths: 0 })).rejects.toBeInstanceOf(ZodError);
    expect((await loadSettings(db)).teacherName).toBe('Lena');
    expect((await loadSettings(db)).terms).toEqual(DEFAULT_SETTINGS.terms);
  });

  it('fills fields an older version did not store', async () => {
    const db = freshDb();
    await db.settings.put({ key: SETTINGS_KEY, value: { teacherName: 'Ahmed', rules: { progressMeeting: true } } });
    const settings = await loadSettings(db);
    expect(settings.teacherName).toBe('Ahmed');
    expect(settings.rules.progressMeeting).toBe(true);
    expect(settings.rules.guardianContact.withinSchoolDays).toBe(5);
    expect(settings.risk).toEqual(DEFAULT_RISK_RULES);
  });

  it('falls back to the defaults on damaged stored settings without overwriting them', async () => {
    const db = freshDb();
    await db.settings.put({ key: SETTINGS_KEY, value: { retentionMonths: 'forever' } });
    expect(await loadSettings(db)).toEqual(DEFAULT_SETTINGS);
    expect((await db.settings.get(SETTINGS_KEY))?.value).toEqual({ retentionMonths: 'forever' });
  });

  it('ignores prototype keys in a patch', async () => {
    const db = freshDb();
    const patch = JSON.parse('{"__proto__": {"polluted": true}, "school": "X"}');
    const saved = await saveSettings(db, patch);
    expect(saved.school).toBe('X');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
