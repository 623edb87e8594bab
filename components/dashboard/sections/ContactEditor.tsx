import { useState } from 'preact/hooks';
import { Dialog } from '@/components/common/Dialog';
import { CheckboxField, InputField, SelectField } from '@/components/common/Field';
import { informs } from '@/utils/domain/contact-outcomes';
import { GUARDIAN_NUMBERS, type GuardianNumber } from '@/utils/domain/guardians';
import type { ContactChannel, ContactOutcome, ContactRecord } from '@/utils/db/records';
import { t } from '@/utils/i18n';
import { healthWordsIn } from '@/utils/privacy/health-words';
import { CHANNELS, OUTCOMES, channelLabel, outcomeLabel } from '../labels';
import { isValidDay, isValidMoment } from '@/utils/domain/dates';

type Patch = Pick<ContactRecord, 'at' | 'channel' | 'withWhom' | 'summary' | 'outcome'> &
  Partial<Pick<ContactRecord, 'guardians' | 'retry' | 'followUp'>>;

/** `datetime-local` value of an epoch time, in the teacher's local time. */
function localDateTime(at: number): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Corrects a logged contact: when, how, with whom and which guardians, what was said, the retry and follow-up dates. */
export function ContactEditor({
  contact,
  onSave,
  onCancel,
}: {
  contact: ContactRecord;
  onSave: (patch: Patch) => void;
  onCancel: () => void;
}) {
  const { draft, set, toggle, patch, atError, followUpError } = useContactDraft(contact);
  const { at, channel, outcome, withWhom, summary, followUp, guardians, retry } = draft;
  return (
    <Dialog
      title={t('dashContactEditTitle')}
      confirmLabel={t('dashSave')}
      canConfirm={!atError && !followUpError && guardians.length > 0}
      onCancel={onCancel}
      onConfirm={() => onSave(patch())}
    >
      <InputField id="edit-at" type="datetime-local" label={t('dashColDate')} value={at} onChange={(at) => set({ at })} error={atError} />
      <SelectField
        id="edit-channel"
        label={t('dashColChannel')}
        value={channel}
        options={CHANNELS.map((c) => ({ value: c, label: channelLabel(c) }))}
        onChange={(v) => set({ channel: v as ContactChannel })}
      />
      <SelectField
        id="edit-outcome"
        label={t('dashColOutcome')}
        value={outcome}
        options={OUTCOMES.map((o) => ({ value: o, label: outcomeLabel(o) }))}
        onChange={(v) => set({ outcome: v as ContactOutcome })}
      />
      <InputField id="edit-with" label={t('dashColWithWhom')} value={withWhom} onChange={(withWhom) => set({ withWhom })} />
      <GuardiansField guardians={guardians} onToggle={toggle} />
      {!informs(outcome, channel) && (
        <InputField
          id="edit-retry"
          type="date"
          label={t('logRetry')}
          hint={t('logRetryHint')}
          value={retry}
          onChange={(retry) => set({ retry })}
        />
      )}
      <SummaryField summary={summary} onSummary={(summary) => set({ summary })} />
      <InputField
        id="edit-followup"
        type="date"
        label={t('dashColFollowUp')}
        hint={t('dashFollowUpHint')}
        value={followUp}
        onChange={(followUp) => set({ followUp })}
        error={followUpError}
      />
    </Dialog>
  );
}

/** The contact as the editor holds it (dates as the inputs show them), its errors, and the patch it saves. */
function useContactDraft(contact: ContactRecord) {
  const [draft, setDraft] = useState({
    at: localDateTime(contact.at),
    channel: contact.channel,
    outcome: contact.outcome,
    withWhom: contact.withWhom,
    summary: contact.summary,
    followUp: contact.followUp ?? '',
    guardians: contact.guardians ?? [...GUARDIAN_NUMBERS],
    retry: contact.retry ?? '',
  });
  const set = (patch: Partial<typeof draft>) => setDraft((d) => ({ ...d, ...patch }));
  const toggle = (g: GuardianNumber, on: boolean) =>
    setDraft((d) => ({ ...d, guardians: on ? [...d.guardians, g].sort() : d.guardians.filter((x) => x !== g) }));
  const when = new Date(draft.at).getTime();
  // The same validity as the protocol's and the export's (utils/domain/dates.ts): what is saved always restores.
  const atError = isValidMoment(when) ? undefined : t('dashContactBadDate');
  const followUpError = draft.followUp === '' || isValidDay(draft.followUp) ? undefined : t('dashContactBadDate');
  const patch = (): Patch => ({
    at: when,
    channel: draft.channel,
    outcome: draft.outcome,
    guardians: draft.guardians,
    withWhom: draft.withWhom.trim(),
    summary: draft.summary.trim(),
    retry: draft.retry || undefined,
    followUp: draft.followUp || undefined,
  });
  return { draft, set, toggle, patch, atError, followUpError };
}

function GuardiansField({
  guardians,
  onToggle,
}: {
  guardians: readonly GuardianNumber[];
  onToggle: (g: GuardianNumber, on: boolean) => void;
}) {
  return (
    <fieldset class="field">
      <legend>{t('logGuardians')}</legend>
      {GUARDIAN_NUMBERS.map((g) => (
        <CheckboxField
          key={g}
          id={`edit-guardian-${g}`}
          label={t('logGuardian', { number: g })}
          checked={guardians.includes(g)}
          onChange={(on) => onToggle(g, on)}
        />
      ))}
    </fieldset>
  );
}

/** What was said, with a warning when it seems to name health data, which does not belong in Insyn. */
function SummaryField({ summary, onSummary }: { summary: string; onSummary: (summary: string) => void }) {
  const healthWords = healthWordsIn(summary);
  return (
    <div class="field">
      <label for="edit-summary">{t('dashColSummary')}</label>
      <textarea
        id="edit-summary"
        rows={4}
        maxLength={2000}
        value={summary}
        aria-describedby={healthWords.length ? 'edit-summary-health' : undefined}
        onInput={(e) => onSummary(e.currentTarget.value)}
      />
      {healthWords.length > 0 && (
        <p id="edit-summary-health" class="warning">
          ⚠ {t('logHealthWarning')} {t('logHealthWords', { words: healthWords.join(', ') })}
        </p>
      )}
    </div>
  );
}
