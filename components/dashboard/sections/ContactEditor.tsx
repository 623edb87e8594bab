import { useState } from 'preact/hooks';
import { Dialog } from '@/components/common/Dialog';
import { InputField, SelectField } from '@/components/common/Field';
import type { ContactRecord } from '@/utils/db/records';
import { t } from '@/utils/i18n';
import { healthWordsIn } from '@/utils/privacy/health-words';
import { CHANNELS, OUTCOMES, channelLabel, outcomeLabel } from '../labels';
import { isValidDay, isValidMoment } from '@/utils/domain/dates';

type Patch = Pick<ContactRecord, 'at' | 'channel' | 'withWhom' | 'summary' | 'outcome'> & { followUp?: string };

/** `datetime-local` value of an epoch time, in the teacher's local time. */
function localDateTime(at: number): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Corrects a logged contact: when, how, with whom, what was said, and the follow-up date. */
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
  const healthWords = healthWordsIn(summary);
  const when = new Date(at).getTime();
  // The same validity as the protocol's and the export's (utils/domain/dates.ts): what is saved always restores.
  const atError = isValidMoment(when) ? undefined : t('dashContactBadDate');
  const followUpError = followUp === '' || isValidDay(followUp) ? undefined : t('dashContactBadDate');

  return (
    <Dialog
      title={t('dashContactEditTitle')}
      confirmLabel={t('dashSave')}
      canConfirm={!atError && !followUpError}
      onCancel={onCancel}
      onConfirm={() =>
        onSave({ at: when, channel, outcome, withWhom: withWhom.trim(), summary: summary.trim(), followUp: followUp || undefined })
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
      <div class="field">
        <label for="edit-summary">{t('dashColSummary')}</label>
        <textarea
          id="edit-summary"
          rows={4}
          maxLength={2000}
          value={summary}
          aria-describedby={healthWords.length ? 'edit-summary-health' : undefined}
          onInput={(e) => setSummary(e.currentTarget.value)}
        />
        {healthWords.length > 0 && (
          <p id="edit-summary-health" class="warning">
            ⚠ {t('logHealthWarning')} {t('logHealthWords', { words: healthWords.join(', ') })}
          </p>
        )}
      </div>
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
