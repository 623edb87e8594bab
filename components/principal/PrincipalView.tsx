import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { formatDate, formatNumber, t } from '@/utils/i18n';
import { COUNT_FIGURES, sumItems, type CountFigure, type SchoolView, type ViewItem, type ViewRow } from '@/utils/principal/metrics';
import { municipalityRows } from '@/utils/principal/municipality';
import { itemsBehind, shareShown, type RowPlace } from '@/utils/principal/small-counts';
import { changedText, FIGURE_LABELS, sharePercent } from '@/utils/principal/view-sheets';
import { BarChart } from './BarChart';
import { FigureButton } from './FigureButton';
import { ItemList } from './ItemList';
import { MunicipalityTable } from './MunicipalityTable';

/** "75 % (3 av 4)", "–" with the reason when no risk is due yet, or "färre än 3" where a pseudonymised view must not say. */
export function shareText(row: Pick<ViewRow, 'shareInTime' | 'contactedInTime' | 'risksDue'>, pseudonymised = false): string {
  if (!shareShown(row, pseudonymised)) return t('principal_fewer');
  const percent = sharePercent(row.shareInTime);
  if (percent === null) return t('principal_noneDue');
  return t('principal_shareText', {
    percent: formatNumber(percent),
    count: formatNumber(row.contactedInTime),
    of: formatNumber(row.risksDue),
  });
}

/** The rule behind each count, in words. */
export const FIGURE_HOW: Record<CountFigure, Parameters<typeof t>[0]> = {
  pupilsAtRisk: 'principal_how_pupilsAtRisk',
  pairsAtRisk: 'principal_how_pairs',
  contactsLate: 'principal_how_late',
  overduePublications: 'principal_how_overdue',
  iupsNotSentHome: 'principal_how_iup',
  decisionsNotSentHome: 'principal_how_decision',
  informedAfterLastDay: 'principal_how_afterLastDay',
};

/** Each teacher's share contacted in time, as bars; a share a pseudonymised view must not show has no bar. */
export function ShareChart({
  id,
  teachers,
  days,
  pseudonymised,
}: {
  id: string;
  teachers: ViewRow[];
  days: number;
  pseudonymised: boolean;
}) {
  return (
    <BarChart
      id={id}
      title={t('principal_chartTitle', { days })}
      description={t('principal_chartDescription', { days })}
      bars={teachers.map((r) => ({
        label: r.teacher,
        value: shareShown(r, pseudonymised) ? r.shareInTime : null,
        text: shareText(r, pseudonymised),
      }))}
    />
  );
}

export function FigureHeaders({ days }: { days: number }) {
  return (
    <>
      {COUNT_FIGURES.map((f) => (
        <th key={f} scope="col">
          {t(FIGURE_LABELS[f])}
        </th>
      ))}
      <th scope="col">{t('principal_figureShare', { days })}</th>
    </>
  );
}

interface Opened {
  place: RowPlace;
  figure: CountFigure;
  title: string;
}

/** A count as a button that opens its items, and a row's figure cells made of such counts. */
interface Counts {
  count: (row: ViewRow, place: RowPlace, figure: CountFigure) => JSX.Element;
  cells: (row: ViewRow, place: RowPlace) => JSX.Element;
}

/**
 * The school view as of its date: the figures with how each is computed, each teacher's file with its
 * age, per-teacher totals, a chart, and the table by group. Every number opens the items behind it.
 */
export function PrincipalView({
  view,
  days,
  pseudonymised,
  codes,
}: {
  view: SchoolView;
  days: number;
  pseudonymised: boolean;
  codes?: ReadonlyMap<string, string>;
}) {
  const { counts, items } = useOpenedCounts(view, pseudonymised, codes);

  return (
    <div class="principal-view">
      <p class="principal-as-of">
        {t('principal_asOfLine', { date: formatDate(Date.parse(`${view.asOf}T12:00:00`), { dateStyle: 'long' }) })}
      </p>
      <Figures total={view.total} days={days} pseudonymised={pseudonymised} counts={counts} />
      <TeachersTable view={view} days={days} counts={counts} />
      {items('teacher')}

      {new Set(view.files.map((f) => f.school)).size > 1 && (
        <MunicipalityTable rows={municipalityRows(view)} days={days} pseudonymised={pseudonymised} />
      )}
      <ShareChart id="principal-share-chart" teachers={view.teachers} days={days} pseudonymised={pseudonymised} />
      <RowsTable view={view} days={days} counts={counts} />
      {items('group')}
    </div>
  );
}

/**
 * The counts as buttons, and the one count opened: its items, listed under the table it was opened in
 * (the teachers' table for a teacher's or the school's total, the rows' table for a group's).
 */
