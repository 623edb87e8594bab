import { addDays } from '../../domain/dates';
import { defineChecklistRule } from '../rule';
import { DAYS_HINT } from '../setting-schemas';
import { owedFor, supportSettings } from '../support';

declare module '../../domain/checklist-kinds' {
  interface ChecklistKinds {
    'decision-appeal': true;
  }
}

export default defineChecklistRule({
  kind: 'decision-appeal',
  order: 56,
  shownOn: ['action-programmes'],
  documentation:
    'A decision noted in the support chain is sent home with its appeal instructions (överklagandehänvisning); done when both the check and the day the guardians received it are noted.',
  labels: {
    sv: { item: 'Beslut skickat hem med överklagandehänvisning', sheet: 'Beslut med överklagandehänvisning' },
    en: { item: 'Decision sent home with appeal instructions', sheet: 'Decision with appeal instructions' },
  },
  settings: {
    key: 'support',
    schema: supportSettings,
    fields: [
      {
        path: 'decideWithinSchoolDays',
        input: 'number',
        label: { sv: 'Beslut inom (skoldagar efter utredningens start)', en: 'Decision within (school days after the assessment began)' },
        hint: { sv: 'Skoldagar: måndag–fredag inom terminen.', en: 'School days: Monday to Friday within the term.' },
      },
      {
        path: 'sendHomeWithinDays',
        input: 'number',
        label: { sv: 'Beslut skickat hem inom (dagar efter beslutet)', en: 'Decision sent home within (days after the decision)' },
        hint: DAYS_HINT,
      },
    ],
  },
  appliesTo: ({ referrals, calendar }) => referrals.filter((r) => r.decision && r.decidedOn).map((referral) => owedFor(referral, calendar)),
  due: ({ referral }, { sendHomeWithinDays }) => addDays(referral.decidedOn!, sendHomeWithinDays),
  closesWhen: ({ referral }) => (referral.appealInstructions && referral.receivedOn ? 'support' : undefined),
});
