import { describe, expect, it } from 'vitest';
import { generateChecklist } from '@/utils/checklist/generate';
import type { PupilRecord, ReferralRecord } from '@/utils/db/records';
import { DEFAULT_SETTINGS } from '@/utils/settings/schema';
import { at } from '../../db/test-db';

const pupil: PupilRecord = { id: 'p', name: 'p', group: '5A', firstSeen: at('2025-09-01'), lastSeen: at('2025-11-01') };
const referral = (patch: Partial<ReferralRecord>): ReferralRecord => ({
  id: 'ref-1',
  pupilId: 'p',
  subjects: ['Matematik'],
  madeOn: '2025-10-01',
  by: 'Lena',
  created: at('2025-10-01'),
  updated: at('2025-10-01'),
  ...patch,
});
const followUps = (referrals: ReferralRecord[]) =>
  generateChecklist({ pupils: [pupil], risks: [], documents: [], referrals, settings: DEFAULT_SETTINGS, today: '2025-11-05' })
    .filter((item) => item.kind === 'action-programme-follow-up')
    .map((item) => [item.due, item.status]);

describe('action-programme-follow-up (the åtgärdsprogram is followed up and evaluated)', () => {
  it('is owed only for an åtgärdsprogram that was decided', () => {
    expect(followUps([referral({})])).toEqual([]);
    expect(followUps([referral({ decision: 'no-action-programme', decidedOn: '2025-10-20' })])).toEqual([]);
    expect(followUps([referral({ decision: 'action-programme', decidedOn: '2025-10-20' })])).toHaveLength(1);
  });

  it('falls due on the evaluation date noted, else eight school weeks after the decision', () => {
    expect(followUps([referral({ decision: 'action-programme', decidedOn: '2025-10-20', followUpDue: '2025-12-10' })])).toEqual([
      ['2025-12-10', 'open'],
    ]);
    // 40 school days after Monday 20 October 2025, without the weekends: 15 December.
    expect(followUps([referral({ decision: 'action-programme', decidedOn: '2025-10-20' })])).toEqual([['2025-12-15', 'open']]);
  });

  it('closes when the follow-up’s outcome is noted', () => {
    const done = referral({
      decision: 'action-programme',
      decidedOn: '2025-10-20',
      followUpDue: '2025-12-10',
      followUpOutcome: 'continue',
    });
    expect(followUps([done])).toEqual([['2025-12-10', 'done']]);
  });
});
