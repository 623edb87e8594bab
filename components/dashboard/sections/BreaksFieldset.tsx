import { InputField } from '@/components/common/Field';
import type { SchoolBreak } from '@/utils/domain/terms';
import { t } from '@/utils/i18n';

/** The school's lov and days off as date ranges: no deadline falls on them. A day off is a range of one day. */
export function BreaksFieldset({
  breaks,
  onChange,
  errorAt,
}: {
  breaks: readonly SchoolBreak[];
  onChange: (breaks: SchoolBreak[]) => void;
  errorAt: (path: string) => string | undefined;
}) {
  const set = (i: number, patch: Partial<SchoolBreak>) => onChange(breaks.map((b, j) => (j === i ? { ...b, ...patch } : b)));
  return (
    <fieldset class="breaks">
      <legend>{t('dashSettingsBreaks')}</legend>
      <p class="hint">{t('dashSettingsBreaksHint')}</p>
      {breaks.map((b, i) => (
        <div class="break-row" key={i} role="group" aria-label={b.name || t('dashSettingsBreakName')}>
          <InputField
            id={`set-break-${i}-name`}
            label={t('dashSettingsBreakName')}
            value={b.name}
            onChange={(name) => set(i, { name })}
            error={errorAt(`terms.breaks.${i}.name`)}
          />
          {(['from', 'to'] as const).map((end) => (
            <InputField
              key={end}
              id={`set-break-${i}-${end}`}
              type="date"
              label={t(end === 'from' ? 'dashSettingsBreakFrom' : 'dashSettingsBreakTo')}
              value={b[end]}
              onChange={(date) => set(i, { [end]: date })}
              // A range that ends before it starts is the break's own error, shown at its first day.
              error={errorAt(`terms.breaks.${i}.${end}`) ?? (end === 'from' ? errorAt(`terms.breaks.${i}`) : undefined)}
            />
          ))}
          <button type="button" onClick={() => onChange(breaks.filter((_, j) => j !== i))}>
            {t('dashSettingsBreakRemove', { name: b.name || String(i + 1) })}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...breaks, { name: '', from: '', to: '' }])}>
        {t('dashSettingsBreakAdd')}
      </button>
    </fieldset>
  );
}
