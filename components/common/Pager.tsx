import { formatNumber, t } from '@/utils/i18n';

export interface PagerProps {
  offset: number;
  limit: number;
  total: number;
  /** More than `total` match: counting stopped early (utils/db/queries/page.ts). */
  more?: boolean;
  onPage: (offset: number) => void;
  /** Names the pager's landmark, e.g. "Sidor i kontaktloggen". */
  label: string;
}

/** "Visar 101–200 av 2 000" (or "av fler än 500") with previous/next buttons; nothing when everything fits on one page. */
export function Pager({ offset, limit, total, more = false, onPage, label }: PagerProps) {
  if (total <= limit && offset === 0 && !more) return null;
  const from = total === 0 ? 0 : offset + 1;
  const to = Math.min(total, offset + limit);
  return (
    <nav class="pager" aria-label={label}>
      <button type="button" disabled={offset === 0} onClick={() => onPage(Math.max(0, offset - limit))}>
        {t('dashCommonPrevious')}
      </button>
      <span>
        {t(more ? 'dashCommonShowingMore' : 'dashCommonShowing', {
          from: formatNumber(from),
          to: formatNumber(to),
          total: formatNumber(total),
        })}
      </span>
      <button type="button" disabled={to >= total && !more} onClick={() => onPage(offset + limit)}>
        {t('dashCommonNext')}
      </button>
    </nav>
  );
}
