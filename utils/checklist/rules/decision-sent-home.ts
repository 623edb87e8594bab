import { z } from 'zod';
import { addDays, isoDate } from '../../domain/dates';
import { isDecision } from '../../domain/document-types';
import { defineChecklistRule } from '../rule';
import { DAYS_HINT, days } from '../setting-schemas';

const settings = z.object({ sendHomeWithinDays: days(7) }).prefault({});

declare module '../../domain/checklist-kinds' {
  interface ChecklistKinds {
    'decision-sent-home': true;
  }
}
declare module '../rule' {
  interface ChecklistRuleSettings {
    /** A decision (action programme, or not to draw one up; adapted study plan) sent home within days. */
    decision: z.output<typeof settings>;
  }
}

export default defineChecklistRule({
  kind: 'decision-sent-home',
  order: 50,
  documentation:
    'A decision (action programme, a decision not to draw one up, adapted study plan) is sent home with its appeal instructions within a set number of days; only the teacher can confirm it was.',
  labels: {
    sv: { item: 'Beslut skickat hem', sheet: 'Beslut skickat hem' },
    en: { item: 'Decision sent home', sheet: 'Decision sent home' },
  },
  settings: {
    key: 'decision',
    schema: settings,
    fields: [
      {
        path: 'sendHomeWithinDays',
        input: 'number',
        label: { sv: 'Beslut skickat hem inom (dagar efter beslutet)', en: 'Decision sent home within (days after the decision)' },
        hint: DAYS_HINT,
      },
    ],
  },
  appliesTo: ({ documents }) =>
    documents
      .filter((doc) => isDecision(doc.type))
      .map((doc) => ({ pupilId: doc.pupilId, term: doc.term, for: [doc.id], decided: doc.decided ?? isoDate(doc.firstSeen) })),
  due: ({ decided }, { sendHomeWithinDays }) => addDays(decided, sendHomeWithinDays),
});
