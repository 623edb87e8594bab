import type { DueCounts } from '@/utils/checklist/owed-view';
import { t } from '@/utils/i18n';

/** On InfoMentor's pages with nothing to read: what is due, calmly, and the way to "Den här veckan". */
export function DueSummary({ due, onOpenWeek }: { due?: DueCounts; onOpenWeek(): void }) {
  if (!due) return null;
  return (
    <>
      <p data-insyn-due>
        {due.thisWeek + due.overdue === 0 ? t('panelDueNothing') : t('panelDueSummary', { week: due.thisWeek, overdue: due.overdue })}
      </p>
      <button type="button" class="quiet" data-insyn-week onClick={onOpenWeek}>
        {t('panelDueOpenWeek')}
      </button>
    </>
  );
}
