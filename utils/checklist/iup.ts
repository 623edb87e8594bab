import { z } from 'zod';
import { schoolYearOfTerm } from '../domain/terms';
import type { ChecklistFacts } from './rule';
import { days, monthDay, years } from './setting-schemas';

/** The IUP's settings, one group for its two rules (published once a school year, then posted home). */
export const iupSettings = z.object({ publishBy: monthDay.default('11-30'), years: years(1, 5), postWithinDays: days(7) }).prefault({});

declare module './rule' {
  interface ChecklistRuleSettings {
    iup: z.output<typeof iupSettings>;
  }
}

/** A pupil in the IUP's years and one school year they were seen in, with the IUPs published in it. */
export interface IupYear {
  pupilId: string;
  schoolYear: string;
  published: readonly { publishedAt?: number; lastSeen: number }[];
}

export function iupYears(facts: ChecklistFacts, settings: z.output<typeof iupSettings>): IupYear[] {
  const iups = facts.documents.filter((doc) => doc.type === 'iup');
  return facts.pupils.flatMap((pupil) => {
    const year = facts.yearOf(pupil.id);
    if (year === undefined || year < settings.years.from || year > settings.years.to) return [];
    const own = iups.filter((doc) => doc.pupilId === pupil.id);
    const schoolYears = new Set([...facts.termsSeen(pupil), ...own.map((doc) => doc.term)].map(schoolYearOfTerm));
    return [...schoolYears].map((schoolYear) => ({
      pupilId: pupil.id,
      schoolYear,
      published: own.filter((doc) => doc.published && schoolYearOfTerm(doc.term) === schoolYear),
    }));
  });
}
