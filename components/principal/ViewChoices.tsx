import { t } from '@/utils/i18n';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

interface ViewChoicesProps {
  asOf: string;
  onAsOf: (day: string) => void;
  days: number | undefined;
  onDays: (n: number) => void;
  staleDays: number | undefined;
  onStaleDays: (n: number) => void;
  pseudonymise: boolean;
  onPseudonymise: (on: boolean) => void;
  keepKey: boolean;
  onKeepKey: (on: boolean) => void;
}

function NumberChoice({
  label,
  value,
  max,
  onValue,
}: {
  label: string;
  value: number | undefined;
  max: number;
  onValue: (n: number) => void;
}) {
  return (
    <p>
      <label>
        {label}{' '}
        <input
          type="number"
          min={0}
          max={max}
          value={value ?? ''}
          onChange={(e) => {
            const next = Number(e.currentTarget.value);
            if (Number.isInteger(next) && next >= 0 && next <= max) onValue(next);
          }}
        />
      </label>
    </p>
  );
}

/** What the school view is made of: the view date, the window in school days, when a file is old, pseudonyms. */
export function ViewChoices(props: ViewChoicesProps) {
  const { asOf, onAsOf, days, onDays, staleDays, onStaleDays, pseudonymise, onPseudonymise, keepKey, onKeepKey } = props;
  return (
    <div class="no-print">
      <p>
        <label>
          {t('principal_asOfLabel')}{' '}
          <input
            type="date"
            value={asOf}
            onChange={(e) => {
              const next = e.currentTarget.value;
              if (ISO_DAY.test(next)) onAsOf(next);
            }}
          />
        </label>
      </p>
      <NumberChoice label={t('principal_daysLabel')} value={days} max={60} onValue={onDays} />
      <NumberChoice label={t('principal_staleLabel')} value={staleDays} max={365} onValue={onStaleDays} />
      <p>
        <label>
          <input type="checkbox" checked={pseudonymise} onChange={(e) => onPseudonymise(e.currentTarget.checked)} />{' '}
          {t('principal_pseudonymise')}
        </label>
      </p>
      {pseudonymise && (
        <p>
          <label>
            <input type="checkbox" checked={keepKey} onChange={(e) => onKeepKey(e.currentTarget.checked)} /> {t('principal_keepKey')}
          </label>
        </p>
      )}
    </div>
  );
}
