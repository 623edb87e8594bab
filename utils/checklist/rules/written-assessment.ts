import { z } from 'zod';
import { addDays } from '../../domain/dates';
import { termEnd } from '../../domain/terms';
import type { DocumentRecord } from '../../db/records';
import { defineChecklistRule } from '../rule';
import { YEAR_HINT, years } from '../setting-schemas';

const settings = z.object({ weeksBeforeTermEnd: z.int().min(0).max(20).default(2), years: years(1, 6) }).prefault({});

declare module '../../domain/checklist-kinds' {
  interface ChecklistKinds {
    'written-assessment': true;
  }
}
declare module '../rule' {
  interface ChecklistRuleSettings {
    /** Omdömen published this long before each term ends, in these years. */
    writtenAssessment: z.output<typeof settings>;
  }
}

export default defineChecklistRule({
  kind: 'written-assessment',
  order: 20,
  documentation:
    'A written assessment (omdöme) is published each term, a set number of weeks before it ends, for pupils in the chosen years (the municipality’s routine for years 1–6); done when a page shows it published. Not the skriftlig bedömning after an F (10 kap. 22 §): that is written-assessment-after-f.ts.',
  labels: {
    sv: { item: 'Omdöme publicerat', sheet: 'Omdöme publicerat i InfoMentor' },
    en: { item: 'Assessment published', sheet: 'Assessment published in InfoMentor' },
  },
  why: {
    rule: {
      sv: 'Ett omdöme i ämnet publiceras i InfoMentor varje termin, det antal veckor före terminens slut du valt.',
      en: 'An assessment in the subject is published in InfoMentor each term, the number of weeks before the term ends that you chose.',
    },
    basis: { sv: 'Kommunens rutin för årskurs 1–6', en: "The municipality's routine for years 1–6" },
  },
  settings: {
    key: 'writtenAssessment',
    schema: settings,
    fields: [
      {
        path: 'weeksBeforeTermEnd',
        input: 'number',
        label: { sv: 'Omdömen publicerade, veckor före terminens slut', en: 'Written assessments published, weeks before term ends' },
      },
      { errorsOf: 'years' },
      { path: 'years.from', input: 'number', label: { sv: 'Omdömen från årskurs', en: 'Written assessments from year' }, hint: YEAR_HINT },
      {
        path: 'years.to',
        input: 'number',
        label: { sv: 'Omdömen till och med årskurs', en: 'Written assessments up to year' },
        hint: YEAR_HINT,
      },
    ],
  },
  appliesTo: ({ documents, yearOf }, { years: range }) =>
    documents
      .filter((doc) => {
        const year = yearOf(doc.pupilId);
        return doc.type === 'written-assessment' && year !== undefined && year >= range.from && year <= range.to;
      })
      .map((doc: DocumentRecord & { term: string }) => ({
        pupilId: doc.pupilId,
        term: doc.term,
        ...(doc.subject ? { subject: doc.subject } : {}),
        for: [doc.pupilId, doc.subject ?? '', doc.term],
        published: doc.published,
      })),
  due: ({ term }, { weeksBeforeTermEnd }, { calendar }) => addDays(termEnd(term, calendar), -7 * weeksBeforeTermEnd),
  closesWhen: ({ published }) => (published ? 'page' : undefined),
});
