import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyManaged, isLocked, MANAGED_SETTING_KEYS } from '@/utils/settings/managed';
import { managedSchema } from '@/utils/settings/managed-schema';
import { DEFAULT_SETTINGS, SettingsSchema } from '@/utils/settings/schema';
import { DEFAULT_BREAKS } from '@/utils/domain/terms';
import { loadManagedSettings, loadSettings, loadTeacherSettings, readPolicy } from '@/utils/settings/store';
import { saveSettings } from '@/utils/store/settings';
import { storeReading } from '@/utils/store/readings';
import { at, freshDb, mathsPage } from '../db/test-db';
import { sampleRecipe } from '../recipes/sample';

const TEMPLATE = { id: 'ek-1', name: 'Ekskolans brev', lang: 'sv', subject: 'Om {pupil}', body: 'Hej! {reasons}\n{school}' };

describe('managed settings (applyManaged)', () => {
  it('puts the school’s values over the teacher’s and locks exactly the fields it set', () => {
    const teacher = SettingsSchema.parse({ teacherName: 'Lena', school: 'Min skola', terms: { ht: { start: '08-20' } } });
    const { settings, locked, problems } = applyManaged(teacher, {
      school: 'Ekskolan',
      terms: { vt: { start: '01-09', end: '06-11' } },
      rules: { guardianContact: { withinSchoolDays: 3 } },
    });
    expect(problems).toEqual([]);
    expect(settings).toMatchObject({ teacherName: 'Lena', school: 'Ekskolan' });
    // The teacher's autumn term stays hers: the school set only the spring term.
    // The lov the policy does not set keep their defaults.
    expect(settings.terms).toEqual({ ht: { start: '08-20', end: '12-20' }, vt: { start: '01-09', end: '06-11' }, breaks: DEFAULT_BREAKS });
    expect(settings.rules.guardianContact.withinSchoolDays).toBe(3);
    expect(settings.rules.iup).toEqual(DEFAULT_SETTINGS.rules.iup);
    expect(locked.sort()).toEqual(['rules.guardianContact.withinSchoolDays', 'school', 'terms.vt.end', 'terms.vt.start']);
    expect(isLocked(locked, 'terms.vt.start')).toBe(true);
    expect(isLocked(locked, 'terms.ht.start')).toBe(false);
    expect(isLocked(locked, 'teacherName')).toBe(false);
  });

  it('ignores a malformed or unknown key with a problem, and uses the rest of the policy', () => {
    const { settings, locked, problems } = applyManaged(DEFAULT_SETTINGS, {
      school: 'Ekskolan',
      retentionMonths: 500,
      terms: { ht: { start: '15 augusti' } },
      gradingScale: 'A-F',
      teacherName: 'Rektor',
      templates: [{ name: 'no id, no body' }],
    });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, school: 'Ekskolan' });
    expect(locked).toEqual(['school']);
    expect(problems).toEqual([
      { key: 'retentionMonths', reason: 'invalid' },
      { key: 'terms', reason: 'invalid' },
      { key: 'gradingScale', reason: 'unknown' },
      // Who the teacher is is hers alone: a policy cannot set it.
      { key: 'teacherName', reason: 'unknown' },
      { key: 'templates', reason: 'invalid' },
    ]);
  });

  it('takes the school’s page recipes, checked as a teacher’s are, and refuses a broken one', () => {
    const recipe = sampleRecipe({ id: 'ekskolan-lage' });
    expect(applyManaged(DEFAULT_SETTINGS, { recipes: [recipe] }).recipes).toEqual([recipe]);
    const broken = applyManaged(DEFAULT_SETTINGS, { recipes: [{ ...recipe, match: { host: 'exempel.se<', path: '/*' } }] });
    expect(broken.recipes).toEqual([]);
    expect(broken.problems).toEqual([{ key: 'recipes', reason: 'invalid' }]);
  });

  it('takes the school’s templates', () => {
    expect(applyManaged(DEFAULT_SETTINGS, { templates: [TEMPLATE] }).templates).toEqual([TEMPLATE]);
  });

  it('locks a whole group the policy gives, and never a field the settings do not have', () => {
    const { locked } = applyManaged(DEFAULT_SETTINGS, { risk: { gradeDash: false, nonsense: true }, rules: { progressMeeting: true } });
    expect(locked.sort()).toEqual(['risk.gradeDash', 'rules.progressMeeting']);
  });

  it('manages the municipality, the routine for protected personal data and the export’s default, each with its type', () => {
    const policy = { municipality: 'Exby kommun', protectedDataRoutine: 'Kontakta rektor.', pseudonymiseExports: true };
    const { settings, locked, problems } = applyManaged(DEFAULT_SETTINGS, policy);
    expect(problems).toEqual([]);
    expect(settings).toMatchObject(policy);
    expect(locked.sort()).toEqual(['municipality', 'protectedDataRoutine', 'pseudonymiseExports']);
    expect(managedSchema().properties).toMatchObject({
      municipality: { type: 'string' },
      protectedDataRoutine: { type: 'string' },
      pseudonymiseExports: { type: 'boolean' },
    });
    const wrong = applyManaged(DEFAULT_SETTINGS, { municipality: 'x'.repeat(201), protectedDataRoutine: 7, pseudonymiseExports: 'yes' });
    expect(wrong.problems.map((p) => p.key).sort()).toEqual(['municipality', 'protectedDataRoutine', 'pseudonymiseExports']);
    expect(wrong.settings).toMatchObject({ municipality: '', protectedDataRoutine: '', pseudonymiseExports: false });
  });

  it('manages every setting but the teacher’s own name, language and reminders', () => {
    expect([...MANAGED_SETTING_KEYS].sort()).toEqual(
      Object.keys(SettingsSchema.shape)
        .filter((key) => !['teacherName', 'language', 'notifications'].includes(key))
        .sort(),
    );
  });
});

