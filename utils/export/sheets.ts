import { isoDate } from '../domain/dates';
import { t, type MessageKey } from '../i18n';
import type { ChecklistRecord, ContactRecord, PupilRecord } from '../db/records';
import { checklistKindLabel } from '../checklist/registry';
import type { ChecklistKind } from '../domain/checklist-kinds';
import { labelKey } from '../domain/labels';
import { dateCell, type Cell } from './neutralise';

/**
 * The contact log and the checklist as tables for people: localized headers and values, date cells
 * (ISO dates in text), one row per record. CSV, XLSX and the print view are all made from these.
 */
export interface Sheet {
  /** Sheet name in a workbook (≤ 31 characters, Excel's limit). */
  title: string;
  header: string[];
  rows: Cell[][];
}

export type PupilLookup = ReadonlyMap<string, Pick<PupilRecord, 'name' | 'group'>>;

export function pupilLookup(pupils: readonly PupilRecord[]): PupilLookup {
  return new Map(pupils.map((p) => [p.id, p]));
}

/** Each label looked up once per sheet, not once per row: exports run to tens of thousands of rows. */
function labels(vocabulary: string): (code: string) => string {
  const known = new Map<string, string>();
  return (code) => {
    let label = known.get(code);
    if (label === undefined) known.set(code, (label = t(labelKey(vocabulary, code) as MessageKey)));
    return label;
  };
}

/** Pupils unknown to the lookup (their row was erased) show their id rather than nothing. */
function pupilCells(pupils: PupilLookup, pupilId: string): [string, string] {
  const pupil = pupils.get(pupilId);
  return [pupil?.name ?? pupilId, pupil?.group ?? ''];
}

export function contactsSheet(contacts: readonly ContactRecord[], pupils: PupilLookup): Sheet {
  const sorted = [...contacts].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
  const channels = labels('channel');
  const outcomes = labels('outcome');
  return {
    title: t('export_sheetContacts'),
    header: [
      t('export_col_date'),
      t('export_col_pupil'),
      t('export_col_group'),
      t('export_col_subjects'),
      t('export_col_channel'),
      t('export_col_withWhom'),
      t('export_col_outcome'),
      t('export_col_summary'),
      t('export_col_followUp'),
      t('export_col_author'),
    ],
    rows: sorted.map((c) => [
      dateCell(isoDate(c.at)),
      ...pupilCells(pupils, c.pupilId),
      c.subjects.join(', '),
      channels(c.channel),
      c.withWhom,
      outcomes(c.outcome),
      c.summary,
      c.followUp ? dateCell(c.followUp) : '',
      c.author,
    ]),
  };
}

function byDue(items: readonly ChecklistRecord[]): ChecklistRecord[] {
  return [...items].sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.id < b.id ? -1 : 1));
}

const kindLabel = (kind: ChecklistKind) => checklistKindLabel(kind, 'sheet');

export function checklistSheet(items: readonly ChecklistRecord[], pupils: PupilLookup): Sheet {
  const closedBy = labels('closedBy');
  const status = labels('checklistStatus');
  // The rule an item comes from, in words: why it is on the list and when it is done.
  const rule = labels('checklistRule');
  return {
    title: t('export_sheetChecklist'),
    header: [
      t('export_col_due'),
      t('export_col_pupil'),
      t('export_col_group'),
      t('export_col_kind'),
      t('export_col_subject'),
      t('export_col_term'),
      t('export_col_status'),
      t('export_col_closedBy'),
      t('export_col_closedAt'),
      t('export_col_confirmed'),
      t('export_col_rule'),
    ],
    rows: byDue(items).map((i) => [
      dateCell(i.due),
      ...pupilCells(pupils, i.pupilId),
      kindLabel(i.kind),
      i.subject ?? '',
      i.term,
      status(i.status),
      i.doneOutside ? t('export_doneOutside') : i.closedBy ? closedBy(i.closedBy) : '',
      i.closedAt === undefined ? '' : dateCell(isoDate(i.closedAt)),
      i.confirmedDate ? dateCell(i.confirmedDate) : '',
      rule(i.kind),
    ]),
  };
}

/** What is still open past its due date on `today` (ISO), most overdue first, with how many days late. */
export function overdueSheet(items: readonly ChecklistRecord[], pupils: PupilLookup, today: string): Sheet {
  const rule = labels('checklistRule');
  const late = (due: string) => Math.round((Date.parse(`${today}T12:00:00Z`) - Date.parse(`${due}T12:00:00Z`)) / 86_400_000);
  return {
    title: t('export_sheetOverdue'),
    header: [
      t('export_col_due'),
      t('export_col_daysLate'),
      t('export_col_pupil'),
      t('export_col_group'),
      t('export_col_kind'),
      t('export_col_subject'),
      t('export_col_term'),
      t('export_col_rule'),
    ],
    rows: byDue(items.filter((i) => i.status === 'open' && i.due < today)).map((i) => [
      dateCell(i.due),
      late(i.due),
      ...pupilCells(pupils, i.pupilId),
      kindLabel(i.kind),
      i.subject ?? '',
      i.term,
      rule(i.kind),
    ]),
  };
}
