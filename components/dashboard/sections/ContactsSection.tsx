import { useEffect, useState } from 'preact/hooks';
import { DataTable, type Column } from '@/components/common/DataTable';
import { Dialog } from '@/components/common/Dialog';
import { InputField, SelectField, type Option } from '@/components/common/Field';
import { useDebounced, usePaged, useReload } from '@/components/common/hooks';
import { Pager } from '@/components/common/Pager';
import type { ContactFilter, ContactRow } from '@/utils/db/queries/contacts';
import type { ContactChannel, ContactOutcome } from '@/utils/db/records';
import { formatDate, formatNumber, t, tCount } from '@/utils/i18n';
import { informs } from '@/utils/domain/contact-outcomes';
import { useAsync } from '@/utils/ui/use-async';
import { CHANNELS, OUTCOMES, channelLabel, formatDay, outcomeLabel, withAll } from '../labels';
import { ContactEditor } from './ContactEditor';
import { AsyncError, Loading } from './status';
import type { SectionProps } from './types';

/** The contact log: search, filters, correcting a contact, and deleting one with undo. */
export function ContactsSection({ api, announce, fail }: SectionProps) {
  const [values, setValues] = useState<FilterValues>({ text: '', channel: '', outcome: '', from: '', to: '', pupilId: '' });
  const { text, channel, outcome, from, to, pupilId } = values;
  const search = useDebounced(text, 300);
  const [version, reload] = useReload();
  // Once the first page is shown, the rest of the list is read into memory so the first filter is quick too.
  useEffect(() => {
    const timer = setTimeout(() => api.warm('contacts'), 1000);
    return () => clearTimeout(timer);
  }, [api]);
  const [editing, setEditing] = useState<ContactRow | null>(null);
  const [deleting, setDeleting] = useState<ContactRow | null>(null);
  const pupils = useAsync(() => api.pupils(), []);

  const filter: ContactFilter = {
    ...(search && { text: search }),
    ...(channel && { channel }),
    ...(outcome && { outcome }),
    ...(from && { from }),
    ...(to && { to }),
    ...(pupilId && { pupilId }),
  };
  const { state, offset, limit, goTo } = usePaged((page) => api.listContacts(filter, page), JSON.stringify(filter), version);
  const describe = (c: ContactRow) => t('dashContactWhat', { pupil: c.pupil?.name ?? c.pupilId, date: formatDate(c.at) });

  const remove = (contact: ContactRow) => {
    setDeleting(null);
    return deleteWithUndo({ api, announce, fail }, contact, reload);
  };

  const columns = contactColumns(describe, { edit: setEditing, delete: setDeleting });

  const pupilOptions = withAll(pupils.status === 'done' ? pupils.value.map((p) => p.id) : [], (id) => {
    const p = pupils.status === 'done' ? pupils.value.find((x) => x.id === id) : undefined;
    return p ? (p.group ? `${p.name} (${p.group})` : p.name) : id;
  });
  return (
    <>
      <ContactFilters pupilOptions={pupilOptions} values={values} onChange={(patch) => setValues((v) => ({ ...v, ...patch }))} />
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <AsyncError message={state.message} />}
      {state.status === 'done' && (
        <>
          <DataTable
            caption={
              state.value.more
                ? t('dashContactsCaptionMore', { count: formatNumber(state.value.total) })
                : tCount('dashContactsCaption', state.value.total)
            }
            columns={columns}
            rows={state.value.rows}
            rowKey={(c) => c.id}
            empty={t('dashContactsEmpty')}
          />
          <Pager
            label={t('dashContactsPages')}
            offset={offset}
            limit={limit}
            total={state.value.total}
            more={state.value.more}
            onPage={goTo}
          />
        </>
      )}
      {editing && (
        <ContactEditor
          contact={editing}
          onCancel={() => setEditing(null)}
          onSave={async (patch) => {
            try {
              await api.updateContact(editing.id, patch);
              setEditing(null);
              announce({ message: t('dashContactSaved') });
              reload();
            } catch (error) {
              fail(error);
            }
          }}
        />
      )}
      {deleting && (
        <Dialog
          title={t('dashContactDeleteTitle')}
          confirmLabel={t('dashDelete')}
          danger
          onConfirm={() => void remove(deleting)}
          onCancel={() => setDeleting(null)}
        >
          <p>{t('dashContactDeleteBody', { what: describe(deleting) })}</p>
        </Dialog>
      )}
    </>
  );
}

