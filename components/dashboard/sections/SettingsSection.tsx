import { useEffect, useRef, useState } from 'preact/hooks';
import type { FieldProblem } from '../api';
import { CheckboxField, InputField, SelectField } from '@/components/common/Field';
import { CHECKLIST_SETTING_FIELDS } from '@/utils/checklist/registry';
import type { SettingField, Words } from '@/utils/checklist/rule';
import { getLanguage, t, type MessageKey } from '@/utils/i18n';
import type { LanguageChoice } from '@/utils/i18n/language-store';
import type { Settings } from '@/utils/settings/schema';
import { useAsync } from '@/utils/ui/use-async';
import { getPath, numberTexts, problemText, setPath, toDraft, toPatch, type Draft, type NumberPath } from './settings-form';
import { AsyncError, Loading } from './status';
import type { SectionProps } from './types';

export interface SettingsSectionProps extends SectionProps {
  /** The language was saved: the whole dashboard renders again in it. */
  onLanguageChange: (choice: LanguageChoice) => void;
}

/** The teacher's settings; the language applies at once, the rest when saved. */
export function SettingsSection(props: SettingsSectionProps) {
  const { api } = props;
  const state = useAsync(() => Promise.all([api.loadSettings(), api.loadLanguage()]), []);
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <AsyncError message={state.message} />;
  return <SettingsForm {...props} settings={state.value[0]} language={state.value[1]} />;
}

/** A message of the catalogues, or words a checklist rule carries in both languages. */
const words = (label: MessageKey | Words) => (typeof label === 'string' ? t(label) : label[getLanguage()]);

const RISK_RULES: Array<[keyof Settings['risk'], MessageKey]> = [
  ['levelNotReached', 'dashRiskRuleLevel'],
  ['gradeF', 'dashRiskRuleGradeF'],
  ['gradeDash', 'dashRiskRuleGradeDash'],
  ['commentPhrases', 'dashRiskRuleComment'],
  ['fInFinishedSubject', 'dashRiskRuleFinished'],
];

function SettingsForm({
  api,
  announce,
  fail,
  onLanguageChange,
  settings,
  language,
}: SettingsSectionProps & { settings: Settings; language: LanguageChoice }) {
  const [draft, setDraft] = useState<Draft>(() => toDraft(settings));
  const [numbers, setNumbers] = useState(numberTexts(settings));
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problems.length) summary.current?.focus();
  }, [problems]);

  const errorAt = (path: string) => {
    const problem = problems.find((p) => p.path === path);
    return problem ? problemText(problem) : undefined;
  };
  const text = (path: string, label: MessageKey | Words, hint?: MessageKey | Words) => (
    <InputField
      id={`set-${path}`}
      label={words(label)}
      hint={hint && words(hint)}
      value={String(getPath(draft, path) ?? '')}
      onChange={(value) => setDraft(setPath(draft, path, value))}
      error={errorAt(path)}
    />
  );
  const number = (path: NumberPath, label: MessageKey | Words, hint?: MessageKey | Words) => (
    <InputField
      id={`set-${path}`}
      label={words(label)}
      hint={hint && words(hint)}
      inputMode="numeric"
      value={numbers[path] ?? ''}
      onChange={(value) => setNumbers({ ...numbers, [path]: value })}
      error={errorAt(path)}
    />
  );
  const check = (path: string, label: MessageKey | Words, hint?: MessageKey | Words) => (
    <CheckboxField
      id={`set-${path}`}
      label={words(label)}
      hint={hint && words(hint)}
      checked={getPath(draft, path) === true}
      onChange={(on) => setDraft(setPath(draft, path, on))}
    />
  );
  const groupError = (path: string) => errorAt(path) && <p class="error">⚠ {errorAt(path)}</p>;
  const ruleField = (field: SettingField) => {
    if ('errorsOf' in field) return groupError(field.errorsOf);
    const render = { number, text, check }[field.input];
    return render(field.path, field.label, field.hint);
  };

  const save = async () => {
    try {
      const result = await api.saveSettings(toPatch(draft, numbers));
      if (!result.ok) {
        setProblems(result.problems);
        return;
      }
      setProblems([]);
      setDraft(toDraft(result.settings));
      setNumbers(numberTexts(result.settings));
      announce({ message: t('dashSettingsSaved') });
    } catch (error) {
      fail(error);
    }
  };

  const toggleNotifications = (on: boolean) => {
    if (!on) return setDraft(setPath(draft, 'notifications', false));
    // The permission request must start inside the click: nothing may be awaited before it.
    const asked = api.requestNotifications();
    void asked.then(
      (granted) => {
        setDraft((current) => setPath(current, 'notifications', granted));
        if (!granted) announce({ message: t('dashSettingsNotificationsDenied'), error: true });
      },
      (error: unknown) => fail(error),
    );
  };

  const changeLanguage = async (choice: LanguageChoice) => {
    try {
      await api.saveLanguage(choice);
      onLanguageChange(choice);
    } catch (error) {
      fail(error);
    }
  };

  return (
    <>
      <SelectField
        id="set-language"
        label={t('dashSettingsLanguage')}
        hint={t('dashSettingsLanguageHint')}
        value={language}
        options={[
          { value: 'auto', label: t('dashLangAuto') },
          { value: 'sv', label: t('dashLangSv') },
          { value: 'en', label: t('dashLangEn') },
        ]}
        onChange={(choice) => void changeLanguage(choice as LanguageChoice)}
      />
      <form
        class="settings"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        {problems.length > 0 && (
          <div class="error-summary" role="alert" tabIndex={-1} ref={summary}>
            <p>
              <strong>⚠ {t('dashSettingsNotSaved', { count: problems.length })}</strong>
            </p>
            <ul>
              {problems.map((p) => (
                <li key={p.path}>{problemText(p)}</li>
              ))}
            </ul>
          </div>
        )}
        <fieldset>
          <legend>{t('dashSettingsYou')}</legend>
          {text('teacherName', 'dashSettingsTeacher')}
          {text('school', 'dashSettingsSchool')}
        </fieldset>
        <fieldset>
          <legend>{t('dashSettingsTerms')}</legend>
          {groupError('terms')}
          {groupError('terms.ht')}
          {text('terms.ht.start', 'dashSettingsHtStart', 'dashSettingsMonthDayHint')}
          {text('terms.ht.end', 'dashSettingsHtEnd', 'dashSettingsMonthDayHint')}
          {groupError('terms.vt')}
          {text('terms.vt.start', 'dashSettingsVtStart', 'dashSettingsMonthDayHint')}
          {text('terms.vt.end', 'dashSettingsVtEnd', 'dashSettingsMonthDayHint')}
        </fieldset>
        <fieldset>
          <legend>{t('dashSettingsDueRules')}</legend>
          {CHECKLIST_SETTING_FIELDS.map(ruleField)}
        </fieldset>
        <fieldset>
          <legend>{t('dashSettingsRiskRules')}</legend>
          {RISK_RULES.map(([rule, label]) => (
            <div key={rule}>{check(`risk.${rule}`, label)}</div>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('dashSettingsReminders')}</legend>
          <CheckboxField
            id="set-notifications"
            label={t('dashSettingsNotifications')}
            hint={t('dashSettingsNotificationsHint')}
            checked={draft.notifications}
            onChange={toggleNotifications}
          />
          {number('retentionMonths', 'dashSettingsRetention', 'dashSettingsRetentionHint')}
        </fieldset>
        <button type="submit" class="primary">
          {t('dashSettingsSave')}
        </button>
      </form>
    </>
  );
}
