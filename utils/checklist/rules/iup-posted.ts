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
  owner: 'mentor',
  deadline: 'within',
  shownOn: ['iup-list'],
  tick: 'posted',
  documentation:
    'A published IUP is posted home within a set number of days of the publication date the page shows (else of Insyn first seeing it published); only the teacher can confirm it was.',
  labels: {
    sv: { item: 'IUP skickad hem per post', sheet: 'IUP skickad hem' },
    en: { item: 'IUP posted home', sheet: 'IUP sent home' },
  },
  why: {
    rule: {
      sv: 'En publicerad IUP skickas hem per post inom det antal dagar du valt, räknat från publiceringsdatumet.',
      en: 'A published IUP is posted home within the number of days chosen, counted from its publication date.',
    },
    basis: {
      sv: 'Skolans rutin: vårdnadshavare som inte läser InfoMentor får IUP:n hem.',
      en: "The school's routine: guardians who do not read InfoMentor get the IUP at home.",
    },
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
      .map(({ pupilId, schoolYear, published }) => {
        // The page's publication date when it shows one; else the day Insyn first saw it published.
        const first = published
          .map((doc) => ({ doc, on: doc.publishedOn ?? isoDate(doc.publishedAt ?? doc.lastSeen) }))
          .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0))[0]!;
        return {
          pupilId,
          term: termOnCalendar(dayInSchoolYear(schoolYear, settings.publishBy), facts.calendar),
          for: [pupilId, schoolYear],
          firstPublished: first.on,
          seen: first.doc.firstSeen,
          ...(first.doc.publishedOn ? { dated: first.doc.publishedOn } : {}),
          ...(first.doc.page ? { page: first.doc.page } : {}),
        };
      }),
  due: ({ firstPublished }, { postWithinDays }) => addDays(firstPublished, postWithinDays),
});
