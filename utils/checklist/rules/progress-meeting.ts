import { z } from 'zod';
import { termEnd } from '../../domain/terms';
import { defineChecklistRule } from '../rule';

const settings = z.boolean().default(false);

declare module '../../domain/checklist-kinds' {
  interface ChecklistKinds {
    'progress-meeting': true;
  }
}
declare module '../rule' {
  interface ChecklistRuleSettings {
    /** Optional: a progress meeting per pupil and term. */
    progressMeeting: z.output<typeof settings>;
  }
}

export default defineChecklistRule({
  kind: 'progress-meeting',
  order: 60,
  documentation:
    'Optional: a progress meeting (utvecklingssamtal) with every pupil each term they were seen, due when the term ends; only the teacher can confirm it was held.',
  labels: {
    sv: { item: 'Utvecklingssamtal', sheet: 'Utvecklingssamtal' },
    en: { item: 'Progress meeting', sheet: 'Progress meeting' },
  },
  settings: {
    key: 'progressMeeting',
    schema: settings,
    fields: [
      {
        path: '',
        input: 'check',
        label: { sv: 'Utvecklingssamtal i checklistan varje termin', en: 'Progress meeting in the checklist each term' },
        hint: { sv: 'En punkt per elev och termin.', en: 'One item per pupil and term.' },
      },
    ],
  },
  appliesTo: ({ pupils, termsSeen }, enabled) =>
    enabled ? pupils.flatMap((pupil) => termsSeen(pupil).map((term) => ({ pupilId: pupil.id, term, for: [pupil.id, term] }))) : [],
  due: ({ term }, _settings, { calendar }) => termEnd(term, calendar),
});
