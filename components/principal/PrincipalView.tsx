import { formatNumber, t } from '@/utils/i18n';
import type { SchoolView, ViewRow } from '@/utils/principal/metrics';
import { sharePercent } from '@/utils/principal/view-sheets';
import { BarChart } from './BarChart';

/** "75 % (3 av 4)", or "–" with the reason when no risk is due yet. */
export function shareText(row: Pick<ViewRow, 'shareInTime' | 'contactedInTime' | 'risksDue'>): string {
  const percent = sharePercent(row.shareInTime);
  if (percent === null) return t('principal_noneDue');
  return t('principal_shareText', {
    percent: formatNumber(percent),
    count: formatNumber(row.contactedInTime),
    of: formatNumber(row.risksDue),
  });
}

/** The school view: the figures with how each is computed, a chart per teacher, and the table by group. */
export function PrincipalView({ view, days }: { view: SchoolView; days: number }) {
  const { total } = view;
  const figures: { id: string; label: string; value: string; how: string }[] = [
    { id: 'risk', label: t('principal_col_pupilsAtRisk'), value: formatNumber(total.pupilsAtRisk), how: t('principal_how_pupilsAtRisk') },
    { id: 'share', label: t('principal_figureShare', { days }), value: shareText(total), how: t('principal_how_share', { days }) },
    {
      id: 'overdue',
      label: t('principal_col_overduePublications'),
      value: formatNumber(total.overduePublications),
      how: t('principal_how_overdue'),
    },
    { id: 'iup', label: t('principal_col_iupsNotSentHome'), value: formatNumber(total.iupsNotSentHome), how: t('principal_how_iup') },
    {
      id: 'decision',
      label: t('principal_col_decisionsNotSentHome'),
      value: formatNumber(total.decisionsNotSentHome),
      how: t('principal_how_decision'),
    },
    {
      id: 'grading',
      label: t('principal_col_informedAfterLastDay'),
      value: formatNumber(total.informedAfterLastDay),
      how: t('principal_how_afterLastDay'),
    },
  ];
  return (
    <div class="principal-view">
      <dl class="principal-figures">
        {figures.map((f) => (
          <div key={f.id} data-figure={f.id}>
            <dt>{f.label}</dt>
            <dd>
              <span class="figure">{f.value}</span>
              <p class="how">{f.how}</p>
            </dd>
          </div>
        ))}
      </dl>
      <BarChart
        id="principal-share-chart"
        title={t('principal_chartTitle', { days })}
        description={t('principal_chartDescription', { days })}
        bars={view.teachers.map((r) => ({ label: r.teacher, value: r.shareInTime, text: shareText(r) }))}
      />
      <table class="principal-table">
        <caption>{t('principal_tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('principal_col_teacher')}</th>
            <th scope="col">{t('principal_col_group')}</th>
            <th scope="col">{t('principal_col_subject')}</th>
            <th scope="col">{t('principal_col_term')}</th>
            <th scope="col">{t('principal_col_pupilsAtRisk')}</th>
            <th scope="col">{t('principal_figureShare', { days })}</th>
            <th scope="col">{t('principal_col_overduePublications')}</th>
            <th scope="col">{t('principal_col_iupsNotSentHome')}</th>
            <th scope="col">{t('principal_col_decisionsNotSentHome')}</th>
            <th scope="col">{t('principal_col_informedAfterLastDay')}</th>
          </tr>
        </thead>
        <tbody>
          {view.rows.map((r) => (
            <tr key={`${r.teacher}|${r.group}|${r.subject}|${r.term}`}>
              <th scope="row">{r.teacher}</th>
              <td>{r.group || '–'}</td>
              <td>{r.subject || '–'}</td>
              <td>{r.term}</td>
              <td class="num">{formatNumber(r.pupilsAtRisk)}</td>
              <td class="num">{shareText(r)}</td>
              <td class="num">{formatNumber(r.overduePublications)}</td>
              <td class="num">{formatNumber(r.iupsNotSentHome)}</td>
              <td class="num">{formatNumber(r.decisionsNotSentHome)}</td>
              <td class="num">{formatNumber(r.informedAfterLastDay)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
