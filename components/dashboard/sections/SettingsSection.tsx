import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { FieldProblem } from '../api';
import { CheckboxField, FieldError, InputField, SelectField, TextAreaField } from '@/components/common/Field';
import { PrivacyPolicyLink } from '@/components/common/PrivacyPolicyLink';
import { CHECKLIST_SETTING_FIELDS } from '@/utils/checklist/registry';
import type { SettingField, Words } from '@/utils/checklist/rule';
import { getLanguage, t, tCount, type MessageKey } from '@/utils/i18n';
import type { LanguageChoice } from '@/utils/i18n/language-store';
import { isLocked, type ManagedSettings } from '@/utils/settings/managed';
import type { Settings } from '@/utils/settings/schema';
import { useAsync } from '@/utils/ui/use-async';
import { getPath, numberTexts, problemText, setPath, toDraft, toPatch, withoutLocked, type Draft, type NumberPath } from './settings-form';
import { LANGUAGES, languageLabel } from '../labels';
import { BreaksFieldset } from './BreaksFieldset';
import { RolesFieldset } from './RolesFieldset';
import { AsyncError, Loading } from './status';
import type { SectionProps } from './types';

export interface SettingsSectionProps extends SectionProps {
  /** The language was saved: the whole dashboard renders again in it. */
  onLanguageChange: (choice: LanguageChoice) => void;
}

