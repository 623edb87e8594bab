import { healthWordsIn } from '@/utils/privacy/health-words';
import { t } from '@/utils/i18n';

/**
 * A free-text field with the health-word warning under it (docs/privacy.md): it warns, never blocks,
 * and the warning is tied to the field for screen readers.
 */
export function NoteField({
  id,
  label,
  value,
  onChange,
  rows = 3,
  maxLength = 500,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  rows?: number;
  maxLength?: number;
}) {
  const words = healthWordsIn(value);
  const warningId = `${id}-health`;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <textarea
        id={id}
        rows={rows}
        maxLength={maxLength}
        value={value}
        aria-describedby={words.length ? warningId : undefined}
        onInput={(e) => onChange(e.currentTarget.value)}
      />
      {words.length > 0 && (
        <p id={warningId} class="warning" data-insyn-health>
          ⚠ {t('logHealthWarning')} {t('logHealthWords', { words: words.join(', ') })}
        </p>
      )}
    </div>
  );
}
