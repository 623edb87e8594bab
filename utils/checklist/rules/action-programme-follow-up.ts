import { schoolWeeksLater } from '../../domain/school-days';
import { defineChecklistRule } from '../rule';
import { owedFor, supportSettings } from '../support';

declare module '../../domain/checklist-kinds' {
  interface ChecklistKinds {
    'action-programme-follow-up': true;
  }
}

export default defineChecklistRule({
  kind: 'action-programme-follow-up',
  order: 57,
  shownOn: ['action-programmes'],
  documentation:
    'An åtgärdsprogram noted in the support chain is followed up and evaluated by its evaluation date (or a set number of school weeks after the decision); done when the outcome is noted.',
  labels: {
    sv: { item: 'Åtgärdsprogrammet följs upp och utvärderas', sheet: 'Åtgärdsprogram uppföljt' },
    en: { item: 'Action programme followed up and evaluated', sheet: 'Action programme followed up' },
  },
  settings: {
    key: 'support',
    schema: supportSettings,
    fields: [
      {
        path: 'followUpAfterSchoolWeeks',
        input: 'number',
        label: {
          sv: 'Utvärdera åtgärdsprogram efter (skolveckor), när inget datum är antecknat',
          en: 'Evaluate action programmes after (school weeks), when no date is noted',
        },
        hint: { sv: 'Ett heltal, 1–40.', en: 'A whole number, 1–40.' },
      },
    ],
  },
  appliesTo: ({ referrals, calendar }) =>
    referrals.filter((r) => r.decision === 'action-programme' && r.decidedOn).map((referral) => owedFor(referral, calendar)),
  // The item falls due on the evaluation day, so the toolbar badge and "Den här veckan" remind the week before.
  due: ({ referral }, { followUpAfterSchoolWeeks }, { calendar }) =>
    referral.followUpDue ?? schoolWeeksLater(referral.decidedOn!, followUpAfterSchoolWeeks, calendar),
  closesWhen: ({ referral }) => (referral.followUpOutcome ? 'support' : undefined),
});
