import { useState } from 'preact/hooks';
import { Dialog } from '@/components/common/Dialog';
import { CheckboxField, InputField, SelectField } from '@/components/common/Field';
import { informs } from '@/utils/domain/contact-outcomes';
import { GUARDIAN_NUMBERS, type GuardianNumber } from '@/utils/domain/guardians';
import type { ContactRecord } from '@/utils/db/records';
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
  const [at, setAt] = useState(localDateTime(contact.at));
  const [channel, setChannel] = useState(contact.channel);
  const [outcome, setOutcome] = useState(contact.outcome);
  const [withWhom, setWithWhom] = useState(contact.withWhom);
  const [summary, setSummary] = useState(contact.summary);
  const [followUp, setFollowUp] = useState(contact.followUp ?? '');
  const [guardians, setGuardians] = useState<GuardianNumber[]>(contact.guardians ?? [...GUARDIAN_NUMBERS]);
  const [retry, setRetry] = useState(contact.retry ?? '');
  const toggle = (g: GuardianNumber, on: boolean) => setGuardians((all) => (on ? [...all, g].sort() : all.filter((x) => x !== g)));
  const when = new Date(at).getTime();
  // The same validity as the protocol's and the export's (utils/domain/dates.ts): what is saved always restores.
  const atError = isValidMoment(when) ? undefined : t('dashContactBadDate');
  const followUpError = followUp === '' || isValidDay(followUp) ? undefined : t('dashContactBadDate');

  return (
    <Dialog
      title={t('dashContactEditTitle')}
      confirmLabel={t('dashSave')}
      canConfirm={!atError && !followUpError && guardians.length > 0}
      onCancel={onCancel}
      onConfirm={() =>
        onSave({
          at: when,
          channel,
          outcome,
          guardians,
          withWhom: withWhom.trim(),
          summary: summary.trim(),
          retry: retry || undefined,
          followUp: followUp || undefined,
        })
      }
    >
      <InputField id="edit-at" type="datetime-local" label={t('dashColDate')} value={at} onChange={setAt} error={atError} />
      <SelectField
        id="edit-channel"
        label={t('dashColChannel')}
        value={channel}
        options={CHANNELS.map((c) => ({ value: c, label: channelLabel(c) }))}
        onChange={(v) => setChannel(v as typeof channel)}
      />
      <SelectField
        id="edit-outcome"
        label={t('dashColOutcome')}
        value={outcome}
        options={OUTCOMES.map((o) => ({ value: o, label: outcomeLabel(o) }))}
        onChange={(v) => setOutcome(v as typeof outcome)}
      />
      <InputField id="edit-with" label={t('dashColWithWhom')} value={withWhom} onChange={setWithWhom} />
      <GuardiansField guardians={guardians} onToggle={toggle} />
      {!informs(outcome, channel) && (
        <InputField id="edit-retry" type="date" label={t('logRetry')} hint={t('logRetryHint')} value={retry} onChange={setRetry} />
      )}
      <SummaryField summary={summary} onSummary={setSummary} />
      <InputField
        id="edit-followup"
        type="date"
        label={t('dashColFollowUp')}
        hint={t('dashFollowUpHint')}
        value={followUp}
        onChange={setFollowUp}
        error={followUpError}
      />
    </Dialog>
  );
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
