import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateChecklist } from '@/utils/checklist/generate';
import { addDays } from '@/utils/domain/dates';
import { breakOn, isSchoolDay, onSchoolDay, schoolDayDeadline } from '@/utils/domain/school-days';
import type { DocumentRecord, PupilRecord, RiskRecord } from '@/utils/db/records';
import { DEFAULT_SETTINGS, SettingsSchema } from '@/utils/settings/schema';
import { at } from '../db/test-db';

const calendar = DEFAULT_SETTINGS.terms;

describe('school days with the school’s breaks (2026/27 defaults)', () => {
  it('knows höstlov, jullov, sportlov, påsklov and the day after Ascension as no school days', () => {
    for (const day of ['2026-10-26', '2026-10-30', '2027-01-07', '2027-03-03', '2027-03-29', '2027-05-07'])
      expect(isSchoolDay(day, calendar), day).toBe(false);
    expect(breakOn('2027-03-03', calendar)?.name).toBe('Sportlov');
    expect(isSchoolDay('2026-10-23', calendar)).toBe(true);
    expect(isSchoolDay('2026-11-02', calendar)).toBe(true);
  });

  it('counts school days past a lov', () => {
    // Friday 23 October + 1 school day: höstlov is week 44, so Monday 2 November.
    expect(schoolDayDeadline('2026-10-23', 1, calendar)).toBe('2026-11-02');
  });

  it('moves a deadline "by" a day back and one "within" days forward to a school day', () => {
    expect(onSchoolDay('2026-10-28', calendar, 'by')).toBe('2026-10-23');
    expect(onSchoolDay('2026-10-28', calendar, 'within')).toBe('2026-11-02');
    expect(onSchoolDay('2026-11-04', calendar, 'by')).toBe('2026-11-04');
  });

  it('takes the teacher’s own lov: sportlov in week 8 instead', () => {
    const week8 = SettingsSchema.parse({ terms: { breaks: [{ name: 'Sportlov', from: '2027-02-22', to: '2027-02-26' }] } }).terms;
    expect(isSchoolDay('2027-02-23', week8)).toBe(false);
    expect(isSchoolDay('2027-03-02', week8)).toBe(true);
  });

  it('refuses a break that ends before it starts', () => {
    expect(SettingsSchema.safeParse({ terms: { breaks: [{ name: 'Lov', from: '2027-02-26', to: '2027-02-22' }] } }).success).toBe(false);
  });

  it('puts no checklist due date on a weekend or a lov day, whatever the dates seen', () => {
    const day = fc.integer({ min: 0, max: 340 }).map((n) => addDays('2026-08-17', n));
    fc.assert(
      fc.property(day, day, day, fc.boolean(), (seen, decided, published, isPublished) => {
        const pupil: PupilRecord = { id: 'p', name: 'p', year: 3, firstSeen: at(seen), lastSeen: at(seen) };
        const base = { pupilId: 'p', firstSeen: at(seen), lastSeen: at(seen), status: 'complete' as const };
        const documents: DocumentRecord[] = [
          { ...base, id: 'a', type: 'action-programme', published: false, decided, status: 'in-progress' },
          { ...base, id: 'i', type: 'iup', published: isPublished, ...(isPublished ? { publishedOn: published } : {}) },
          { ...base, id: 'w', type: 'written-assessment', subject: 'Svenska', published: false },
        ];
        const risks: RiskRecord[] = [
          {
            id: 'r',
            pupilId: 'p',
            subject: 'Svenska',
            term: 'Ht 2026',
            source: 'manual',
            evidence: [],
            firstSeen: at(seen),
            lastSeen: at(seen),
            status: 'open',
          },
        ];
        const items = generateChecklist({ pupils: [pupil], risks, documents, settings: DEFAULT_SETTINGS, today: seen });
        expect(items.length).toBeGreaterThan(0);
        for (const item of items) expect(isSchoolDay(item.due, calendar), `${item.kind} ${item.due}`).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
