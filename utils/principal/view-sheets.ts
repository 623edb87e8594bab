import { t, type MessageKey } from '../i18n';
import type { PupilCodes } from '../export/pseudonymise';
import { dateCell, type Cell } from '../export/neutralise';
import type { Sheet } from '../export/sheets';
import { COUNT_FIGURES, type CountFigure, type RiskLine, type SchoolView, type ViewRow } from './metrics';
import { rowKey, shareShown, shownCount } from './small-counts';

/** The school view as sheets for CSV and XLSX: the figures, the files' ages, and the risks behind them (pseudonymised on request). */
export function sharePercent(share: number | null): number | null {
  return share === null ? null : Math.round(share * 100);
}

export const FIGURE_LABELS: Record<CountFigure | 'risksDue' | 'contactedInTime', MessageKey> = {
  pupilsAtRisk: 'principal_col_pupilsAtRisk',
  pairsAtRisk: 'principal_col_pairsAtRisk',
  contactsLate: 'principal_col_contactsLate',
  overduePublications: 'principal_col_overduePublications',
  iupsNotSentHome: 'principal_col_iupsNotSentHome',
  decisionsNotSentHome: 'principal_col_decisionsNotSentHome',
  informedAfterLastDay: 'principal_col_informedAfterLastDay',
  risksDue: 'principal_col_risksDue',
  contactedInTime: 'principal_col_contactedInTime',
};

/** A count as a cell: the number, or "färre än 3" where a pseudonymised view must not show it. */
function countCell(count: number, pseudonymised: boolean): Cell {
  return shownCount(count, pseudonymised) === 'fewer' ? t('principal_fewer') : count;
}

export function viewSheet(view: SchoolView, pseudonymised = false): Sheet {
  return {
    title: t('principal_sheetView'),
    header: [
      t('principal_col_teacher'),
      t('principal_col_group'),
      t('principal_col_subject'),
      t('principal_col_term'),
      ...COUNT_FIGURES.map((f) => t(FIGURE_LABELS[f])),
      t('principal_col_risksDue'),
      t('principal_col_contactedInTime'),
      t('principal_col_shareInTime'),
    ],
    rows: [...view.rows, { ...view.total, teacher: t('principal_total') }].map((r: ViewRow) => [
      r.teacher,
      r.group,
      r.subject,
      r.term,
      ...COUNT_FIGURES.map((f) => countCell(r[f], pseudonymised)),
      countCell(r.risksDue, pseudonymised),
      countCell(r.contactedInTime, pseudonymised),
      shareShown(r, pseudonymised) ? sharePercent(r.shareInTime) : t('principal_fewer'),
    ]),
  };
}

/** Each file's export date and age on the view date, and which figures may have changed since. */
export function filesSheet(view: SchoolView): Sheet {
  return {
    title: t('principal_sheetFiles'),
    header: [
      t('principal_col_teacher'),
      t('principal_col_school'),
      t('principal_col_exported'),
      t('principal_col_ageDays'),
      t('principal_col_stale'),
      t('principal_col_mayHaveChanged'),
    ],
    rows: view.files.map((f) => [
      f.teacher,
      f.school,
      dateCell(f.exported),
      f.ageDays,
      f.stale ? t('principal_yes') : t('principal_no'),
      changedText(f.mayHaveChanged),
    ]),
  };
}

/** "Sena kontakter: 2, Beslut ej skickade hem: 1", or '' when nothing may have changed. */
export function changedText(changed: Partial<Record<CountFigure, number>>): string {
  return COUNT_FIGURES.filter((f) => changed[f])
    .map((f) => `${t(FIGURE_LABELS[f])}: ${changed[f]}`)
    .join(', ');
}

/**
 * With codes, each pupil is shown by their code (the same code for the same pupil in every teacher's
 * rows), and the risks of a row with fewer than 3 pupils at risk are left out: they would name the pupil.
 */
export function riskSheet(view: Pick<SchoolView, 'risks' | 'rows'>, codes?: PupilCodes): Sheet {
  const small = new Set(view.rows.filter((r) => shownCount(r.pupilsAtRisk, codes !== undefined) === 'fewer').map(rowKey));
  return {
    title: t('principal_sheetRisks'),
    header: [
      t('principal_col_teacher'),
      t('principal_col_pupil'),
      t('principal_col_group'),
      t('principal_col_subject'),
      t('principal_col_term'),
      t('principal_col_firstSeen'),
      t('principal_col_deadline'),
      t('principal_col_contacted'),
      t('principal_col_inTime'),
    ],
    rows: view.risks
      .filter((r) => !small.has(rowKey(r)))
      .map((r: RiskLine) => [
        r.teacher,
        codes ? (codes.get(r.pupilId) ?? '–') : r.pupil,
        r.group,
        r.subject,
        r.term,
        dateCell(r.firstSeen),
        dateCell(r.deadline),
        r.contacted ? dateCell(r.contacted) : '',
        !r.due ? t('principal_notDueYet') : r.inTime ? t('principal_yes') : t('principal_no'),
      ]),
  };
}
