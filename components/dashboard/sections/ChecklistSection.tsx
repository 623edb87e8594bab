import { useEffect, useState } from 'preact/hooks';
import { DataTable, type Column } from '@/components/common/DataTable';
import { InputField, SelectField } from '@/components/common/Field';
import { useDebounced, usePaged, useReload, useSelection } from '@/components/common/hooks';
import { Pager } from '@/components/common/Pager';
import type { ChecklistFilter, ChecklistRow, DueBucket } from '@/utils/db/queries/checklist';
import type { ChecklistKind, ChecklistRecord } from '@/utils/db/records';
import { formatDate, formatNumber, t, tCount } from '@/utils/i18n';
import { useAsync } from '@/utils/ui/use-async';
import { ItemWhy } from '../ItemWhy';
import { DUE_BUCKETS, KINDS, dueLabel, formatDay, kindLabel, withAll } from '../labels';
import { AsyncError, Loading } from './status';
import type { SectionProps } from './types';
import { isValidDay } from '@/utils/domain/dates';

type Status = ChecklistRecord['status'];

/**
 * What is owed to guardians, with filters, each item with why it exists. The teacher ticks items and
 * confirms them done on a date ("skickad per post 12 dec"), or "Redan gjort" (done before Insyn or
 * outside it); undo puts them back as they were.
 */
export function ChecklistSection({ api, announce, fail }: SectionProps) {
  const [values, setValues] = useState<FilterValues>({ group: '', subject: '', kind: '', status: 'open', due: '', text: '' });
  const { group, subject, kind, status, due, text } = values;
  const [date, setDate] = useState(api.today());
  const search = useDebounced(text, 300);
  const [version, reload] = useReload();
  // Once the first page is shown, the rest of the list is read into memory so the first filter is quick too.
  useEffect(() => {
    const timer = setTimeout(() => api.warm('checklist'), 1000);
    return () => clearTimeout(timer);
  }, [api]);
  const choices = useAsync(() => Promise.all([api.groups(), api.subjects()]), []);

  const filter: ChecklistFilter = {
    ...(group && { group }),
    ...(subject && { subject }),
    ...(kind && { kind }),
    ...(status && { status }),
    ...(due && { due }),
    ...(search && { text: search }),
  };
  const key = JSON.stringify(filter);
  const { state, offset, limit, goTo } = usePaged((page) => api.listChecklist(filter, page), key, version);
  const selection = useSelection(key);
  const rows = state.status === 'done' ? state.value.rows : [];
  const today = api.today();
  // The same validity as the export's (utils/domain/dates.ts): no "0202" that a backup would refuse.
  const validDate = isValidDay(date) && date <= today;

  const confirm = (outside: boolean) =>
    confirmWithUndo({ api, announce, fail }, { ids: [...selection.selected], date, outside }, reload, () => {
      selection.clear();
      reload();
    });

  const columns = checklistColumns(today);

  const groups = choices.status === 'done' ? choices.value[0] : [];
  const subjects = choices.status === 'done' ? choices.value[1] : [];
  return (
    <>
      <ChecklistFilters groups={groups} subjects={subjects} values={values} onChange={(patch) => setValues((v) => ({ ...v, ...patch }))} />
      <ConfirmBar
        count={selection.selected.size}
        date={date}
        onDate={setDate}
        today={today}
        validDate={validDate}
        onConfirm={(outside) => void confirm(outside)}
      />
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <AsyncError message={state.message} />}
      {state.status === 'done' && (
        <>
          <DataTable
            caption={
              state.value.more
                ? t('dashChecklistCaptionMore', { count: formatNumber(state.value.total) })
                : tCount('dashChecklistCaption', state.value.total)
            }
            columns={columns}
            rows={rows}
            rowKey={(i) => i.id}
            empty={t('dashChecklistEmpty')}
            selection={{
              ...selection,
              rowLabel: (id) => {
                const item = rows.find((r) => r.id === id)!;
                return t('dashSelectRow', { what: `${item.pupil?.name ?? item.pupilId}, ${what(item)}` });
              },
            }}
          />
          <Pager
            label={t('dashChecklistPages')}
            offset={offset}
            limit={limit}
            total={state.value.total}
            more={state.value.more}
            onPage={goTo}
          />
        </>
      )}
    </>
  );
}

const what = (item: ChecklistRow) => (item.subject ? `${kindLabel(item.kind)} – ${item.subject}` : kindLabel(item.kind));

