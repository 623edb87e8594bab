import { useState } from 'preact/hooks';
import { CheckboxField, InputField, SelectField } from '@/components/common/Field';
import type { ReferralRecord } from '@/utils/db/records';
import { DECISION_TYPES, type DecisionType } from '@/utils/domain/document-types';
import { labelKey } from '@/utils/domain/labels';
import { FOLLOW_UP_OUTCOMES, type FollowUpOutcome } from '@/utils/domain/support-steps';
import { t } from '@/utils/i18n';
import { choices } from './choices';
import type { SupportStepProps } from './props';

/**
 * What followed an anmälan, noted by the teacher (or the principal in their own Insyn): the utredning's
 * start, the decision, the decision sent home with its appeal instructions and received, and for an
 * åtgärdsprogram its follow-up. Fields left empty are not sent; the background checks the order.
 */
export function ReferralNotes({ referral, act }: SupportStepProps & { referral: ReferralRecord }) {
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
  const id = (name: string) => `referral-${name}-${referral.id}`;
  const programme = f.decision === 'action-programme';
  const given = Object.fromEntries(Object.entries(f).filter(([key, value]) => value !== '' && (programme || !key.startsWith('follow'))));
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
      <InputField
        id={id('started')}
        type="date"
        label={t('supportInvestigation')}
        value={f.investigationStarted}
        onChange={set('investigationStarted')}
      />
      <SelectField
        id={id('decision')}
        label={t('supportDecision')}
        value={f.decision}
        options={choices(DECISION_TYPES, (d) => t(labelKey('decisionType', d)))}
        onChange={(value) => set('decision')(value as DecisionType | '')}
      />
      <InputField id={id('decided')} type="date" label={t('supportDecidedOn')} value={f.decidedOn} onChange={set('decidedOn')} />
      <CheckboxField
        id={id('appeal')}
        label={t('supportAppealCheck')}
        checked={f.appealInstructions}
        onChange={set('appealInstructions')}
      />
      <InputField id={id('received')} type="date" label={t('supportReceivedOn')} value={f.receivedOn} onChange={set('receivedOn')} />
      {programme && (
        <>
          <InputField
            id={id('follow-due')}
            type="date"
            label={t('supportFollowUpDue')}
            value={f.followUpDue}
            onChange={set('followUpDue')}
          />
          <SelectField
            id={id('follow-outcome')}
            label={t('supportFollowUpOutcome')}
            value={f.followUpOutcome}
            options={choices(FOLLOW_UP_OUTCOMES, (o) => t(labelKey('followUpOutcome', o)))}
            onChange={(value) => set('followUpOutcome')(value as FollowUpOutcome | '')}
          />
          <InputField
            id={id('followed')}
            type="date"
            label={t('supportFollowedUpOn')}
            value={f.followedUpOn}
            onChange={set('followedUpOn')}
          />
        </>
      )}
      <button type="submit">{t('supportNoteSave')}</button>
    </form>
  );
}
