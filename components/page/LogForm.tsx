import { useRef, useState } from 'preact/hooks';
import { Field } from '@/components/common/Field';
import type { ActionResult } from '@/utils/content/contact-flow';
import {
  guardianChoiceOf,
  healthWarning,
  initialLogFields,
  leavesOpen,
  MAX_SUMMARY,
  MAX_WITH_WHOM,
  selectionError,
  validateLog,
  type ContactLog,
  type GuardianChoice,
  type LogErrors,
  type LogFields,
} from '@/utils/content/log-form';
import type { PupilAtRisk } from '@/utils/content/page-risks';
import { CHANNELS, channelLabel, OUTCOMES, outcomeLabel } from '@/utils/content/status-text';
import { GUARDIAN_NUMBERS, type GuardianNumber } from '@/utils/domain/guardians';
import { t, type MessageKey } from '@/utils/i18n';
import { closeOnEscape, useFormFocus, useUniqueId } from './focus';
import { SealedText } from './SealedText';

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

const FIELD_ORDER: (keyof LogFields)[] = ['channel', 'withWhom', 'when', 'summary', 'outcome', 'guardians', 'retry', 'followUp'];

type SetField = <K extends keyof LogFields>(key: K, value: LogFields[K]) => void;
interface Part {
  fields: LogFields;
  set: SetField;
  fieldId(key: keyof LogFields): string;
  error(key: keyof LogFields): string | undefined;
  onClose(): void;
  onEnter(): void;
}

/** An error under a group of choices (radio buttons, checkboxes), tied to the group for screen readers. */
function GroupError({ id, text }: { id: string; text?: string }) {
  return text ? (
    <p id={id} class="error">
      {text}
    </p>
  ) : null;
}

