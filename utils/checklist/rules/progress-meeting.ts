import { z } from 'zod';
import { termEnd } from '../../domain/terms';
import { defineChecklistRule } from '../rule';

const settings = z.boolean().default(true);

declare module '../../domain/checklist-kinds' {
  interface ChecklistKinds {
    'progress-meeting': true;
  }
}
declare module '../rule' {
  interface ChecklistRuleSettings {
    /** A progress meeting per pupil and term (on unless the teacher switches it off). */
    progressMeeting: z.output<typeof settings>;
  }
}

export default defineChecklistRule({
  kind: 'progress-meeting',
  order: 60,
  owner: 'mentor',
  documentation:
    'A progress meeting (utvecklingssamtal) with every pupil of the groups the teacher is mentor of, each term they were seen, due when the term ends; on by default; only the teacher can confirm it was held.',
  labels: {
    sv: { item: 'Utvecklingssamtal', sheet: 'Utvecklingssamtal' },
    en: { item: 'Progress meeting', sheet: 'Progress meeting' },
  },
  why: {
    rule: {
      sv: 'Mentorn har ett utvecklingssamtal med eleven och vårdnadshavarna varje termin.',
      en: 'The mentor holds a progress meeting with the pupil and the guardians every term.',
    },
    basis: { sv: 'Skollagen 10 kap. 12 §', en: 'Education Act (Skollagen), chapter 10, section 12' },
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
    enabled
      ? pupils.flatMap((pupil) =>
          termsSeen(pupil).map((term) => ({ pupilId: pupil.id, term, for: [pupil.id, term], seen: pupil.firstSeen })),
        )
      : [],
  due: ({ term }, _settings, { calendar }) => termEnd(term, calendar),
});
