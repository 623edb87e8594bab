import { addDays, isoDate } from '../../domain/dates';
import { dayInSchoolYear, termOnCalendar } from '../../domain/terms';
import { iupSettings, iupYears } from '../iup';
import { defineChecklistRule } from '../rule';
import { DAYS_HINT } from '../setting-schemas';

declare module '../../domain/checklist-kinds' {
  interface ChecklistKinds {
    'iup-posted': true;
  }
}

export default defineChecklistRule({
  kind: 'iup-posted',
  order: 40,
  documentation:
    'A published IUP is posted home within a set number of days of Insyn first seeing it published; only the teacher can confirm it was.',
  labels: {
    sv: { item: 'IUP skickad hem per post', sheet: 'IUP skickad hem' },
    en: { item: 'IUP posted home', sheet: 'IUP sent home' },
  },
  settings: {
    key: 'iup',
    schema: iupSettings,
    fields: [
      {
        path: 'postWithinDays',
        input: 'number',
        label: { sv: 'IUP skickad hem inom (dagar efter publicering)', en: 'IUP posted home within (days after publishing)' },
        hint: DAYS_HINT,
      },
    ],
  },
  appliesTo: (facts, settings) =>
    iupYears(facts, settings)
      .filter(({ published }) => published.length > 0)
      .map(({ pupilId, schoolYear, published }) => ({
        pupilId,
        term: termOnCalendar(dayInSchoolYear(schoolYear, settings.publishBy), facts.calendar),
        for: [pupilId, schoolYear],
        firstPublished: Math.min(...published.map((doc) => doc.publishedAt ?? doc.lastSeen)),
      })),
  due: ({ firstPublished }, { postWithinDays }) => addDays(isoDate(firstPublished), postWithinDays),
});
