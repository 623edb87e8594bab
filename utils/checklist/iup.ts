import { z } from 'zod';
import { schoolYearOfTerm, termOnCalendar } from '../domain/terms';
import type { ChecklistFacts } from './rule';
import { days, monthDay, years } from './setting-schemas';

/** The IUP's settings, one group for its two rules (published once a school year, then posted home). */
export const iupSettings = z.object({ publishBy: monthDay.default('11-30'), years: years(1, 5), postWithinDays: days(7) }).prefault({});

declare module './rule' {
  interface ChecklistRuleSettings {
    iup: z.output<typeof iupSettings>;
  }
}

/** A pupil in the IUP's years and one school year they were seen in, with the IUPs seen and published in it. */
export interface IupYear {
  pupilId: string;
  schoolYear: string;
  seen: readonly ChecklistFacts['documents'][number][];
  published: readonly ChecklistFacts['documents'][number][];
}

/** From this school year on: a school year that is over owes no IUP any more (it is history, not a task). */
export function iupYears(facts: ChecklistFacts, settings: z.output<typeof iupSettings>): IupYear[] {
  const iups = facts.documents.filter((doc) => doc.type === 'iup');
  const thisYear = schoolYearOfTerm(termOnCalendar(facts.today, facts.calendar));
  return facts.pupils.flatMap((pupil) => {
    const year = facts.yearOf(pupil.id);
    if (year === undefined || year < settings.years.from || year > settings.years.to) return [];
    const own = iups.filter((doc) => doc.pupilId === pupil.id);
    const schoolYears = new Set([...facts.termsSeen(pupil), ...own.map((doc) => doc.term)].map(schoolYearOfTerm));
    return [...schoolYears]
      .filter((schoolYear) => schoolYear >= thisYear)
      .map((schoolYear) => {
        const seen = own.filter((doc) => schoolYearOfTerm(doc.term) === schoolYear);
        return { pupilId: pupil.id, schoolYear, seen, published: seen.filter((doc) => doc.published) };
      });
  });
}
