import { termOnCalendar, dayInSchoolYear } from '../../domain/terms';
import { iupSettings, iupYears } from '../iup';
import { defineChecklistRule } from '../rule';
import { MONTH_DAY_HINT, YEAR_HINT } from '../setting-schemas';

declare module '../../domain/checklist-kinds' {
  interface ChecklistKinds {
    'iup-published': true;
  }
}

export default defineChecklistRule({
  kind: 'iup-published',
  order: 30,
  shownOn: ['iup-list'],
  owner: 'mentor',
  documentation:
    'The IUP is published once a school year by a set day, for pupils in the chosen years of the groups the teacher is mentor of; done when a page shows it published.',
  labels: {
    sv: { item: 'IUP publicerad', sheet: 'IUP publicerad' },
    en: { item: 'IUP published', sheet: 'IUP published' },
  },
  why: {
    rule: {
      sv: 'Eleven ska ha en IUP med skriftliga omdömen en gång per läsår, publicerad senast den dag du valt i inställningarna.',
      en: 'The pupil has an IUP with written assessments once a school year, published by the day chosen in the settings.',
    },
    basis: { sv: 'Skollagen 10 kap. 13 §', en: 'Education Act (Skollagen), chapter 10, section 13' },
  },
  settings: {
    key: 'iup',
    schema: iupSettings,
    fields: [
      {
        path: 'publishBy',
        input: 'text',
        label: { sv: 'IUP publicerad senast (MM-DD)', en: 'IUP published by (MM-DD)' },
        hint: MONTH_DAY_HINT,
      },
      { errorsOf: 'years' },
      { path: 'years.from', input: 'number', label: { sv: 'IUP från årskurs', en: 'IUP from year' }, hint: YEAR_HINT },
      { path: 'years.to', input: 'number', label: { sv: 'IUP till och med årskurs', en: 'IUP up to year' }, hint: YEAR_HINT },
    ],
  },
  appliesTo: (facts, settings) =>
    iupYears(facts, settings).map(({ pupilId, schoolYear, seen, published }) => {
      const due = dayInSchoolYear(schoolYear, settings.publishBy);
      const shown = published[0] ?? seen[0];
      return {
        pupilId,
        term: termOnCalendar(due, facts.calendar),
        for: [pupilId, schoolYear],
        due,
        published: published.length > 0,
        ...(shown ? { seen: shown.firstSeen, ...(shown.page ? { page: shown.page } : {}) } : {}),
        ...(published[0]?.publishedOn ? { dated: published[0].publishedOn } : {}),
        ...(shown ? {} : { expected: true as const }),
      };
    }),
  due: ({ due }) => due,
  closesWhen: ({ published }) => (published ? 'page' : undefined),
});
