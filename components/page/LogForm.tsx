import { useState } from 'preact/hooks';
import type { ActionResult } from '@/utils/content/contact-flow';
import {
  healthWarning,
  initialLogFields,
  MAX_SUMMARY,
  MAX_WITH_WHOM,
  selectionError,
  validateLog,
  type ContactLog,
  type LogErrors,
  type LogFields,
} from '@/utils/content/log-form';
import type { PupilAtRisk } from '@/utils/content/page-risks';
import { CHANNELS, channelLabel, OUTCOMES, outcomeLabel } from '@/utils/content/status-text';
import { t, type MessageKey } from '@/utils/i18n';
import { closeOnEscape, useFormFocus, useUniqueId } from './focus';

export interface LogFormProps {
  /** The pupil the contact is about; with `several`, the pupils the teacher may tick. */
  pupils: PupilAtRisk[];
  several?: boolean;
  preset?: Partial<LogFields>;
  now(): Date;
  onSubmit(pupilKeys: string[], log: ContactLog): Promise<ActionResult>;
  onSaved(): void;
  onClose(): void;
}

const FIELD_ORDER: (keyof LogFields)[] = ['channel', 'withWhom', 'when', 'summary', 'outcome', 'followUp'];

/** Logging a guardian contact: for one pupil, or the same for several. A disclosure in the panel, not a dialog. */
export function LogForm({ pupils, several = false, preset, now, onSubmit, onSaved, onClose }: LogFormProps) {
  const id = useUniqueId();
  const [chosen, setChosen] = useState<string[]>(() => (several ? [] : pupils.map((p) => p.key)));
  const [choiceError, setChoiceError] = useState<MessageKey>();
  const [fields, setFields] = useState(() => initialLogFields(now(), preset));
  const [errors, setErrors] = useState<LogErrors>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const first = useFormFocus<HTMLSelectElement & HTMLInputElement>();
  const health = healthWarning(fields);
  const set = <K extends keyof LogFields>(key: K, value: LogFields[K]) => setFields((f) => ({ ...f, [key]: value }));
  const fieldId = (key: keyof LogFields) => `${id}-${key}`;
  const described = (key: keyof LogFields, extra?: string) =>
    [errors[key] ? `${fieldId(key)}-error` : '', extra ?? ''].filter(Boolean).join(' ') || undefined;
  const errorText = (key: keyof LogFields) =>
    errors[key] && (
      <p id={`${fieldId(key)}-error`} class="error">
        {t(errors[key], { max: key === 'summary' ? MAX_SUMMARY : MAX_WITH_WHOM })}
      </p>
    );

  const submit = async (event: Event) => {
    event.preventDefault();
    const root = (event.currentTarget as HTMLFormElement).getRootNode() as Document | ShadowRoot;
    const result = validateLog(fields, now());
    const noPupil = selectionError(chosen);
    setChoiceError(noPupil);
    if (noPupil) {
      root.getElementById(`${id}-pupil-0`)?.focus();
      return;
    }
    if (!result.ok) {
      setErrors(result.errors);
      const firstBad = FIELD_ORDER.find((key) => result.errors[key]);
      if (firstBad) root.getElementById(fieldId(firstBad))?.focus();
      return;
    }
    setErrors({});
    setBusy(true);
    const answer = await onSubmit(chosen, result.log);
    setBusy(false);
    if (answer.ok) onSaved();
    else {
      // Those already logged are unticked, so saving again logs only the rest.
      if (answer.saved) setChosen((keys) => keys.filter((key) => !answer.saved!.includes(key)));
      setFailure(answer.error);
    }
  };

  return (
    <form class="form" aria-labelledby={`${id}-h`} onSubmit={submit} onKeyDown={closeOnEscape(onClose)} noValidate data-insyn-log>
      <h3 id={`${id}-h`}>{several ? t('logHeadingSeveral') : t('logHeading', { pupil: pupils.map((p) => p.pupil).join('; ') })}</h3>
      {several && (
        <fieldset aria-describedby={choiceError ? `${id}-pupils-error` : undefined} data-insyn-log-pupils>
          <legend>{t('logPupils')}</legend>
          {pupils.map((pupil, index) => (
            <label key={pupil.key} class="choice">
              <input
                type="checkbox"
                id={`${id}-pupil-${index}`}
                ref={index === 0 ? first : undefined}
                checked={chosen.includes(pupil.key)}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  setChosen((keys) => (on ? [...keys, pupil.key] : keys.filter((key) => key !== pupil.key)));
                }}
              />{' '}
              {pupil.pupil}
            </label>
          ))}
          {choiceError && (
            <p id={`${id}-pupils-error`} class="error">
              {t(choiceError)}
            </p>
          )}
        </fieldset>
      )}
      <label for={fieldId('channel')}>{t('logChannel')}</label>
      <select
        id={fieldId('channel')}
        ref={several ? undefined : first}
        value={fields.channel}
        onChange={(e) => set('channel', e.currentTarget.value as LogFields['channel'])}
      >
        {CHANNELS.map((channel) => (
          <option key={channel} value={channel}>
            {channelLabel(channel)}
          </option>
        ))}
      </select>

      <label for={fieldId('withWhom')}>{t('logWithWhom')}</label>
      <input
        id={fieldId('withWhom')}
        type="text"
        maxLength={MAX_WITH_WHOM}
        autoComplete="off"
        value={fields.withWhom}
        aria-invalid={errors.withWhom ? 'true' : undefined}
        aria-describedby={described('withWhom')}
        onInput={(e) => set('withWhom', e.currentTarget.value)}
      />
      {errorText('withWhom')}

      <label for={fieldId('when')}>{t('logWhen')}</label>
      <input
        id={fieldId('when')}
        type="datetime-local"
        required
        value={fields.when}
        aria-invalid={errors.when ? 'true' : undefined}
        aria-describedby={described('when')}
        onInput={(e) => set('when', e.currentTarget.value)}
      />
      {errorText('when')}

      <label for={fieldId('summary')}>{t('logSummary')}</label>
      <textarea
        id={fieldId('summary')}
        rows={3}
        maxLength={MAX_SUMMARY}
        value={fields.summary}
        aria-invalid={errors.summary ? 'true' : undefined}
        aria-describedby={described('summary', `${id}-health`)}
        onInput={(e) => set('summary', e.currentTarget.value)}
      />
      {errorText('summary')}
      <div id={`${id}-health`} aria-live="polite" data-insyn-health>
        {health.length > 0 && (
          <p class="warning">
            {t('logHealthWarning')} {t('logHealthWords', { words: health.join(', ') })}
          </p>
        )}
      </div>

      <fieldset aria-invalid={errors.outcome ? 'true' : undefined} aria-describedby={described('outcome')}>
        <legend>{t('logOutcome')}</legend>
        {OUTCOMES.map((outcome, index) => (
          <label key={outcome} class="choice">
            <input
              type="radio"
              name="outcome"
              id={index === 0 ? fieldId('outcome') : undefined}
              value={outcome}
              checked={fields.outcome === outcome}
              onChange={() => set('outcome', outcome)}
            />{' '}
            {outcomeLabel(outcome)}
          </label>
        ))}
      </fieldset>
      {errorText('outcome')}

      <label for={fieldId('followUp')}>{t('logFollowUp')}</label>
      <input
        id={fieldId('followUp')}
        type="date"
        value={fields.followUp}
        aria-invalid={errors.followUp ? 'true' : undefined}
        aria-describedby={described('followUp')}
        onInput={(e) => set('followUp', e.currentTarget.value)}
      />
      {errorText('followUp')}

      {failure && (
        <p class="error" role="alert">
          {failure}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>
          {t('logSave')}
        </button>
        <button type="button" onClick={onClose}>
          {t('pageCancel')}
        </button>
      </div>
    </form>
  );
}