describe('managed settings in the store', () => {
  it('reads the policy from storage.managed, and none when Firefox says there is none', async () => {
    await fakeBrowser.storage.managed.set({ school: 'Ekskolan' });
    expect(await readPolicy()).toEqual({ school: 'Ekskolan' });
    const get = vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    try {
      expect(await readPolicy()).toEqual({});
    } finally {
      get.mockRestore();
    }
  });

  it('never stores the school’s values as the teacher’s: her own value is back when the policy drops the key', async () => {
    const db = freshDb();
    await saveSettings(db, { school: 'Min gamla skola', retentionMonths: 24 });
    await fakeBrowser.storage.managed.set({ school: 'Ekskolan', retentionMonths: 6 });
    expect(await loadSettings(db)).toMatchObject({ school: 'Ekskolan', retentionMonths: 6 });
    const saved = await saveSettings(db, { teacherName: 'Lena' });
    expect(saved).toMatchObject({ teacherName: 'Lena', school: 'Ekskolan', retentionMonths: 6 });
    expect(await loadTeacherSettings(db)).toMatchObject({ teacherName: 'Lena', school: 'Min gamla skola', retentionMonths: 24 });

    await fakeBrowser.storage.managed.remove('school');
    expect(await loadSettings(db)).toMatchObject({ teacherName: 'Lena', school: 'Min gamla skola', retentionMonths: 6 });
    expect((await loadManagedSettings(db)).locked).toEqual(['retentionMonths']);
  });

  it('reads the policy inside a write’s transaction without the transaction committing early', async () => {
    const db = freshDb();
    // The browser answers in a later task, as a real one does: IndexedDB would commit a transaction left waiting.
    const get = vi
      .spyOn(fakeBrowser.storage.managed, 'get')
      .mockImplementation(() => new Promise((resolve) => setTimeout(() => resolve({ terms: { ht: { start: '11-01' } } }), 20)));
    try {
      await storeReading(db, mathsPage({ context: { group: '5A', subject: 'Matematik' } }), at('2025-10-15'));
    } finally {
      get.mockRestore();
    }
    // Before 1 November, on the school's calendar, is the spring term.
    expect((await db.risks.toArray()).map((risk) => risk.term)).toContain('Vt 2025');
  });
});
