import { useState } from 'preact/hooks';
import type { FieldProblem, TemplateInput } from '../api';
import { DataTable, type Column } from '@/components/common/DataTable';
import { Dialog } from '@/components/common/Dialog';
import { InputField, SelectField, TextAreaField } from '@/components/common/Field';
import { useReload } from '@/components/common/hooks';
import type { TemplateRecord } from '@/utils/db/records';
import { t, type MessageKey } from '@/utils/i18n';
import { PLACEHOLDERS, type Placeholder } from '@/utils/templates/render';
import { useAsync } from '@/utils/ui/use-async';
import { LANGUAGES, languageLabel } from '../labels';
import { DeleteDialog } from './DeleteDialog';
import { AsyncError, Loading } from './status';
import type { SectionProps } from './types';

const placeholderHelp: Record<Placeholder, MessageKey> = {
  pupil: 'dashPlaceholderPupil',
  subject: 'dashPlaceholderSubject',
  teacher: 'dashPlaceholderTeacher',
  school: 'dashPlaceholderSchool',
  term: 'dashPlaceholderTerm',
  reasons: 'dashPlaceholderReasons',
  meeting: 'dashPlaceholderMeeting',
  interpreter: 'dashPlaceholderInterpreter',
};

const EMPTY: TemplateInput = { name: '', lang: 'sv', subject: '', body: '' };

/** The guardian-message templates: list, add, edit, delete (with undo), and what each placeholder means. */
export function TemplatesSection(props: SectionProps) {
  const [version, reload] = useReload();
  const state = useAsync(() => props.api.listTemplates(), [version]);
  const { editing, edit, stopEditing, problems, save, deleting, setDeleting, remove } = useTemplateEdits(props, reload);
  const columns = templateColumns({
    edit: (r) => edit({ id: r.id, name: r.name, lang: r.lang, subject: r.subject, body: r.body }),
    delete: setDeleting,
  });

  return (
    <>
      <p>
        <button type="button" onClick={() => edit({ ...EMPTY })}>
          {t('dashTemplateAdd')}
        </button>
      </p>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <AsyncError message={state.message} />}
      {state.status === 'done' && (
        <DataTable
          caption={t('dashTemplatesCaption')}
          columns={columns}
          rows={state.value}
          rowKey={(r) => r.id}
          empty={t('dashTemplatesEmpty')}
        />
      )}
      <PlaceholderHelp />
      {editing && <TemplateEditor initial={editing} problems={problems} onSave={(input) => void save(input)} onCancel={stopEditing} />}
      {deleting && (
        <DeleteDialog
          title={t('dashTemplateDeleteTitle')}
          body={t('dashTemplateDeleteBody', { name: deleting.name })}
          onConfirm={() => void remove(deleting)}
          onCancel={() => setDeleting(null)}
        />
      )}
    </>
  );
}

/** The template being edited and the one about to be deleted: saving (with its problems), deleting with undo. */
function useTemplateEdits({ api, announce, fail }: SectionProps, reload: () => void) {
  const [editing, setEditing] = useState<TemplateInput | null>(null);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [deleting, setDeleting] = useState<TemplateRecord | null>(null);
  const edit = (input: TemplateInput) => {
    setProblems([]);
    setEditing(input);
  };

  const save = async (input: TemplateInput) => {
    try {
      const result = await api.saveTemplate(input);
      if (!result.ok) return setProblems(result.problems);
      setEditing(null);
      setProblems([]);
      announce({ message: t('dashTemplateSaved', { name: result.template.name }) });
      reload();
    } catch (error) {
      fail(error);
    }
  };

  const remove = async (template: TemplateRecord) => {
    setDeleting(null);
    try {
      const deleted = await api.deleteTemplate(template.id);
      reload();
      if (!deleted) return;
      announce({
        message: t('dashTemplateDeleted', { name: deleted.name }),
        action: {
          label: t('dashUndo'),
          run: async () => {
            await api.restoreTemplate(deleted).catch(fail);
            reload();
          },
        },
      });
    } catch (error) {
      fail(error);
    }
  };
  return { editing, edit, stopEditing: () => setEditing(null), problems, save, deleting, setDeleting, remove };
}

/** The templates' columns, each row with its edit and delete buttons. */
function templateColumns(on: { edit: (r: TemplateRecord) => void; delete: (r: TemplateRecord) => void }): Column<TemplateRecord>[] {
  return [
    { id: 'name', header: t('dashTemplateName'), cell: (r) => r.name },
    { id: 'lang', header: t('dashTemplateLang'), cell: (r) => languageLabel(r.lang) },
    { id: 'subject', header: t('dashTemplateSubject'), cell: (r) => r.subject },
    { id: 'kind', header: t('dashTemplateOrigin'), cell: (r) => t(r.builtIn ? 'dashTemplateBuiltIn' : 'dashTemplateOwn') },
    {
      id: 'actions',
      header: t('dashColActions'),
      cell: (r) => (
        <span class="row-actions">
          <button type="button" aria-label={t('dashEditThe', { what: r.name })} onClick={() => on.edit(r)}>
            {t('dashEdit')}
          </button>
          <button type="button" aria-label={t('dashDeleteThe', { what: r.name })} onClick={() => on.delete(r)}>
            {t('dashDelete')}
          </button>
        </span>
      ),
    },
  ];
}

/** What each placeholder a template may use stands for. */
function PlaceholderHelp() {
  return (
    <section aria-labelledby="placeholders-title">
      <h3 id="placeholders-title">{t('dashPlaceholdersTitle')}</h3>
      <p>{t('dashPlaceholdersIntro')}</p>
      <dl class="placeholders">
        {PLACEHOLDERS.map((name) => (
          <div key={name}>
            <dt>
              <code>{`{${name}}`}</code>
            </dt>
            <dd>{t(placeholderHelp[name])}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function TemplateEditor({
  initial,
  problems,
  onSave,
  onCancel,
}: {
  initial: TemplateInput;
  problems: FieldProblem[];
  onSave: (input: TemplateInput) => void;
  onCancel: () => void;
}) {
  const [input, setInput] = useState(initial);
  const set = (patch: Partial<TemplateInput>) => setInput({ ...input, ...patch });
  const errorFor = (path: string) => {
    const problem = problems.find((p) => p.path === path);
    if (!problem) return undefined;
    return t(problem.message === 'tooLong' ? 'dashFieldTooLong' : 'dashFieldRequired');
  };
  return (
    <Dialog
      title={t(initial.id ? 'dashTemplateEditTitle' : 'dashTemplateAddTitle')}
      confirmLabel={t('dashSave')}
      onConfirm={() => onSave(input)}
      onCancel={onCancel}
    >
      <InputField
        id="tpl-name"
        label={t('dashTemplateName')}
        value={input.name}
        onChange={(name) => set({ name })}
        error={errorFor('name')}
      />
      <SelectField
        id="tpl-lang"
        label={t('dashTemplateLang')}
        value={input.lang}
        options={LANGUAGES.map((lang) => ({ value: lang, label: languageLabel(lang) }))}
        onChange={(lang) => set({ lang: lang as TemplateInput['lang'] })}
      />
      <InputField
        id="tpl-subject"
        label={t('dashTemplateSubject')}
        value={input.subject}
        onChange={(subject) => set({ subject })}
        error={errorFor('subject')}
      />
      <TextAreaField
        id="tpl-body"
        label={t('dashTemplateBody')}
        rows={14}
        value={input.body}
        hint={t('dashTemplateBodyHint')}
        error={errorFor('body')}
        onChange={(body) => set({ body })}
      />
    </Dialog>
  );
}
