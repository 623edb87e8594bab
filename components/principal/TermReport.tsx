import { formatDate, formatNumber, t } from '@/utils/i18n';
import { COUNT_FIGURES, type SchoolView } from '@/utils/principal/metrics';
import { reportPages, type ReportPage } from '@/utils/principal/report';
import { countText } from '@/utils/principal/small-counts';
import { changedText, FIGURE_LABELS } from '@/utils/principal/view-sheets';
import { FIGURE_HOW, ShareChart, shareText } from './PrincipalView';
import './term-report.css';

const longDate = (iso: string) => formatDate(Date.parse(`${iso}T12:00:00`), { dateStyle: 'long' });

/**
 * The term report for the school board: one page per school (and per teacher on request) with the
 * figures, the chart, the rule behind each figure and the dates. Its print style sheet prints the
 * report and nothing else of the dashboard.
 */
export function TermReport({
  view,
  days,
  pseudonymised,
  perTeacher,
  onPrint,
  onClose,
}: {
  view: SchoolView;
  days: number;
  pseudonymised: boolean;
  perTeacher: boolean;
  onPrint: () => void;
  onClose: () => void;
}) {
  return (
    <section class="term-report" aria-labelledby="term-report-heading">
      <h3 id="term-report-heading" class="no-print">
        {t('principal_reportHeading')}
      </h3>
      <p class="no-print">
        <button type="button" onClick={onPrint}>
          {t('principal_reportPrintNow')}
        </button>{' '}
        <button type="button" onClick={onClose}>
          {t('principal_reportClose')}
        </button>
      </p>
      {reportPages(view, perTeacher).map((page, i) => (
        <ReportSheet key={i} index={i} page={page} view={view} days={days} pseudonymised={pseudonymised} />
      ))}
    </section>
  );
}

function ReportSheet({
  page,
  index,
  view,
  days,
  pseudonymised,
}: {
  page: ReportPage;
  index: number;
  view: SchoolView;
  days: number;
  pseudonymised: boolean;
}) {
  return (
    <section class="report-page" aria-labelledby={`report-page-${index}`}>
      <h4 id={`report-page-${index}`}>
        {page.teacher
          ? t('principal_reportTeacherTitle', { teacher: page.teacher, school: page.school || '–' })
          : t('principal_reportSchoolTitle', { school: page.school || '–' })}
      </h4>
      <p>{t('principal_reportDates', { date: longDate(view.asOf), days })}</p>
      <ReportFigures page={page} days={days} pseudonymised={pseudonymised} />
      {page.teachers.length > 0 && (
        <ShareChart id={`report-chart-${index}`} teachers={page.teachers} days={days} pseudonymised={pseudonymised} />
      )}
      <h5>{t('principal_reportFiles')}</h5>
      <ReportFiles files={page.files} staleAfterDays={view.staleAfterDays} />
    </section>
  );
}

/** The page's figures, each with how it is computed. */
function ReportFigures({ page, days, pseudonymised }: { page: ReportPage; days: number; pseudonymised: boolean }) {
  const count = (n: number) => countText(n, pseudonymised);
  return (
    <table class="report-figures">
      <thead>
        <tr>
          <th scope="col">{t('principal_reportFigure')}</th>
          <th scope="col">{t('principal_reportValue')}</th>
          <th scope="col">{t('principal_reportRule')}</th>
        </tr>
      </thead>
      <tbody>
        {COUNT_FIGURES.map((figure) => (
          <tr key={figure}>
            <th scope="row">{t(FIGURE_LABELS[figure])}</th>
            <td class="num">{count(page.figures[figure])}</td>
            <td>{t(FIGURE_HOW[figure])}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">{t('principal_figureShare', { days })}</th>
          <td class="num">{shareText(page.figures, pseudonymised)}</td>
          <td>{t('principal_how_share', { days })}</td>
        </tr>
      </tbody>
    </table>
  );
}

/** The teachers' files the page is made of, each with its age and what may have changed since. */
function ReportFiles({ files, staleAfterDays }: { files: ReportPage['files']; staleAfterDays: number }) {
  return (
    <ul class="report-files">
      {files.map((f) => {
        const changed = changedText(f.mayHaveChanged);
        return (
          <li key={`${f.teacher}|${f.school}`}>
            {f.teacher}: {t('principal_fileAge', { date: longDate(f.exported), days: formatNumber(f.ageDays) })}
            {f.stale && ` ${t('principal_staleWarning', { days: formatNumber(staleAfterDays) })}`}
            {changed && ` ${t('principal_mayHaveChanged', { what: changed })}`}
          </li>
        );
      })}
    </ul>
  );
}
