import { z } from 'zod';
import { isoDate } from '../../domain/dates';
import { schoolDayDeadline } from '../../domain/school-days';
import type { RiskRecord } from '../../db/records';
import { defineChecklistRule } from '../rule';
import { DAYS_HINT, days } from '../setting-schemas';

const settings = z.object({ withinSchoolDays: days(5) }).prefault({});

declare module '../../domain/checklist-kinds' {
  interface ChecklistKinds {
    'guardian-contact': true;
  }
}
declare module '../rule' {
  interface ChecklistRuleSettings {
    /** Guardians are told "as soon as possible": school days after a risk first shows. */
    guardianContact: z.output<typeof settings>;
  }
}

export default defineChecklistRule({
  kind: 'guardian-contact',
  order: 10,
  documentation:
    'Guardians are told when a pupil risks not reaching the grading criteria: one item per risk, done once every guardian owed has been informed (an attempt that reached nobody leaves it open).',
  labels: {
    sv: { item: 'Kontakt med vårdnadshavare', sheet: 'Kontakt med vårdnadshavare' },
    en: { item: 'Guardian contact', sheet: 'Guardian contact' },
  },
  why: {
    rule: {
      sv: 'Vårdnadshavarna får veta så snart som möjligt när eleven riskerar att inte nå betygskriterierna; klart när alla som ska informeras har fått veta.',
      en: 'The guardians are told as soon as possible when the pupil risks not reaching the grading criteria; done once everyone owed has been told.',
    },
    basis: {
      sv: 'Skollagen 3 kap. 3 § och kommunens rutin',
      en: "Education Act (Skollagen), chapter 3, section 3, and the municipality's routine",
    },
  },
  settings: {
    key: 'guardianContact',
    schema: settings,
    fields: [
      {
        path: 'withinSchoolDays',
        input: 'number',
        label: {
          sv: 'Kontakt med vårdnadshavare inom (skoldagar efter att risken syns)',
          en: 'Guardian contact within (school days after the risk shows)',
        },
        hint: DAYS_HINT,
      },
    ],
  },
  appliesTo: ({ risks }) =>
    risks
      .filter((risk) => risk.status === 'open' || risk.status === 'contacted')
      .map((risk: RiskRecord) => ({ pupilId: risk.pupilId, term: risk.term, subject: risk.subject, for: [risk.id], risk })),
  // The same school-day count the principal's figures use: weekdays inside the terms.
  due: ({ risk }, { withinSchoolDays }, { calendar }) => schoolDayDeadline(isoDate(risk.firstSeen), withinSchoolDays, calendar),
  // 'contacted' means informed (utils/store/informed.ts): attempts and one guardian of two keep it open.
  closesWhen: ({ risk }) => (risk.status === 'contacted' ? 'contact' : undefined),
});
