import type { Stats, TabStatus } from '@/utils/messaging/protocol';
import { formatDate, pageKindKey, t } from '@/utils/i18n';

export interface PopupProps {
  tab: TabStatus | null;
  stats: Stats | null;
  onOpenDashboard: () => void;
}

/** The toolbar popup: what this tab showed and the counts that need the teacher. */
export function Popup({ tab, stats, onOpenDashboard }: PopupProps) {
  return (
    <main class="popup">
      <h1>{t('extName')}</h1>
      <section aria-labelledby="this-tab">
        <h2 id="this-tab">{t('popupThisTab')}</h2>
        <TabSummary tab={tab} />
      </section>
      {stats && (
        <dl class="counts">
          <dt>{t('countOpenRisks')}</dt>
          <dd data-count="openRisks">{stats.openRisks}</dd>
          <dt>{t('countOpenItems')}</dt>
          <dd data-count="openItems">{stats.openItems}</dd>
          <dt>{t('countOverdue')}</dt>
          <dd data-count="overdueItems">{stats.overdueItems}</dd>
          <dt>{t('countVisits')}</dt>
          <dd data-count="visits">{stats.visits}</dd>
        </dl>
      )}
      <button type="button" onClick={onOpenDashboard}>
        {t('popupOpenDashboard')}
      </button>
    </main>
  );
}

function TabSummary({ tab }: { tab: TabStatus | null }) {
  if (!tab) return <p>{t('popupNoInfoMentor')}</p>;
  if (tab.error) return <p data-tab-kind="failed">{t('pageCouldNotRead')}</p>;
  return (
    <>
      <p data-tab-kind={tab.kind}>{t(pageKindKey(tab.kind))}</p>
      {tab.kind !== 'unknown' && (
        <p>
          {t('countPupils', { count: tab.pupils })} · {t('countAtRisk', { count: tab.atRisk })}
        </p>
      )}
      <p class="muted">{t('popupLastRead', { time: formatDate(tab.at, { timeStyle: 'short' }) })}</p>
    </>
  );
}