/** The teacher's settings; the language applies at once, the rest when saved; what the school set is locked. */
export function SettingsSection(props: SettingsSectionProps) {
  const { api } = props;
  const state = useAsync(() => Promise.all([api.loadManagedSettings(), api.loadLanguage(), api.groups()]), []);
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <AsyncError message={state.message} />;
  return (
    <>
      <LanguageSelect {...props} language={state.value[1]} />
      <ManagedNotice managed={state.value[0]} />
      <SettingsForm {...props} managed={state.value[0]} groups={state.value[2]} />
      <PrivacyPolicyLink />
    </>
  );
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

function LanguageSelect({ api, fail, onLanguageChange, language }: SettingsSectionProps & { language: LanguageChoice }) {
  const changeLanguage = async (choice: LanguageChoice) => {
    try {
      await api.saveLanguage(choice);
      onLanguageChange(choice);
    } catch (error) {
      fail(error);
    }
  };
  return (
    <SelectField
      id="set-language"
      label={t('dashSettingsLanguage')}
      hint={t('dashSettingsLanguageHint')}
      value={language}
      options={[{ value: 'auto', label: t('dashLangAuto') }, ...LANGUAGES.map((lang) => ({ value: lang, label: languageLabel(lang) }))]}
      onChange={(choice) => void changeLanguage(choice as LanguageChoice)}
    />
  );
}

/** That the school set some settings, and which of its policy's keys Insyn could not use. */
function ManagedNotice({ managed: { locked, problems } }: { managed: ManagedSettings }) {
  if (!locked.length && !problems.length) return null;
  return (
    <div class="managed-notice" role="note">
      {locked.length > 0 && <p>{t('dashSettingsManaged')}</p>}
      {problems.length > 0 && (
        <ul>
          {problems.map(({ key, reason }) => (
            <li key={key}>
              <FieldError
                text={t('dashSettingsManagedIgnored', {
                  key,
                  reason: t(reason === 'unknown' ? 'dashSettingsManagedUnknown' : 'dashSettingsManagedInvalid'),
                })}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function ErrorSummary({ problems, summary }: { problems: FieldProblem[]; summary: RefObject<HTMLDivElement | null> }) {
  if (!problems.length) return null;
  return (
    <div class="error-summary" role="alert" tabIndex={-1} ref={summary}>
      <p>
        <strong>⚠ {tCount('dashSettingsNotSaved', problems.length)}</strong>
      </p>
      <ul>
        {problems.map((p) => (
          <li key={p.path}>{problemText(p)}</li>
        ))}
      </ul>
    </div>
  );
}

type Label = MessageKey | Words;

/** The form's controls, each bound to its path in the draft, its error and whether the school locked it. */
function useControls(
  draft: Draft,
  setDraft: (next: Draft) => void,
  problems: FieldProblem[],
  locked: readonly string[],
  initial: Settings,
) {
  const [numbers, setNumbers] = useState(numberTexts(initial));
  const errorAt = (path: string) => {
    const problem = problems.find((p) => p.path === path);
    return problem ? problemText(problem) : undefined;
  };
  const common = (path: string, label: Label, hint?: Label) => ({
    id: `set-${path}`,
    label: words(label),
    hint: hint && words(hint),
    locked: isLocked(locked, path),
  });
  // A line (InputField) or a longer text (TextAreaField), bound alike.
  const textual = (Control: typeof InputField | typeof TextAreaField) => (path: string, label: Label, hint?: Label) => (
    <Control
      {...common(path, label, hint)}
      value={String(getPath(draft, path) ?? '')}
      onChange={(value) => setDraft(setPath(draft, path, value))}
      error={errorAt(path)}
    />
  );
  return {
    numbers,
    errorAt,
    setNumbers,
    text: textual(InputField),
    area: textual(TextAreaField),
    number: (path: NumberPath, label: Label, hint?: Label) => (
      <InputField
        {...common(path, label, hint)}
        inputMode="numeric"
        value={numbers[path] ?? ''}
        onChange={(value) => setNumbers({ ...numbers, [path]: value })}
        error={errorAt(path)}
      />
    ),
    check: (path: string, label: Label, hint?: Label) => (
      <CheckboxField
        {...common(path, label, hint)}
        checked={getPath(draft, path) === true}
        onChange={(on) => setDraft(setPath(draft, path, on))}
      />
    ),
    groupError: (path: string) => {
      const error = errorAt(path);
      return error && <FieldError as="p" text={error} />;
    },
  };
}

function SettingsForm({
  api,
  announce,
  fail,
  managed,
  groups,
}: SettingsSectionProps & { managed: ManagedSettings; groups: readonly string[] }) {
  const [draft, setDraft] = useState<Draft>(() => toDraft(managed.settings));
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const controls = useControls(draft, setDraft, problems, managed.locked, managed.settings);
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problems.length) summary.current?.focus();
  }, [problems]);

  const save = async () => {
    try {
      const result = await api.saveSettings(withoutLocked(toPatch(draft, controls.numbers), managed.locked));
      setProblems(result.ok ? [] : result.problems);
      if (!result.ok) return;
      setDraft(toDraft(result.settings));
      controls.setNumbers(numberTexts(result.settings));
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

  return (
    <form
      class="settings"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <ErrorSummary problems={problems} summary={summary} />
      <Fieldsets controls={controls} notifications={draft.notifications} toggleNotifications={toggleNotifications} />
      <BreaksFieldset
        breaks={draft.terms.breaks}
        onChange={(breaks) => setDraft(setPath(draft, 'terms.breaks', breaks))}
        errorAt={controls.errorAt}
      />
      <RolesFieldset groups={groups} roles={draft.roles} onChange={(roles) => setDraft(setPath(draft, 'roles', roles))} />
      <button type="submit" class="primary">
        {t('dashSettingsSave')}
      </button>
    </form>
  );
}

function Fieldsets({
  controls: { text, area, number, check, groupError },
  notifications,
  toggleNotifications,
}: {
  controls: ReturnType<typeof useControls>;
  notifications: boolean;
  toggleNotifications: (on: boolean) => void;
}) {
  const ruleField = (field: SettingField) => {
    if ('errorsOf' in field) return groupError(field.errorsOf);
    return { number, text, check }[field.input](field.path, field.label, field.hint);
  };
  return (
    <>
      <fieldset>
        <legend>{t('dashSettingsYou')}</legend>
        {text('teacherName', 'dashSettingsTeacher')}
        {text('school', 'dashSettingsSchool')}
        {text('municipality', 'dashSettingsMunicipality', 'dashSettingsMunicipalityHint')}
      </fieldset>
      <TermsFieldset text={text} groupError={groupError} />
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
        <legend>{t('dashSettingsProtected')}</legend>
        {area('protectedDataRoutine', 'dashSettingsProtectedRoutine', 'dashSettingsProtectedRoutineHint')}
      </fieldset>
      <fieldset>
        <legend>{t('dashSettingsExport')}</legend>
        {check('pseudonymiseExports', 'dashSettingsExportPseudonymise', 'dashSettingsExportPseudonymiseHint')}
      </fieldset>
      <fieldset>
        <legend>{t('dashSettingsReminders')}</legend>
        <CheckboxField
          id="set-notifications"
          label={t('dashSettingsNotifications')}
          hint={t('dashSettingsNotificationsHint')}
          checked={notifications}
          onChange={toggleNotifications}
        />
        {number('retentionMonths', 'dashSettingsRetention', 'dashSettingsRetentionHint')}
      </fieldset>
    </>
  );
}

/** The terms' first and last days, each term's error beside its days. */
function TermsFieldset({ text, groupError }: Pick<ReturnType<typeof useControls>, 'text' | 'groupError'>) {
  return (
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
  );
}
