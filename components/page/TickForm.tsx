import { useState } from 'preact/hooks';
import { isValidDay } from '@/utils/domain/dates';
import { formatDate, t } from '@/utils/i18n';
import { closeOnEscape, useFormFocus, useUniqueId } from './focus';

export interface TickFormProps {
  /** The form's name: what is ticked, for whom. */
  label: string;
  /** ISO date: the default, and the latest day it may be done. */
  today: string;
  /** ISO date: the earliest day it may be done (posted home after it was published), if any. */
  earliest?: string;
  onSave(on: string): Promise<boolean>;
  onClose(): void;
}

/** The day something was done, today unless the teacher says otherwise; the one date validity, never after today. */
export function TickForm({ label, today, earliest, onSave, onClose }: TickFormProps) {
  const [on, setOn] = useState(today);
  const [invalid, setInvalid] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const first = useFormFocus<HTMLInputElement>();
  const errorId = useUniqueId();
  const submit = async (event: Event) => {
    event.preventDefault();
    const bad =
      !isValidDay(on) || on > today
        ? t('panelOwedBadDate')
        : earliest && on < earliest
          ? t('panelOwedBeforeDated', { date: formatDate(`${earliest}T12:00:00`) })
          : undefined;
    setInvalid(bad);
    if (bad || saving) return;
    setSaving(true);
    if (await onSave(on)) onClose();
    else setSaving(false);
  };
  return (
    <form
      class="tick"
      aria-label={label}
      noValidate
      onSubmit={(event) => void submit(event)}
      onKeyDown={closeOnEscape(onClose)}
      data-insyn-tick
    >
      <label>
        {t('panelOwedDate')}{' '}
        <input
          ref={first}
          type="date"
          value={on}
          max={today}
          min={earliest}
          required
          aria-invalid={invalid !== undefined}
          aria-describedby={invalid ? errorId : undefined}
          onInput={(event) => setOn(event.currentTarget.value)}
        />
      </label>
      {invalid && (
        <p class="error" id={errorId} role="alert">
          {invalid}
        </p>
      )}
      <button type="submit" class="primary" disabled={saving}>
        {t('panelOwedSave')}
      </button>
      <button type="button" onClick={onClose}>
        {t('panelOwedCancel')}
      </button>
    </form>
  );
}
