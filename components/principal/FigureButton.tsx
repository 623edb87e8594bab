import { formatNumber, t } from '@/utils/i18n';
import { shownCount } from '@/utils/principal/small-counts';

/**
 * A count that opens the items behind it. A small count of a pseudonymised view is shown as
 * "färre än 3" and opens nothing; zero has nothing to open either.
 */
export function FigureButton({
  count,
  pseudonymised,
  label,
  open,
  onOpen,
}: {
  count: number;
  pseudonymised: boolean;
  /** What the list would be, for the button's accessible name: "Sena kontakter, Lena Lärare". */
  label: string;
  open: boolean;
  onOpen: () => void;
}) {
  const shown = shownCount(count, pseudonymised);
  if (shown === 'fewer') return <span class="fewer">{t('principal_fewer')}</span>;
  if (shown === 0) return <span>{formatNumber(0)}</span>;
  return (
    <button
      type="button"
      class="figure-button"
      aria-expanded={open}
      aria-label={t('principal_openItems', { count: formatNumber(shown), what: label })}
      onClick={onOpen}
    >
      {formatNumber(shown)}
    </button>
  );
}
