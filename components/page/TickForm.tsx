import { useState } from 'preact/hooks';
import { isValidDay } from '@/utils/domain/dates';
import { t } from '@/utils/i18n';
import { closeOnEscape, useFormFocus, useUniqueId } from './focus';

export interface TickFormProps {
  /** The form's name: what is ticked, for whom. */
  label: string;
  /** ISO date: the default, and the latest day it may be done. */
  today: string;
  onSave(on: string): Promise<boolean>;
  onClose(): void;
}

/** The day something was done, today unless the teacher says otherwise; the one date validity, never after today. */
export function TickForm({ label, today, onSave, onClose }: TickFormProps) {
  const [on, setOn] = useState(today);
  const [invalid, setInvalid] = useState(false);
  const [saving, setSaving] = useState(false);
  const first = useFormFocus<HTMLInputElement>();
  const errorId = useUniqueId();
  const submit = async (event: Event) => {
    event.preventDefault();
    const bad = !isValidDay(on) || on > today;
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
          required
          aria-invalid={invalid}
          aria-describedby={invalid ? errorId : undefined}
          onInput={(event) => setOn(event.currentTarget.value)}
        />
      </label>
      {invalid && (
        <p class="error" id={errorId} role="alert">
          {t('panelOwedBadDate')}
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
