import { useState } from 'preact/hooks';
import { InputField, SelectField } from '@/components/common/Field';
import { NoteField } from '@/components/common/NoteField';
import { t } from '@/utils/i18n';
import type { SupportStepProps } from './props';

/** New extra anpassningar for one pupil: what (the school's list), in which subject, from when, and a short note. */
export function AdaptationForm({ chain, domId, view, act }: SupportStepProps) {
  const subjects = [...new Set(chain.risks.map((r) => r.subject))];
  const [what, setWhat] = useState(view.kinds[0] ?? '');
  const [subject, setSubject] = useState(subjects[0] ?? '');
  const [from, setFrom] = useState(view.today);
  const [note, setNote] = useState('');
  const id = (name: string) => `adapt-${name}-${domId}`;
  return (
    <form
      class="support-form"
      aria-label={t('supportAdaptHeading')}
      onSubmit={(e) => {
        e.preventDefault();
        void act(
          (api) =>
            api.adapt({ pupilId: chain.pupil.id, subject: subject.trim(), what, from, ...(note.trim() ? { note: note.trim() } : {}) }),
          ({ evaluationDue }) => t('supportAdapted', { date: evaluationDue }),
        );
      }}
    >
      <SelectField
        id={id('what')}
        label={t('supportAdaptWhat')}
        value={what}
        options={view.kinds.map((k) => ({ value: k, label: k }))}
        onChange={setWhat}
      />
      {subjects.length > 1 ? (
        <SelectField
          id={id('subject')}
          label={t('supportAdaptSubject')}
          value={subject}
          options={subjects.map((s) => ({ value: s, label: s }))}
          onChange={setSubject}
        />
      ) : (
        <InputField id={id('subject')} label={t('supportAdaptSubject')} value={subject} onChange={setSubject} />
      )}
      <InputField id={id('from')} type="date" label={t('supportAdaptFrom')} value={from} onChange={setFrom} />
      <NoteField id={id('note')} label={t('supportAdaptNote')} value={note} onChange={setNote} />
      <button type="submit" disabled={!what || !subject.trim() || !from}>
        {t('supportAdaptSave')}
      </button>
    </form>
  );
}
