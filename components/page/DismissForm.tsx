import { useState } from 'preact/hooks';
import type { ActionResult } from '@/utils/content/contact-flow';
import type { PupilAtRisk } from '@/utils/content/page-risks';
import { t } from '@/utils/i18n';
import { closeOnEscape, useFormFocus, useUniqueId } from './focus';
import { SealedText } from './SealedText';

export interface DismissFormProps {
  pupils: PupilAtRisk[];
  onSubmit(reason: string): Promise<ActionResult>;
  onClose(): void;
}

/** "Inte i risk": the teacher's judgement, with the reason required so it can be explained later. */
export function DismissForm({ pupils, onSubmit, onClose }: DismissFormProps) {
  const id = useUniqueId();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const first = useFormFocus<HTMLElement>();
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!reason.trim()) {
      setError(t('promptDismissReasonRequired'));
      first.current?.focus();
      return;
    }
    const result = await onSubmit(reason.trim());
    if (!result.ok) setError(result.error);
  };
  return (
    <form class="form" aria-labelledby={`${id}-h`} onSubmit={submit} onKeyDown={closeOnEscape(onClose)} noValidate data-insyn-dismiss>
      <h3 id={`${id}-h`}>{t('promptDismissHeading', { pupils: pupils.map((p) => p.pupil).join('; ') })}</h3>
      <SealedText
        id={`${id}-reason`}
        label={t('promptDismissReason')}
        fieldRef={first}
        rows={3}
        maxLength={500}
        required
        error={error}
        value={reason}
        onInput={setReason}
        onEscape={onClose}
      />
      <div class="actions">
        <button type="submit" class="primary">
          {t('promptDismissSave')}
        </button>
        <button type="button" onClick={onClose}>
          {t('pageCancel')}
        </button>
      </div>
    </form>
  );
}