function useOpenedCounts(view: SchoolView, pseudonymised: boolean, codes?: ReadonlyMap<string, string>) {
  const [opened, setOpened] = useState<Opened>();
  const placeName = (place: RowPlace) =>
    [place.teacher ?? t('principal_total'), place.group, place.subject, place.term].filter(Boolean).join(', ');
  const count = (row: ViewRow, place: RowPlace, figure: CountFigure) => {
    const title = t('principal_itemsTitle', { what: t(FIGURE_LABELS[figure]), place: placeName(place) });
    return (
      <FigureButton
        count={row[figure]}
        pseudonymised={pseudonymised}
        label={title}
        open={opened?.title === title}
        onOpen={() => setOpened(opened?.title === title ? undefined : { place, figure, title })}
      />
    );
  };
  const cells = (row: ViewRow, place: RowPlace) => (
    <>
      {COUNT_FIGURES.map((f) => (
        <td key={f} class="num">
          {count(row, place, f)}
        </td>
      ))}
      <td class="num">{shareText(row, pseudonymised)}</td>
    </>
  );
  const counts: Counts = { count, cells };
  const pupilName = (item: ViewItem) => (pseudonymised ? (codes?.get(item.pupilId) ?? '–') : item.pupil);
  const items = (group: 'teacher' | 'group') =>
    opened &&
    (opened.place.group === undefined) === (group === 'teacher') && (
      <ItemList
        title={opened.title}
        items={itemsBehind(view, opened.place, opened.figure, pseudonymised)}
        pupilName={pupilName}
        onClose={() => setOpened(undefined)}
      />
    );

  return { counts, items };
}

function Figures({ total, days, pseudonymised, counts }: { total: ViewRow; days: number; pseudonymised: boolean; counts: Counts }) {
  return (
    <dl class="principal-figures">
      {COUNT_FIGURES.map((figure) => (
        <div key={figure} data-figure={figure}>
          <dt>{t(FIGURE_LABELS[figure])}</dt>
          <dd>
            <span class="figure">{counts.count(total, {}, figure)}</span>
            <p class="how">{t(FIGURE_HOW[figure])}</p>
          </dd>
        </div>
      ))}
      <div data-figure="share">
        <dt>{t('principal_figureShare', { days })}</dt>
        <dd>
          <span class="figure">{shareText(total, pseudonymised)}</span>
          <p class="how">{t('principal_how_share', { days })}</p>
        </dd>
      </div>
    </dl>
  );
}

/** Each teacher's file with its age (old, or changed since it was exported) and the teacher's totals. */
function TeachersTable({ view, days, counts }: { view: SchoolView; days: number; counts: Counts }) {
  const teacherRow = (teacher: string) => view.teachers.find((r) => r.teacher === teacher) ?? sumItems([], { teacher });
  return (
    <table class="principal-table principal-teachers">
      <caption>{t('principal_teachersCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('principal_col_teacher')}</th>
          <th scope="col">{t('principal_col_exported')}</th>
          <FigureHeaders days={days} />
        </tr>
      </thead>
      <tbody>
        {view.files.map((file) => {
          const changed = changedText(file.mayHaveChanged);
          return (
            <tr key={`${file.teacher}|${file.school}`} class={file.stale ? 'stale' : undefined}>
              <th scope="row">{file.teacher}</th>
              <td>
                {t('principal_fileAge', {
                  date: formatDate(Date.parse(`${file.exported}T12:00:00`), { dateStyle: 'long' }),
                  days: formatNumber(file.ageDays),
                })}
                {file.stale && (
                  <strong class="stale-warning"> {t('principal_staleWarning', { days: formatNumber(view.staleAfterDays) })}</strong>
                )}
                {changed && <span class="may-have-changed"> {t('principal_mayHaveChanged', { what: changed })}</span>}
              </td>
              {counts.cells(teacherRow(file.teacher), { teacher: file.teacher })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The figures by teacher, group, subject and term. */
function RowsTable({ view, days, counts }: { view: SchoolView; days: number; counts: Counts }) {
  return (
    <table class="principal-table">
      <caption>{t('principal_tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('principal_col_teacher')}</th>
          <th scope="col">{t('principal_col_group')}</th>
          <th scope="col">{t('principal_col_subject')}</th>
          <th scope="col">{t('principal_col_term')}</th>
          <FigureHeaders days={days} />
        </tr>
      </thead>
      <tbody>
        {view.rows.map((r) => (
          <tr key={`${r.teacher}|${r.group}|${r.subject}|${r.term}`}>
            <th scope="row">{r.teacher}</th>
            <td>{r.group || '–'}</td>
            <td>{r.subject || '–'}</td>
            <td>{r.term}</td>
            {counts.cells(r, { teacher: r.teacher, group: r.group, subject: r.subject, term: r.term })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