/** The log's columns, each row with its edit and delete buttons named after the contact (`describe`). */
function contactColumns(
  describe: (c: ContactRow) => string,
  on: { edit: (c: ContactRow) => void; delete: (c: ContactRow) => void },
): Column<ContactRow>[] {
  return [
    {
      id: 'pupil',
      header: t('dashColPupil'),
      cell: (c) => (
        <>
          {c.pupil?.name ?? c.pupilId}
          {c.pupil?.protectedData && <span class="mark"> · {t('pageProtected')}</span>}
        </>
      ),
    },
    { id: 'at', header: t('dashColDate'), cell: (c) => formatDate(c.at, { dateStyle: 'medium', timeStyle: 'short' }) },
    { id: 'subjects', header: t('dashColSubjects'), cell: (c) => c.subjects.join(', ') },
    { id: 'channel', header: t('dashColChannel'), cell: (c) => channelLabel(c.channel) },
    { id: 'outcome', header: t('dashColOutcome'), cell: (c) => outcomeLabel(c.outcome) },
    // Contacts from before Insyn asked which guardians have none stored: they counted for every guardian.
    { id: 'guardians', header: t('dashColGuardians'), cell: (c) => (c.guardians ?? []).join(', ') },
    { id: 'with', header: t('dashColWithWhom'), cell: (c) => c.withWhom },
    { id: 'summary', header: t('dashColSummary'), cell: (c) => c.summary },
    { id: 'retry', header: t('logRetry'), cell: (c) => (c.retry && !informs(c.outcome, c.channel) ? formatDay(c.retry) : '') },
    { id: 'followUp', header: t('dashColFollowUp'), cell: (c) => (c.followUp ? formatDay(c.followUp) : '') },
    {
      id: 'actions',
      header: t('dashColActions'),
      cell: (c) => (
        <span class="row-actions">
          <button type="button" aria-label={t('dashEditThe', { what: describe(c) })} onClick={() => on.edit(c)}>
            {t('dashEdit')}
          </button>
          <button type="button" aria-label={t('dashDeleteThe', { what: describe(c) })} onClick={() => on.delete(c)}>
            {t('dashDelete')}
          </button>
        </span>
      ),
    },
  ];
}

interface FilterValues {
  text: string;
  channel: ContactChannel | '';
  outcome: ContactOutcome | '';
  from: string;
  to: string;
  pupilId: string;
}

function ContactFilters({
  pupilOptions,
  values,
  onChange,
}: {
  pupilOptions: Option[];
  values: FilterValues;
  onChange: (patch: Partial<FilterValues>) => void;
}) {
  const { text, channel, outcome, from, to, pupilId } = values;
  return (
    <form class="filters" role="search" aria-label={t('dashFiltersLabel')} onSubmit={(e) => e.preventDefault()}>
      <InputField
        id="contact-search"
        type="search"
        label={t('dashSearch')}
        hint={t('dashContactSearchHint')}
        value={text}
        onChange={(text) => onChange({ text })}
      />
      <SelectField
        id="contact-pupil"
        label={t('dashColPupil')}
        value={pupilId}
        options={pupilOptions}
        onChange={(pupilId) => onChange({ pupilId })}
      />
      <SelectField
        id="contact-channel"
        label={t('dashColChannel')}
        value={channel}
        options={withAll(CHANNELS, (c) => channelLabel(c as ContactChannel))}
        onChange={(v) => onChange({ channel: v as ContactChannel | '' })}
      />
      <SelectField
        id="contact-outcome"
        label={t('dashColOutcome')}
        value={outcome}
        options={withAll(OUTCOMES, (o) => outcomeLabel(o as ContactOutcome))}
        onChange={(v) => onChange({ outcome: v as ContactOutcome | '' })}
      />
      <InputField id="contact-from" type="date" label={t('dashFrom')} value={from} onChange={(from) => onChange({ from })} />
      <InputField id="contact-to" type="date" label={t('dashTo')} value={to} onChange={(to) => onChange({ to })} />
    </form>
  );
}

/** Deletes a contact and says so, with an undo that puts it back. */
async function deleteWithUndo({ api, announce, fail }: SectionProps, contact: ContactRow, reload: () => void) {
  try {
    const deleted = await api.deleteContact(contact.id);
    reload();
    if (!deleted) return;
    announce({
      message: t('dashContactDeleted'),
      action: {
        label: t('dashUndo'),
        run: async () => {
          try {
            await deleted.restore();
            announce({ message: t('dashContactRestored') });
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
