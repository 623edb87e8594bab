import { useState } from 'preact/hooks';
import type { ActionResult } from '@/utils/content/contact-flow';
import { t } from '@/utils/i18n';
import { useUniqueId } from './focus';
import { SealedText } from './SealedText';

export interface Signature {
  teacher: string;
  school: string;
}

export interface SignatureFormProps {
  initial: Signature;
  onSave(signature: Signature): Promise<ActionResult>;
}

/**
 * Asked inside the draft the first time: the teacher's name and school sign every message. Saved to
 * Insyn's settings, so Insyn asks once; the open drafts take them at once.
 */
export function SignatureForm({ initial, onSave }: SignatureFormProps) {
  const id = useUniqueId();
  const [teacher, setTeacher] = useState(initial.teacher);
  const [school, setSchool] = useState(initial.school);
  const [error, setError] = useState<string>();
  const save = async (event?: Event) => {
    event?.preventDefault();
    if (!teacher.trim() || !school.trim()) return setError(t('draftSignRequired'));
    const result = await onSave({ teacher: teacher.trim(), school: school.trim() });
    setError(result.ok ? undefined : result.error);
  };
  return (
    <form class="signature" aria-labelledby={`${id}-h`} onSubmit={(e) => void save(e)} data-insyn-signature>
      <p id={`${id}-h`}>{t('draftSignIntro')}</p>
      <SealedText
        id={`${id}-teacher`}
        label={t('draftSignTeacher')}
        autocomplete="name"
        maxLength={200}
        value={teacher}
        onInput={setTeacher}
        onEnter={() => void save()}
      />
      <SealedText
        id={`${id}-school`}
        label={t('draftSignSchool')}
        autocomplete="organization"
        maxLength={200}
        value={school}
        onInput={setSchool}
        onEnter={() => void save()}
      />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit">{t('draftSignSave')}</button>
    </form>
  );
}
