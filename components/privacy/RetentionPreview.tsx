import { formatDate, formatNumber, t } from '@/utils/i18n';
import { NOTICE_DAYS, type PurgePlan, type PurgeTable } from '@/utils/privacy/retention';
import { summarisePlan } from '@/utils/privacy/overview';

const SHOWN_ITEMS = 200;

/** What retention will delete, shown before it happens. */
export function RetentionPreview({ plan, names }: { plan: PurgePlan; names: Map<string, string> }) {
  const summary = summarisePlan(plan);
  const items = [...plan.items].sort((a, b) => a.deleteOn - b.deleteOn);
  const kind = (table: PurgeTable) => t(`privacyKind_${table}`);
  return (
    <section aria-labelledby="privacy-retention">
      <h3 id="privacy-retention">{t('privacyRetentionHeading')}</h3>
      <p>
        {t('privacyRetentionRule', { months: plan.retentionMonths, days: NOTICE_DAYS })}{' '}
        <a href="#settings">{t('privacyRetentionChange')}</a>
      </p>
      {summary.length === 0 ? (
        <p data-retention-empty>{t('privacyRetentionNone')}</p>
      ) : (
        <>
          <p>{t('privacyRetentionList')}</p>
          <ul data-retention-summary>
            {summary.map((s) => (
              <li key={s.table}>
                {t('privacyRetentionSummary', { what: kind(s.table), count: formatNumber(s.count), date: formatDate(s.firstDeletion) })}
              </li>
            ))}
          </ul>
          <details>
            <summary>{t('privacyRetentionDetails')}</summary>
            <ul>
              {items.slice(0, SHOWN_ITEMS).map((item) => (
                <li key={`${item.table}-${item.id}`}>
                  {t('privacyRetentionItem', {
                    what: kind(item.table),
                    pupil: item.pupilId ? (names.get(item.pupilId) ?? '–') : '–',
                    date: formatDate(item.deleteOn),
                  })}
                </li>
              ))}
            </ul>
            {items.length > SHOWN_ITEMS && <p>{t('privacyRetentionMore', { count: formatNumber(items.length - SHOWN_ITEMS) })}</p>}
          </details>
        </>
      )}
    </section>
  );
}
