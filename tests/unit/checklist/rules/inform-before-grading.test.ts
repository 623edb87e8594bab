import { describe, expect, it } from 'vitest';
import { generateChecklist } from '@/utils/checklist/generate';
import type { PupilRecord, RiskRecord } from '@/utils/db/records';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from '@/utils/settings/schema';
import { at } from '../../db/test-db';

const pupil = (id: string, year?: number): PupilRecord => ({
  id,
  name: id,
  ...(year ? { year } : {}),
  firstSeen: at('2025-09-01'),
  lastSeen: at('2025-11-01'),
});
const risk = (pupilId: string, firstSeen: string, patch: Partial<RiskRecord> = {}): RiskRecord => ({
  id: `${pupilId}|Matematik|Ht 2025`,
  pupilId,
  subject: 'Matematik',
  term: 'Ht 2025',
  source: 'grade',
  evidence: ['Betyg: F'],
  firstSeen: at(firstSeen),
  lastSeen: at(firstSeen),
  status: 'open',
  ...patch,
});
const items = (pupils: PupilRecord[], risks: RiskRecord[], settings: Settings = DEFAULT_SETTINGS) =>
  generateChecklist({ pupils, risks, documents: [], settings, today: '2025-11-05' }).filter(
    (item) => item.kind === 'inform-before-grading',
  );

describe('inform-before-grading (the grading calendar)', () => {
  it('is due on the last day before grading: week 43 in year 9, week 45 in years 6–8', () => {
    const due = items(
      [pupil('nian', 9), pupil('sjuan', 7), pupil('femman', 5)],
      [risk('nian', '2025-10-01'), risk('sjuan', '2025-10-01'), risk('femman', '2025-10-01')],
    );
    expect(due.map((i) => [i.pupilId, i.due])).toEqual([
      ['nian', '2025-10-24'],
      ['sjuan', '2025-11-07'],
    ]);
  });

  it('reminds before the date: due within the coming week on the Monday of week 43 (a fixed clock)', () => {
    const [item] = items([pupil('nian', 9)], [risk('nian', '2025-10-01')]);
    const monday = '2025-10-20';
    const inAWeek = '2025-10-27';
    expect(item!.due > monday && item!.due <= inAWeek).toBe(true);
    expect(item!.status).toBe('open');
  });

  it('flags a risk first seen after the last day: its item is overdue from the day it shows', () => {
    const [item] = items([pupil('nian', 9)], [risk('nian', '2025-10-29')]);
    expect(item!.due).toBe('2025-10-24');
    expect(item!.due < '2025-10-29').toBe(true);
  });

  it('is done once guardians are contacted', () => {
    expect(items([pupil('nian', 9)], [risk('nian', '2025-10-01', { status: 'contacted' })])).toMatchObject([
      { status: 'done', closedBy: 'contact' },
    ]);
  });

  it('follows the teacher’s calendar', () => {
    const settings = SettingsSchema.parse({ rules: { gradingCalendar: { ht: { year9: 41 } } } });
    expect(items([pupil('nian', 9)], [risk('nian', '2025-09-10')], settings).map((i) => i.due)).toEqual(['2025-10-10']);
    expect(SettingsSchema.safeParse({ rules: { gradingCalendar: { ht: { year9: 54 } } } }).success).toBe(false);
  });
});
