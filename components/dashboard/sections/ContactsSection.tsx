import { useEffect, useState } from 'preact/hooks';
import type { Column } from '@/components/common/DataTable';
import { usePaged, useReload } from '@/components/common/hooks';
import type { ContactRow } from '@/utils/db/queries/contacts';
import type { ContactChannel, ContactOutcome, PupilRecord } from '@/utils/db/records';
import { formatDate, formatNumber, t, tCount } from '@/utils/i18n';
import { informs } from '@/utils/domain/contact-outcomes';
import { useAsync } from '@/utils/ui/use-async';
import { FilterForm, type FilterSpec } from '../FilterForm';
import { CHANNELS, OUTCOMES, channelLabel, formatDay, outcomeLabel } from '../labels';
import { useFilters } from '../use-filters';
import { ContactEditor } from './ContactEditor';
import { DeleteDialog } from './DeleteDialog';
import { PagedList } from './PagedList';
import { saveEdit } from './save-edit';
import type { SectionProps } from './types';

/** The contact log: search, filters, correcting a contact, and deleting one with undo. */
export function ContactsSection({ api, announce, fail }: SectionProps) {
  const { values, onChange, filter, key } = useFilters<ContactFilterValues>({
    text: '',
    channel: '',
    outcome: '',
    from: '',
    to: '',
    pupilId: '',
  });
  const [version, reload] = useReload();
  // Once the first page is shown, the rest of the list is read into memory so the first filter is quick too.
  useEffect(() => {
    const timer = setTimeout(() => api.warm('contacts'), 1000);
    return () => clearTimeout(timer);
  }, [api]);
  const [editing, setEditing] = useState<ContactRow | null>(null);
  const [deleting, setDeleting] = useState<ContactRow | null>(null);
  const pupils = useAsync(() => api.pupils(), []);
  const paged = usePaged((page) => api.listContacts(filter, page), key, version);
  const describe = (c: ContactRow) => t('dashContactWhat', { pupil: c.pupil?.name ?? c.pupilId, date: formatDate(c.at) });

  const remove = (contact: ContactRow) => {
    setDeleting(null);
    return deleteWithUndo({ api, announce, fail }, contact, reload);
  };
  const save = (contact: ContactRow, patch: Parameters<typeof api.updateContact>[1]) =>
    saveEdit(
      { announce, fail },
      () => api.updateContact(contact.id, patch),
      t('dashContactSaved'),
      () => {
        setEditing(null);
        reload();
      },
    );

  return (
    <>
      <FilterForm filters={contactFilters(pupils.status === 'done' ? pupils.value : [])} values={values} onChange={onChange} />
      <PagedList
        paged={paged}
        caption={(page) =>
          page.more ? t('dashContactsCaptionMore', { count: formatNumber(page.total) }) : tCount('dashContactsCaption', page.total)
        }
        pagesLabel={t('dashContactsPages')}
        columns={contactColumns(describe, { edit: setEditing, delete: setDeleting })}
        rowKey={(c) => c.id}
        empty={t('dashContactsEmpty')}
      />
      {editing && <ContactEditor contact={editing} onCancel={() => setEditing(null)} onSave={(patch) => void save(editing, patch)} />}
      {deleting && (
        <DeleteDialog
          title={t('dashContactDeleteTitle')}
          body={t('dashContactDeleteBody', { what: describe(deleting) })}
          onConfirm={() => void remove(deleting)}
          onCancel={() => setDeleting(null)}
        />
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

type ContactFilterValues = {
  text: string;
  channel: ContactChannel | '';
  outcome: ContactOutcome | '';
  from: string;
  to: string;
  pupilId: string;
};

/** The log's filters: channels and outcomes as their domain lists declare them, the pupils stored. */
function contactFilters(pupils: PupilRecord[]): FilterSpec<ContactFilterValues>[] {
  const pupilName = (id: string) => {
    const p = pupils.find((x) => x.id === id);
    return p ? (p.group ? `${p.name} (${p.group})` : p.name) : id;
  };
  return [
    { key: 'text', id: 'contact-search', label: t('dashSearch'), hint: t('dashContactSearchHint'), type: 'search' },
    { key: 'pupilId', id: 'contact-pupil', label: t('dashColPupil'), choices: pupils.map((p) => p.id), choiceLabel: pupilName },
    {
      key: 'channel',
      id: 'contact-channel',
      label: t('dashColChannel'),
      choices: CHANNELS,
      choiceLabel: (c) => channelLabel(c as ContactChannel),
    },
    {
      key: 'outcome',
      id: 'contact-outcome',
      label: t('dashColOutcome'),
      choices: OUTCOMES,
      choiceLabel: (o) => outcomeLabel(o as ContactOutcome),
    },
    { key: 'from', id: 'contact-from', label: t('dashFrom'), type: 'date' },
    { key: 'to', id: 'contact-to', label: t('dashTo'), type: 'date' },
  ];
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
