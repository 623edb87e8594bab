import { z } from 'zod';
import { addDays, isoDate } from '../../domain/dates';
import { isDecision } from '../../domain/document-types';
import { termOnCalendar, termOrder } from '../../domain/terms';
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
  owner: 'mentor',
  deadline: 'within',
  shownOn: ['action-programmes'],
  tick: 'posted',
  documentation:
    'A decision (action programme, a decision not to draw one up, adapted study plan) is sent home with its appeal instructions within a set number of days of its decision date; a finished decision of an earlier term owes nothing; only the teacher can confirm it was sent.',
  labels: {
    sv: { item: 'Beslut skickat hem', sheet: 'Beslut skickat hem' },
    en: { item: 'Decision sent home', sheet: 'Decision sent home' },
  },
  why: {
    rule: {
      sv: 'Ett beslut om åtgärdsprogram (eller att inte upprätta ett) eller om anpassad studiegång skickas hem med besked om hur det överklagas.',
      en: 'A decision on an action programme (or not to draw one up) or on an adapted study plan is sent home with how to appeal it.',
    },
    basis: { sv: 'Skollagen 3 kap. och förvaltningslagen 33 §', en: 'Education Act chapter 3; Administrative Procedure Act section 33' },
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
  appliesTo: ({ documents, calendar, today }) => {
    const thisTerm = termOrder(termOnCalendar(today, calendar));
    return documents
      .filter((doc) => isDecision(doc.type))
      .filter((doc) => doc.status !== 'complete' || termOrder(doc.term) >= thisTerm)
      .map((doc) => ({
        pupilId: doc.pupilId,
        term: doc.term,
        for: [doc.id],
        decision: doc.type,
        decided: doc.decided ?? isoDate(doc.firstSeen),
        seen: doc.firstSeen,
        ...(doc.decided ? { dated: doc.decided } : {}),
        ...(doc.page ? { page: doc.page } : {}),
      }));
  },
  due: ({ decided }, { sendHomeWithinDays }) => addDays(decided, sendHomeWithinDays),
});
