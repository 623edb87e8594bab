import { checklistKindWhy } from '@/utils/checklist/registry';
import type { ChecklistRecord } from '@/utils/db/records';
import { labelKey } from '@/utils/domain/labels';
import { t } from '@/utils/i18n';
import { isInfoMentorUrl } from '@/utils/infomentor/hosts';
import { formatDay } from './labels';

/**
 * Why a checklist item exists: its rule in one sentence and the law or routine behind it, then what
 * Insyn saw and where (the day, the date the page showed, the page). Folded, so the list stays a list.
 */
export function ItemWhy({ item }: { item: ChecklistRecord }) {
  const why = checklistKindWhy(item.kind);
  const page = item.page && isInfoMentorUrl(item.page) ? item.page : undefined;
  return (
    <details class="item-why">
      <summary>{t('checklistWhy')}</summary>
      {why && (
        <p>
          {why.rule} <span class="muted">{t('checklistWhyBasis', { basis: why.basis })}</span>
        </p>
      )}
      {item.decision && (
        <p>
          {item.dated
            ? t('checklistWhyDecision', { type: t(labelKey('documentType', item.decision)), date: formatDay(item.dated) })
            : t('checklistWhyDecisionUndated', { type: t(labelKey('documentType', item.decision)) })}
        </p>
      )}
      {!item.decision && item.dated && <p>{t('checklistWhyPublished', { date: formatDay(item.dated) })}</p>}
      {item.expected ? <p>{t('checklistWhyExpected')}</p> : item.seen && <p>{t('checklistWhySeen', { date: formatDay(item.seen) })}</p>}
      {page && (
        <p>
          <a href={page} target="_blank" rel="noopener noreferrer">
            {t('weekOpenPage')}
          </a>
        </p>
      )}
    </details>
  );
}
