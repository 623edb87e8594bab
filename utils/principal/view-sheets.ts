import { t } from '../i18n';
import type { PupilCodes } from '../export/pseudonymise';
import { dateCell } from '../export/neutralise';
import type { Sheet } from '../export/sheets';
import type { RiskLine, SchoolView, ViewRow } from './metrics';

/** The school view as sheets for CSV and XLSX: the figures, and the risks behind them (pseudonymised on request). */
export function sharePercent(share: number | null): number | null {
  return share === null ? null : Math.round(share * 100);
}

export function viewSheet(view: SchoolView): Sheet {
  return {
    title: t('principal_sheetView'),
    header: [
      t('principal_col_teacher'),
      t('principal_col_group'),
      t('principal_col_subject'),
      t('principal_col_term'),
      t('principal_col_pupilsAtRisk'),
      t('principal_col_risksDue'),
      t('principal_col_contactedInTime'),
      t('principal_col_shareInTime'),
      t('principal_col_overduePublications'),
      t('principal_col_iupsNotSentHome'),
      t('principal_col_decisionsNotSentHome'),
      t('principal_col_informedAfterLastDay'),
    ],
    rows: [...view.rows, { ...view.total, teacher: t('principal_total') }].map((r: ViewRow) => [
      r.teacher,
      r.group,
      r.subject,
      r.term,
      r.pupilsAtRisk,
      r.risksDue,
      r.contactedInTime,
      sharePercent(r.shareInTime),
      r.overduePublications,
      r.iupsNotSentHome,
      r.decisionsNotSentHome,
      r.informedAfterLastDay,
    ]),
  };
}

/** With codes, each pupil is shown by their code (the same code for the same pupil in every teacher's rows). */
export function riskSheet(risks: readonly RiskLine[], codes?: PupilCodes): Sheet {
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
      t('principal_col_lastDay'),
      t('principal_col_afterLastDay'),
    ],
    rows: risks.map((r) => [
      r.teacher,
      codes ? (codes.get(r.pupilId) ?? '–') : r.pupil,
      r.group,
      r.subject,
      r.term,
      dateCell(r.firstSeen),
      dateCell(r.deadline),
      r.contacted ? dateCell(r.contacted) : '',
      !r.due ? t('principal_notDueYet') : r.inTime ? t('principal_yes') : t('principal_no'),
      r.lastDay ? dateCell(r.lastDay) : '',
      r.lastDay ? t(r.afterLastDay ? 'principal_yes' : 'principal_no') : '',
    ]),
  };
}