/** Logging a guardian contact: for one pupil, or the same for several. A disclosure in the panel, not a dialog. */
export function LogForm({ pupils, several = false, preset, now, onSubmit, onSaved, onClose }: LogFormProps) {
  const id = useUniqueId();
  const choice = several ? undefined : guardianChoiceOf(pupils);
  const [chosen, setChosen] = useState<string[]>(() => (several ? [] : pupils.map((p) => p.key)));
  const [fields, setFields] = useState(() => initialLogFields(now(), preset, choice));
  const form = useRef<HTMLFormElement>(null);
  const first = useFormFocus<HTMLSelectElement & HTMLInputElement>();
  const saving = useLogSubmit({ id, fields, chosen, setChosen, form, now, onSubmit, onSaved });
  const part: Part = {
    fields,
    set: (key, value) => setFields((f) => ({ ...f, [key]: value })),
    fieldId: saving.fieldId,
    error: (key) => saving.errors[key] && t(saving.errors[key], { max: key === 'summary' ? MAX_SUMMARY : MAX_WITH_WHOM }),
    onClose,
    onEnter: () => void saving.submit(),
  };

  return (
    <form
      ref={form}
      class="form"
      aria-labelledby={`${id}-h`}
      onSubmit={(event) => void saving.submit(event)}
      onKeyDown={closeOnEscape(onClose)}
      noValidate
      data-insyn-log
    >
      <h3 id={`${id}-h`}>{several ? t('logHeadingSeveral') : t('logHeading', { pupil: pupils.map((p) => p.pupil).join('; ') })}</h3>
      {several && <PupilChoice id={id} pupils={pupils} chosen={chosen} setChosen={setChosen} error={saving.choiceError} first={first} />}
      <Field id={part.fieldId('channel')} label={t('logChannel')}>
        {(a11y) => (
          <select
            {...a11y}
            ref={several ? undefined : first}
            value={fields.channel}
            onChange={(e) => part.set('channel', e.currentTarget.value as LogFields['channel'])}
          >
            {CHANNELS.map((channel) => (
              <option key={channel} value={channel}>
                {channelLabel(channel)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextFields {...part} />
      <OutcomeChoice {...part} />
      <GuardianFields {...part} choice={choice} several={several} />
      <Field id={part.fieldId('followUp')} label={t('logFollowUp')} error={part.error('followUp')}>
        {(a11y) => <input {...a11y} type="date" value={fields.followUp} onInput={(e) => part.set('followUp', e.currentTarget.value)} />}
      </Field>
      <LogActions failure={saving.failure} busy={saving.busy} onClose={onClose} />
    </form>
  );
}

interface SubmitInput {
  id: string;
  fields: LogFields;
  chosen: string[];
  setChosen(change: (keys: string[]) => string[]): void;
  form: { current: HTMLFormElement | null };
  now(): Date;
  onSubmit: LogFormProps['onSubmit'];
  onSaved(): void;
}

/**
 * Checking and saving: the first field in error gets focus, and a save that reached only some pupils
 * leaves the rest ticked. Called by the form's submit and by Enter in a one-line field in a frame.
 */
function useLogSubmit({ id, fields, chosen, setChosen, form, now, onSubmit, onSaved }: SubmitInput) {
  const [choiceError, setChoiceError] = useState<MessageKey>();
  const [errors, setErrors] = useState<LogErrors>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const fieldId = (key: keyof LogFields) => `${id}-${key}`;
  const focus = (elementId: string) =>
    (form.current?.getRootNode() as Document | ShadowRoot | undefined)?.getElementById(elementId)?.focus();
  const submit = async (event?: Event) => {
    event?.preventDefault();
    const result = validateLog(fields, now());
    const noPupil = selectionError(chosen);
    setChoiceError(noPupil);
    if (noPupil) return focus(`${id}-pupil-0`);
    if (!result.ok) {
      setErrors(result.errors);
      const firstBad = FIELD_ORDER.find((key) => result.errors[key]);
      return firstBad && focus(fieldId(firstBad));
    }
    setErrors({});
    setBusy(true);
    const answer = await onSubmit(chosen, result.log);
    setBusy(false);
    if (answer.ok) return onSaved();
    // Those already logged are unticked, so saving again logs only the rest.
    if (answer.saved) setChosen((keys) => keys.filter((key) => !answer.saved!.includes(key)));
    setFailure(answer.error);
  };
  return { choiceError, errors, failure, busy, fieldId, submit };
}

function LogActions({ failure, busy, onClose }: { failure?: string; busy: boolean; onClose(): void }) {
  return (
    <>
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
    </>
  );
}

function PupilChoice(props: {
  id: string;
  pupils: PupilAtRisk[];
  chosen: string[];
  setChosen(change: (keys: string[]) => string[]): void;
  error?: MessageKey;
  first: { current: HTMLInputElement | null };
}) {
  const { id, pupils, chosen, setChosen, error, first } = props;
  return (
    <fieldset aria-describedby={error ? `${id}-pupils-error` : undefined} data-insyn-log-pupils>
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
      <GroupError id={`${id}-pupils-error`} text={error && t(error)} />
    </fieldset>
  );
}

/** With whom, when, and what was said (with the health-words warning beside it). */
function TextFields({ fields, set, fieldId, error, onClose, onEnter }: Part) {
  const health = healthWarning(fields);
  return (
    <>
      <SealedText
        id={fieldId('withWhom')}
        label={t('logWithWhom')}
        error={error('withWhom')}
        maxLength={MAX_WITH_WHOM}
        value={fields.withWhom}
        onInput={(value) => set('withWhom', value)}
        onEscape={onClose}
        onEnter={onEnter}
      />
      <Field id={fieldId('when')} label={t('logWhen')} error={error('when')}>
        {(a11y) => (
          <input {...a11y} type="datetime-local" required value={fields.when} onInput={(e) => set('when', e.currentTarget.value)} />
        )}
      </Field>
      <SealedText
        id={fieldId('summary')}
        label={t('logSummary')}
        error={error('summary')}
        rows={3}
        maxLength={MAX_SUMMARY}
        describedBy={`${fieldId('summary')}-health`}
        value={fields.summary}
        onInput={(value) => set('summary', value)}
        onEscape={onClose}
      />
      {/* A live region: a summary in a frame hears it so, as it cannot be described from outside the frame. */}
      <div id={`${fieldId('summary')}-health`} aria-live="polite" data-insyn-health>
        {health.length > 0 && (
          <p class="warning">
            {t('logHealthWarning')} {t('logHealthWords', { words: health.join(', ') })}
          </p>
        )}
      </div>
    </>
  );
}

function OutcomeChoice({ fields, set, fieldId, error }: Part) {
  const errorId = `${fieldId('outcome')}-error`;
  return (
    <>
      <fieldset aria-invalid={error('outcome') ? 'true' : undefined} aria-describedby={error('outcome') ? errorId : undefined}>
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
      <GroupError id={errorId} text={error('outcome')} />
    </>
  );
}

/**
 * Which guardians the contact was with (only when two are owed), and when to try again while the
 * contact leaves one of them uninformed: the next school day unless the teacher picks another.
 */
function GuardianFields({ fields, set, fieldId, error, choice, several }: Part & { choice?: GuardianChoice; several: boolean }) {
  const shown: readonly GuardianNumber[] = several ? GUARDIAN_NUMBERS : (choice?.owed ?? []);
  const errorId = `${fieldId('guardians')}-error`;
  const toggle = (guardian: GuardianNumber, on: boolean) =>
    set('guardians', on ? [...fields.guardians, guardian] : fields.guardians.filter((g) => g !== guardian));
  return (
    <>
      {shown.length > 1 && (
        <fieldset
          aria-invalid={error('guardians') ? 'true' : undefined}
          aria-describedby={error('guardians') ? errorId : undefined}
          data-insyn-log-guardians
        >
          <legend>{t('logGuardians')}</legend>
          {shown.map((guardian, index) => (
            <label key={guardian} class="choice">
              <input
                type="checkbox"
                id={index === 0 ? fieldId('guardians') : undefined}
                checked={fields.guardians.includes(guardian)}
                onChange={(e) => toggle(guardian, e.currentTarget.checked)}
              />{' '}
              {t('logGuardian', { number: guardian })}
            </label>
          ))}
          <GroupError id={errorId} text={error('guardians')} />
        </fieldset>
      )}
      {leavesOpen(fields, choice) && (
        <Field id={fieldId('retry')} label={t('logRetry')} hint={t('logRetryHint')} error={error('retry')}>
          {(a11y) => <input {...a11y} type="date" value={fields.retry} onInput={(e) => set('retry', e.currentTarget.value)} />}
        </Field>
      )}
    </>
  );
}
