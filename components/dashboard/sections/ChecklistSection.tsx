import { useEffect, useState } from 'preact/hooks';
import type { Column } from '@/components/common/DataTable';
import { InputField } from '@/components/common/Field';
import { usePaged, useReload, useSelection } from '@/components/common/hooks';
import type { ChecklistRow, DueBucket } from '@/utils/db/queries/checklist';
import type { ChecklistKind, ChecklistRecord } from '@/utils/db/records';
import { CHECKLIST_STATUSES, type ChecklistStatus } from '@/utils/domain/checklist-statuses';
import { formatDate, formatNumber, t, tCount } from '@/utils/i18n';
import { useAsync } from '@/utils/ui/use-async';
import { FilterForm, type FilterSpec } from '../FilterForm';
import { ItemWhy } from '../ItemWhy';
import { DUE_BUCKETS, KINDS, checklistStatusLabel, dueLabel, formatDay, kindLabel } from '../labels';
import { useFilters } from '../use-filters';
import { PagedList } from './PagedList';
import type { SectionProps } from './types';
import { isValidDay } from '@/utils/domain/dates';

/**
 * What is owed to guardians, with filters, each item with why it exists. The teacher ticks items and
 * confirms them done on a date ("skickad per post 12 dec"), or "Redan gjort" (done before Insyn or
 * outside it); undo puts them back as they were.
 */
export function ChecklistSection({ api, announce, fail }: SectionProps) {
  const { values, onChange, filter, key } = useFilters<ChecklistFilterValues>({
    group: '',
    subject: '',
    kind: '',
    status: 'open',
    due: '',
    text: '',
  });
  const [date, setDate] = useState(api.today());
  const [version, reload] = useReload();
  // Once the first page is shown, the rest of the list is read into memory so the first filter is quick too.
  useEffect(() => {
    const timer = setTimeout(() => api.warm('checklist'), 1000);
    return () => clearTimeout(timer);
  }, [api]);
  const choices = useAsync(() => Promise.all([api.groups(), api.subjects()]), []);
  const paged = usePaged((page) => api.listChecklist(filter, page), key, version);
  const selection = useSelection(key);
  const rows = paged.state.status === 'done' ? paged.state.value.rows : [];
  const today = api.today();
  // The same validity as the export's (utils/domain/dates.ts): no "0202" that a backup would refuse.
  const validDate = isValidDay(date) && date <= today;

  const confirm = (outside: boolean) =>
    confirmWithUndo({ api, announce, fail }, { ids: [...selection.selected], date, outside }, reload, () => {
      selection.clear();
      reload();
    });
  const rowLabel = (id: string) => {
    const item = rows.find((r) => r.id === id)!;
    return t('dashSelectRow', { what: `${item.pupil?.name ?? item.pupilId}, ${what(item)}` });
  };

  const [groups, subjects] = choices.status === 'done' ? choices.value : [[], []];
  return (
    <>
      <FilterForm filters={checklistFilters(groups, subjects)} values={values} onChange={onChange} />
      <ConfirmBar
        count={selection.selected.size}
        date={date}
        onDate={setDate}
        today={today}
        validDate={validDate}
        onConfirm={(outside) => void confirm(outside)}
      />
      <PagedList
        paged={paged}
        caption={(page) =>
          page.more ? t('dashChecklistCaptionMore', { count: formatNumber(page.total) }) : tCount('dashChecklistCaption', page.total)
        }
        pagesLabel={t('dashChecklistPages')}
        columns={checklistColumns(today)}
        rowKey={(i) => i.id}
        empty={t('dashChecklistEmpty')}
        selection={{ ...selection, rowLabel }}
      />
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
          ? checklistStatusLabel('open')
          : t(doneKey(i), {
              date: i.confirmedDate ? formatDay(i.confirmedDate) : i.closedAt ? formatDate(i.closedAt) : '',
            }),
    },
    { id: 'why', header: t('checklistWhy'), cell: (i) => <ItemWhy item={i} /> },
  ];
}

type ChecklistFilterValues = {
  group: string;
  subject: string;
  kind: ChecklistKind | '';
  status: ChecklistStatus | '';
  due: DueBucket | '';
  text: string;
};

/** The list's filters: the kinds, statuses and due buckets as their domain lists declare them. */
function checklistFilters(groups: string[], subjects: string[]): FilterSpec<ChecklistFilterValues>[] {
  return [
    { key: 'group', id: 'item-group', label: t('dashColGroup'), choices: groups },
    { key: 'subject', id: 'item-subject', label: t('dashColSubject'), type: 'text', suggestions: subjects },
    { key: 'kind', id: 'item-kind', label: t('dashColKind'), choices: KINDS, choiceLabel: (k) => kindLabel(k as ChecklistKind) },
    {
      key: 'status',
      id: 'item-status',
      label: t('dashColStatus'),
      choices: CHECKLIST_STATUSES,
      choiceLabel: (s) => checklistStatusLabel(s as ChecklistStatus),
    },
    { key: 'due', id: 'item-due', label: t('dashColDue'), choices: DUE_BUCKETS, choiceLabel: (d) => dueLabel(d as DueBucket) },
    { key: 'text', id: 'item-search', label: t('dashSearchPupil'), type: 'search' },
  ];
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
