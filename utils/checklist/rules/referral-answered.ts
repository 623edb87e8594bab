import { schoolDayDeadline } from '../../domain/school-days';
import { defineChecklistRule } from '../rule';
import { DAYS_HINT } from '../setting-schemas';
import { owedFor, supportSettings } from '../support';

declare module '../../domain/checklist-kinds' {
  interface ChecklistKinds {
    'referral-answered': true;
  }
}

const SCHOOL_DAYS_HINT = { sv: 'Skoldagar: måndag–fredag inom terminen.', en: 'School days: Monday to Friday within the term.' };

export default defineChecklistRule({
  kind: 'referral-answered',
  order: 55,
  documentation:
    'An anmälan till rektor stays open until the principal’s decision about an utredning is noted in the support chain, due a set number of school days after the anmälan.',
  labels: {
    sv: { item: 'Anmälan till rektor: beslut om utredning', sheet: 'Anmälan till rektor besvarad' },
    en: { item: 'Referral to the principal: decision on a needs assessment', sheet: 'Referral to the principal answered' },
  },
  settings: {
    key: 'support',
    schema: supportSettings,
    fields: [
      {
        path: 'adaptationKinds',
        input: 'text',
        label: { sv: 'Skolans extra anpassningar', en: 'The school’s extra adaptations' },
        hint: {
          sv: 'Åtskilda med kommatecken, t.ex. extra genomgång, förlängd tid.',
          en: 'Separated by commas, e.g. extra genomgång, förlängd tid.',
        },
      },
      {
        path: 'evaluateAfterSchoolWeeks',
        input: 'number',
        label: { sv: 'Utvärdera extra anpassningar efter (skolveckor)', en: 'Evaluate extra adaptations after (school weeks)' },
        hint: { sv: 'Ett heltal, 1–40.', en: 'A whole number, 1–40.' },
      },
      {
        path: 'adaptWithinSchoolDays',
        input: 'number',
        label: { sv: 'Extra anpassningar senast (skoldagar efter risken)', en: 'Extra adaptations within (school days after the risk)' },
        hint: SCHOOL_DAYS_HINT,
      },
      {
        path: 'referWithinSchoolDays',
        input: 'number',
        label: { sv: 'Anmälan till rektor inom (skoldagar efter ”räcker inte”)', en: 'Referral within (school days after “not enough”)' },
        hint: SCHOOL_DAYS_HINT,
      },
      {
        path: 'investigateWithinSchoolDays',
        input: 'number',
        label: { sv: 'Rektors beslut om utredning inom (skoldagar)', en: 'Principal’s decision on an assessment within (school days)' },
        hint: SCHOOL_DAYS_HINT,
      },
    ],
  },
  appliesTo: ({ referrals, calendar }) => referrals.map((referral) => owedFor(referral, calendar)),
  due: ({ referral }, { investigateWithinSchoolDays }, { calendar }) =>
    schoolDayDeadline(referral.madeOn, investigateWithinSchoolDays, calendar),
  closesWhen: ({ referral }) => (referral.investigationStarted || referral.decision ? 'support' : undefined),
});
