import { z } from 'zod';
import { DEFAULT_GRADING_CALENDAR, lastDayToInform } from '../../domain/grading-calendar';
import type { RiskRecord } from '../../db/records';
import { defineChecklistRule, type SettingField } from '../rule';

const week = (value: number, min = 1) => z.int().min(min).max(53).default(value);
const { ht, vt } = DEFAULT_GRADING_CALENDAR;
const settings = z
  .object({
    ht: z.object({ year9: week(ht.year9), years6to8: week(ht.years6to8) }).prefault({}),
    vt: z.object({ year9: week(vt.year9), years6to8: week(vt.years6to8, 0) }).prefault({}),
  })
  .prefault({});

declare module '../../domain/checklist-kinds' {
  interface ChecklistKinds {
    'inform-before-grading': true;
  }
}
declare module '../rule' {
  interface ChecklistRuleSettings {
    /** The grading calendar: per term, the week by which guardians are told, before grades are set. */
    gradingCalendar: z.output<typeof settings>;
  }
}

const TERMS = [
  ['ht', { sv: 'Höstterminen', en: 'Autumn term' }],
  ['vt', { sv: 'Vårterminen', en: 'Spring term' }],
] as const;
const GROUPS = [
  ['year9', { sv: 'åk 9', en: 'year 9' }],
  ['years6to8', { sv: 'åk 6–8', en: 'years 6–8' }],
] as const;
const weekHint = { sv: 'Veckonummer 1–53; sista dagen är veckans fredag.', en: 'Week number 1–53; the last day is its Friday.' };
const easterHint = { sv: '0 betyder veckan efter påsk (standard).', en: '0 means the week after Easter (the default).' };

function weekField([term, termName]: (typeof TERMS)[number], [group, groupName]: (typeof GROUPS)[number]): SettingField {
  return {
    path: `${term}.${group}`,
    input: 'number',
    label: { sv: `${termName.sv}, ${groupName.sv}: informera senast vecka`, en: `${termName.en}, ${groupName.en}: inform by week` },
    hint: term === 'vt' && group === 'years6to8' ? easterHint : weekHint,
  };
}

export default defineChecklistRule({
  kind: 'inform-before-grading',
  order: 15,
  documentation:
    'Schools set a last day each term for telling guardians before grades are set, earlier in year 9: one item per risk of a pupil in years 6–9, due that day, done once a contact is logged. A risk first seen after the day is overdue at once, so it stands out.',
  labels: {
    sv: { item: 'Informera före betygssättningen', sheet: 'Vårdnadshavare informerade före sista dagen inför betygen' },
    en: { item: 'Inform before grades are set', sheet: 'Guardians informed before the last day before grading' },
  },
  settings: {
    key: 'gradingCalendar',
    schema: settings,
    fields: TERMS.flatMap((term) => GROUPS.map((group) => weekField(term, group))),
  },
  appliesTo: ({ risks, yearOf }, calendar) =>
    risks
      .filter((risk) => risk.status === 'open' || risk.status === 'contacted')
      .flatMap((risk: RiskRecord) => {
        const lastDay = lastDayToInform(risk.term, yearOf(risk.pupilId), calendar);
        // A risk first seen after the day gets its item too: overdue from the start, it stands out.
        return lastDay ? [{ pupilId: risk.pupilId, term: risk.term, subject: risk.subject, for: [risk.id], risk, lastDay }] : [];
      }),
  due: ({ lastDay }) => lastDay,
  closesWhen: ({ risk }) => (risk.status === 'contacted' ? 'contact' : undefined),
});
