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
  documentation:
    'The IUP is published once a school year by a set day, for pupils in the chosen years; done when a page shows it published.',
  labels: {
    sv: { item: 'IUP publicerad', sheet: 'IUP publicerad' },
    en: { item: 'IUP published', sheet: 'IUP published' },
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
    iupYears(facts, settings).map(({ pupilId, schoolYear, published }) => {
      const due = dayInSchoolYear(schoolYear, settings.publishBy);
      return { pupilId, term: termOnCalendar(due, facts.calendar), for: [pupilId, schoolYear], due, published: published.length > 0 };
    }),
  due: ({ due }) => due,
  closesWhen: ({ published }) => (published ? 'page' : undefined),
});
