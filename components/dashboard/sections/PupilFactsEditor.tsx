import { useState } from 'preact/hooks';
import { Dialog } from '@/components/common/Dialog';
import { CheckboxField, InputField, SelectField } from '@/components/common/Field';
import type { PupilRecord } from '@/utils/db/records';
import { GUARDIAN_EXEMPTIONS, type GuardianExemptionReason } from '@/utils/domain/guardians';
import { labelKey } from '@/utils/domain/labels';
import { t } from '@/utils/i18n';
import type { PupilFactsPatch } from '@/utils/store/contacts';

const MAX_LANGUAGE = 100;

/**
 * What the teacher knows about a pupil's guardians and needs, without names: one or two guardians, why
 * the second is not contacted, protected personal data, an interpreter and its language.
 */
export function PupilFactsEditor({
  pupil,
  onSave,
  onCancel,
}: {
  pupil: PupilRecord;
  onSave: (patch: PupilFactsPatch) => void;
  onCancel: () => void;
}) {
  const [guardians, setGuardians] = useState(String(pupil.guardians ?? 2));
  const [exempt, setExempt] = useState<GuardianExemptionReason | ''>(pupil.guardianExempt?.reason ?? '');
  const [protectedData, setProtected] = useState(pupil.protectedData === true);
  const [interpreter, setInterpreter] = useState(pupil.interpreter ?? '');
  const two = guardians === '2';
  const save = () =>
    onSave({
      guardians: two ? undefined : 1,
      guardianExempt: two && exempt ? { guardian: 2, reason: exempt } : undefined,
      protectedData: protectedData || undefined,
      interpreter: interpreter.trim().slice(0, MAX_LANGUAGE) || undefined,
    });
  return (
    <Dialog title={t('dashPupilFactsFor', { pupil: pupil.name })} confirmLabel={t('dashSave')} onCancel={onCancel} onConfirm={save}>
      <SelectField
        id="facts-guardians"
        label={t('dashGuardianCount')}
        value={guardians}
        options={['1', '2'].map((n) => ({ value: n, label: n }))}
        onChange={setGuardians}
      />
      {two && (
        <SelectField
          id="facts-exempt"
          label={t('dashGuardianExempt')}
          value={exempt}
          options={[
            { value: '', label: t('dashGuardianExemptNone') },
            ...GUARDIAN_EXEMPTIONS.map((r) => ({ value: r, label: t(labelKey('guardianExemption', r)) })),
          ]}
          onChange={(v) => setExempt(v as GuardianExemptionReason | '')}
        />
      )}
      <CheckboxField
        id="facts-protected"
        label={t('dashProtectedData')}
        hint={t('dashProtectedHint')}
        checked={protectedData}
        onChange={setProtected}
      />
      <InputField
        id="facts-interpreter"
        label={t('dashInterpreter')}
        hint={t('dashInterpreterHint')}
        value={interpreter}
        onChange={setInterpreter}
      />
    </Dialog>
  );
}
