import { useState } from 'preact/hooks';
import { CheckboxField, InputField, SelectField } from '@/components/common/Field';
import type { ReferralRecord } from '@/utils/db/records';
import { DECISION_TYPES, type DecisionType } from '@/utils/domain/document-types';
import { labelKey } from '@/utils/domain/labels';
import { FOLLOW_UP_OUTCOMES, type FollowUpOutcome } from '@/utils/domain/support-steps';
import { t, type MessageKey } from '@/utils/i18n';
import { choices } from './choices';
import type { SupportStepProps } from './props';

/**
 * What followed an anmälan, noted by the teacher (or the principal in their own Insyn): the utredning's
 * start, the decision, the decision sent home with its appeal instructions and received, and for an
 * åtgärdsprogram its follow-up. Fields left empty are not sent; the background checks the order.
 */
export function ReferralNotes({ referral, act }: SupportStepProps & { referral: ReferralRecord }) {
  const { f, set, programme, given } = useReferralDraft(referral);
  const id = (name: string) => `referral-${name}-${referral.id}`;
  const date = (name: string, key: DateKey, label: MessageKey) => (
    <InputField id={id(name)} type="date" label={t(label)} value={f[key]} onChange={set(key)} />
  );
  return (
    <form
      class="support-form"
      aria-label={t('supportReferralHeading', { date: referral.madeOn })}
      onSubmit={(e) => {
        e.preventDefault();
        void act(
          (api) => api.note({ referralId: referral.id, ...given }),
          () => t('supportNoted'),
        );
      }}
    >
      <h5>{t('supportReferralHeading', { date: referral.madeOn })}</h5>
      {date('started', 'investigationStarted', 'supportInvestigation')}
      <SelectField
        id={id('decision')}
        label={t('supportDecision')}
        value={f.decision}
        options={choices(DECISION_TYPES, (d) => t(labelKey('decisionType', d)))}
        onChange={(value) => set('decision')(value as DecisionType | '')}
      />
      {date('decided', 'decidedOn', 'supportDecidedOn')}
      <CheckboxField
        id={id('appeal')}
        label={t('supportAppealCheck')}
        checked={f.appealInstructions}
        onChange={set('appealInstructions')}
      />
      {date('received', 'receivedOn', 'supportReceivedOn')}
      {programme && (
        <>
          {date('follow-due', 'followUpDue', 'supportFollowUpDue')}
          <SelectField
            id={id('follow-outcome')}
            label={t('supportFollowUpOutcome')}
            value={f.followUpOutcome}
            options={choices(FOLLOW_UP_OUTCOMES, (o) => t(labelKey('followUpOutcome', o)))}
            onChange={(value) => set('followUpOutcome')(value as FollowUpOutcome | '')}
          />
          {date('followed', 'followedUpOn', 'supportFollowedUpOn')}
        </>
      )}
      <button type="submit">{t('supportNoteSave')}</button>
    </form>
  );
}

type DateKey = 'investigationStarted' | 'decidedOn' | 'receivedOn' | 'followUpDue' | 'followedUpOn';

/** The notes as the form holds them ('' for a field left empty), and what is sent: the fields given. */
function useReferralDraft(referral: ReferralRecord) {
  const [f, setF] = useState({
    investigationStarted: referral.investigationStarted ?? '',
    decision: (referral.decision ?? '') as DecisionType | '',
    decidedOn: referral.decidedOn ?? '',
    appealInstructions: referral.appealInstructions ?? false,
    receivedOn: referral.receivedOn ?? '',
    followUpDue: referral.followUpDue ?? '',
    followUpOutcome: (referral.followUpOutcome ?? '') as FollowUpOutcome | '',
    followedUpOn: referral.followedUpOn ?? '',
  });
  const set =
    <K extends keyof typeof f>(key: K) =>
    (value: (typeof f)[K]) =>
      setF({ ...f, [key]: value });
  const programme = f.decision === 'action-programme';
  // The follow-up belongs to an åtgärdsprogram only: for another decision it is not sent.
  const given = Object.fromEntries(Object.entries(f).filter(([key, value]) => value !== '' && (programme || !key.startsWith('follow'))));
  return { f, set, programme, given };
}
