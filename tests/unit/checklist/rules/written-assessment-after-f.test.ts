import { describe, expect, it } from 'vitest';
import { generateChecklist } from '@/utils/checklist/generate';
import type { RiskRecord } from '@/utils/db/records';
import { REASONS } from '@/utils/risk/reasons';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from '@/utils/settings/schema';
import { at } from '../../db/test-db';

const risk = (evidence: string[], patch: Partial<RiskRecord> = {}): RiskRecord => ({
  id: 'p|Matematik|Ht 2025',
  pupilId: 'p',
  subject: 'Matematik',
  term: 'Ht 2025',
  source: 'grade',
  evidence,
  firstSeen: at('2025-11-05'),
  lastSeen: at('2025-11-05'),
  status: 'open',
  ...patch,
});
const generate = (risks: RiskRecord[], settings: Settings = DEFAULT_SETTINGS) =>
  generateChecklist({
    pupils: [{ id: 'p', name: 'p', year: 9, firstSeen: at('2025-11-05'), lastSeen: at('2025-11-05') }],
    risks,
    documents: [],
    settings,
    today: '2025-11-05',
  }).filter((item) => item.kind === 'written-assessment-after-f');

describe('written-assessment-after-f (10 kap. 22 §)', () => {
  it('owes a skriftlig bedömning after an F in a subject that ends, by the end of the term', () => {
    const items = generate([risk([REASONS.gradeF, REASONS.fInFinishedSubject])]);
    expect(items.map((i) => [i.pupilId, i.subject, i.term, i.due, i.status])).toEqual([
      ['p', 'Matematik', 'Ht 2025', '2025-12-19', 'open'],
    ]);
  });

  it('owes nothing for an F in a subject that goes on, nor for a "–"', () => {
    expect(generate([risk([REASONS.gradeF]), risk([REASONS.gradeDash], { id: 'p|Musik|Ht 2025', subject: 'Musik' })])).toEqual([]);
  });

  it('stays owed when the teacher decides the pupil is not at risk: the F was still given', () => {
    expect(generate([risk([REASONS.gradeF, REASONS.fInFinishedSubject], { status: 'dismissed' })])).toHaveLength(1);
  });

  it('can be switched off', () => {
    const settings = SettingsSchema.parse({ rules: { writtenAssessmentAfterF: false } });
    expect(generate([risk([REASONS.gradeF, REASONS.fInFinishedSubject])], settings)).toEqual([]);
  });
});