/** The list's columns; an open item past `today` is marked overdue. */
function checklistColumns(today: string): Column<ChecklistRow>[] {
  return [
    { id: 'pupil', header: t('dashColPupil'), cell: (i) => i.pupil?.name ?? i.pupilId },
    { id: 'group', header: t('dashColGroup'), cell: (i) => i.pupil?.group ?? '' },
    { id: 'what', header: t('dashColWhat'), cell: what },
    { id: 'term', header: t('dashColTerm'), cell: (i) => i.term },
    {
      id: 'due',
      header: t('dashColDue'),
      cell: (i) => (
        <span>
          {formatDay(i.due)}
          {i.status === 'open' && i.due < today && <strong class="overdue"> {t('dashOverdueMark')}</strong>}
        </span>
      ),
    },
    {
      id: 'status',
      header: t('dashColStatus'),
      cell: (i) =>
        i.status === 'open'
          ? t('dashItemOpen')
          : t(doneKey(i), {
              date: i.confirmedDate ? formatDay(i.confirmedDate) : i.closedAt ? formatDate(i.closedAt) : '',
            }),
    },
    { id: 'why', header: t('checklistWhy'), cell: (i) => <ItemWhy item={i} /> },
  ];
}

interface FilterValues {
  group: string;
  subject: string;
  kind: ChecklistKind | '';
  status: Status | '';
  due: DueBucket | '';
  text: string;
}

function ChecklistFilters({
  groups,
  subjects,
  values,
  onChange,
}: {
  groups: string[];
  subjects: string[];
  values: FilterValues;
  onChange: (patch: Partial<FilterValues>) => void;
}) {
  const { group, subject, kind, status, due, text } = values;
  return (
    <form class="filters" role="search" aria-label={t('dashFiltersLabel')} onSubmit={(e) => e.preventDefault()}>
      <SelectField
        id="item-group"
        label={t('dashColGroup')}
        value={group}
        options={withAll(groups, (g) => g)}
        onChange={(group) => onChange({ group })}
      />
      <InputField
        id="item-subject"
        label={t('dashColSubject')}
        list="item-subjects"
        value={subject}
        onChange={(subject) => onChange({ subject })}
      />
      <datalist id="item-subjects">
        {subjects.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      <SelectField
        id="item-kind"
        label={t('dashColKind')}
        value={kind}
        options={withAll(KINDS, (k) => kindLabel(k as ChecklistKind))}
        onChange={(v) => onChange({ kind: v as ChecklistKind | '' })}
      />
      <SelectField
        id="item-status"
        label={t('dashColStatus')}
        value={status}
        options={withAll(['open', 'done'], (s) => t(s === 'open' ? 'dashItemOpen' : 'dashItemDone'))}
        onChange={(v) => onChange({ status: v as Status | '' })}
      />
      <SelectField
        id="item-due"
        label={t('dashColDue')}
        value={due}
        options={withAll(DUE_BUCKETS, (d) => dueLabel(d as DueBucket))}
        onChange={(v) => onChange({ due: v as DueBucket | '' })}
      />
      <InputField id="item-search" type="search" label={t('dashSearchPupil')} value={text} onChange={(text) => onChange({ text })} />
    </form>
  );
}

interface ConfirmBarProps {
  count: number;
  date: string;
  onDate: (date: string) => void;
  today: string;
  validDate: boolean;
  onConfirm: (outside: boolean) => void;
}

/** The ticked items confirmed done on a date, or marked "Redan gjort". */
function ConfirmBar({ count, date, onDate, today, validDate, onConfirm }: ConfirmBarProps) {
  return (
    <form
      class="bulk"
      aria-label={t('dashBulkLabel')}
      onSubmit={(e) => {
        e.preventDefault();
        if (count > 0 && validDate) onConfirm(false);
      }}
    >
      <span>{t('dashSelectedCount', { count: formatNumber(count) })}</span>
      <InputField
        id="item-date"
        type="date"
        label={t('dashChecklistDate')}
        hint={t('dashChecklistDateHint')}
        max={today}
        value={date}
        onChange={onDate}
        error={validDate ? undefined : t('dashChecklistBadDate')}
      />
      <button type="submit" disabled={count === 0 || !validDate}>
        {tCount('dashChecklistConfirm', count)}
      </button>
      <button type="button" disabled={count === 0 || !validDate} onClick={() => onConfirm(true)}>
        {t('dashChecklistAlreadyDone', { count: formatNumber(count) })}
      </button>
    </form>
  );
}

/** Confirms items done (or "Redan gjort"), says so with an undo that puts them back as they were. */
async function confirmWithUndo(
  { api, announce, fail }: SectionProps,
  { ids, date, outside }: { ids: string[]; date: string; outside: boolean },
  reload: () => void,
  confirmed: () => void,
) {
  try {
    const previous = await api.confirmItems(ids, date, outside);
    confirmed();
    announce({
      message: tCount(outside ? 'dashChecklistMarkedOutside' : 'dashChecklistConfirmed', previous.length, { date: formatDay(date) }),
      action: {
        label: t('dashUndo'),
        run: async () => {
          try {
            await api.restoreItems(previous);
            announce({ message: tCount('dashChecklistRestored', previous.length) });
            reload();
          } catch (error) {
            fail(error);
          }
        },
      },
    });
  } catch (error) {
    fail(error);
  }
}

function doneKey(item: ChecklistRecord) {
  if (item.closedBy === 'page') return 'dashItemDonePage';
  if (item.closedBy === 'contact') return 'dashItemDoneContact';
  return item.doneOutside ? 'dashItemDoneOutside' : 'dashItemDoneTeacher';
}
