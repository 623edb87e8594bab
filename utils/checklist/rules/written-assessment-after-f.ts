import { z } from 'zod';
import { termEnd } from '../../domain/terms';
import type { RiskRecord } from '../../db/records';
import { REASONS } from '../../risk/reasons';
import { defineChecklistRule } from '../rule';

const settings = z.boolean().default(true);

declare module '../../domain/checklist-kinds' {
  interface ChecklistKinds {
    'written-assessment-after-f': true;
  }
}
declare module '../rule' {
  interface ChecklistRuleSettings {
    /** 10 kap. 22 §: a skriftlig bedömning after an F in a subject that ends. */
    writtenAssessmentAfterF: z.output<typeof settings>;
  }
}

// The reason the risk rule "F in a subject that ends" stores (utils/risk/judge.ts): the page marked the
// subject as finished and the grade is F. A risk the teacher dismissed still had its F: the duty stays.
const afterF = (risk: RiskRecord) => risk.evidence.includes(REASONS.fInFinishedSubject);

export default defineChecklistRule({
  kind: 'written-assessment-after-f',
  order: 25,
  documentation:
    'When a subject ends with an F, the teacher writes a skriftlig bedömning of the pupil’s knowledge (Education Act 10 kap. 22 §): one item per pupil, subject and term, due when the term ends; only the teacher can confirm it. A task for the teacher, never a sentence in the guardians’ letter.',
  labels: {
    sv: { item: 'Skriftlig bedömning efter F', sheet: 'Skriftlig bedömning efter F (10 kap. 22 § skollagen)' },
    en: { item: 'Written assessment after an F', sheet: 'Written assessment after an F (Education Act ch. 10 § 22)' },
  },
  settings: {
    key: 'writtenAssessmentAfterF',
    schema: settings,
    fields: [
      {
        path: '',
        input: 'check',
        label: {
          sv: 'Skriftlig bedömning i checklistan efter F i ett ämne som avslutas',
          en: 'Written assessment in the checklist after an F in a subject that ends',
        },
        hint: {
          sv: '10 kap. 22 § skollagen. En punkt per elev och ämne.',
          en: 'Education Act ch. 10 § 22. One item per pupil and subject.',
        },
      },
    ],
  },
  appliesTo: ({ risks }, enabled) =>
    enabled
      ? risks
          .filter(afterF)
          .map((risk) => ({ pupilId: risk.pupilId, term: risk.term, subject: risk.subject, for: [risk.pupilId, risk.subject, risk.term] }))
      : [],
  due: ({ term }, _settings, { calendar }) => termEnd(term, calendar),
});
