import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { ThisWeek } from '@/components/common/ThisWeek';
import type { ThisWeek as Week } from '@/utils/db/queries/this-week';
import type { Stats, TabStatus } from '@/utils/messaging/protocol';
import { PrivacyPolicyLink } from '@/components/common/PrivacyPolicyLink';
import { formatDate, formatNumber, pageKindKey, t, tCount, type MessageKey } from '@/utils/i18n';
import type { BudgetKind } from '@/utils/domain/storage-budget';
import { StorageNotice } from '@/components/common/StorageNotice';

/** Where the popup can send the teacher in the dashboard. */
export type PopupTarget = 'overview' | 'checklist';

export interface PopupProps {
  tab: TabStatus | null;
  stats: Stats | null;
  /** "Den här veckan", with today's ISO date; left out when it could not be read. */
  week?: { week: Week; today: string } | null;
  onOpenDashboard: (target: PopupTarget) => void;
  /** Offered under "Insyn känner inte igen den här sidan" (e.g. "Lär Insyn den här sidan"). */
  unknownPageActions?: ComponentChildren;
  /** Offered on every InfoMentor page Insyn has seen (e.g. "Spara ett anonymt sidprov"). */
  pageActions?: ComponentChildren;
  /** Puts text on the clipboard; without it the failure's cause is only selectable. */
  copy?: (text: string) => Promise<boolean>;
}

/** The toolbar popup: what this tab showed, the counts that need the teacher, and the way to the dashboard. */
export function Popup({ tab, stats, week, onOpenDashboard, unknownPageActions, pageActions, copy }: PopupProps) {
  return (
    <main class="popup">
      <h1>{t('extName')}</h1>
      <section aria-labelledby="this-tab">
        <h2 id="this-tab">{t('popupThisTab')}</h2>
        <TabSummary tab={tab} unknownPageActions={unknownPageActions} copy={copy} />
        {tab && pageActions && <div class="page-actions">{pageActions}</div>}
      </section>
      {stats && <StorageNotice state={stats.storage} />}
      <section aria-labelledby="to-do">
        <h2 id="to-do">{t('popupToDo')}</h2>
        {stats ? (
          <dl class="counts">
            <dt>{t('countOpenRisks')}</dt>
            <dd data-count="openRisks">{formatNumber(stats.openRisks)}</dd>
            <dt>{t('countOpenItems')}</dt>
            <dd data-count="openItems">{formatNumber(stats.openItems)}</dd>
            <dt>{t('countOverdue')}</dt>
            <dd data-count="overdueItems" class={stats.overdueItems > 0 ? 'overdue' : undefined}>
              {formatNumber(stats.overdueItems)}
              {stats.overdueItems > 0 && <span aria-hidden="true"> ⚠</span>}
            </dd>
            <dt>{t('countVisits')}</dt>
            <dd data-count="visits">{formatNumber(stats.visits)}</dd>
            {stats.failedReads > 0 && (
              <>
                <dt>{t('countFailedReads')}</dt>
                <dd data-count="failedReads">{formatNumber(stats.failedReads)}</dd>
              </>
            )}
          </dl>
        ) : (
          <p>{t('popupNoCounts')}</p>
        )}
      </section>
      {week && <ThisWeek week={week.week} today={week.today} headingLevel={2} />}
      <div class="actions">
        <button type="button" class="primary" onClick={() => onOpenDashboard('overview')}>
          {t('popupOpenDashboard')}
        </button>
        <button type="button" onClick={() => onOpenDashboard('checklist')}>
          {t('popupOpenChecklist')}
        </button>
      </div>
      <PrivacyPolicyLink />
    </main>
  );
}

function TabSummary({ tab, unknownPageActions, copy }: Pick<PopupProps, 'tab' | 'unknownPageActions' | 'copy'>) {
  if (!tab) return <p>{t('popupNoInfoMentor')}</p>;
  if (tab.overBudget)
    return (
      <p data-tab-kind="over-budget">
        <strong>{t('popupOverBudget')}</strong> {t(OVER_BUDGET_KEYS[tab.overBudget])}
      </p>
    );
  if (tab.error)
    return (
      <>
        <p data-tab-kind="failed">
          <strong>{t('pageCouldNotRead')}</strong>
        </p>
        <p class="muted">{t('popupFailedHint')}</p>
        <FailureCause cause={tab.error} copy={copy} />
      </>
    );
  return (
    <>
      <p data-tab-kind={tab.kind}>{t(pageKindKey(tab.kind))}</p>
      {tab.kind === 'unknown' ? (
        unknownPageActions && <div class="unknown-actions">{unknownPageActions}</div>
      ) : (
        <p>
          {tCount('countPupils', tab.pupils)} · {t('countAtRisk', { count: formatNumber(tab.atRisk) })}
        </p>
      )}
      <p class="muted">{t('popupLastRead', { time: formatDate(tab.at, { timeStyle: 'short' }) })}</p>
    </>
  );
}

const OVER_BUDGET_KEYS: Record<BudgetKind, MessageKey> = {
  reading: 'popupOverBudgetReading',
  'tab-hour': 'popupOverBudgetTabHour',
  stored: 'storageFull',
};

/** The cause of a failed read (no pupil data, see read-failure.ts), for the teacher to pass on. */
function FailureCause({ cause, copy }: { cause: string; copy?: PopupProps['copy'] }) {
  const [copied, setCopied] = useState<boolean | undefined>(undefined);
  return (
    <p class="failure-cause">
      {t('popupFailureCause')} <code data-failure-cause>{cause}</code>
      {copy && (
        <button type="button" onClick={() => void copy(cause).then(setCopied)}>
          {t('popupCopyCause')}
        </button>
      )}
      {copied !== undefined && <span role="status">{t(copied ? 'draftCopied' : 'draftCopyFailed')}</span>}
    </p>
  );
}
