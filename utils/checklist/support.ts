import { z } from 'zod';
import type { ReferralRecord } from '../db/records';
import { DEFAULT_ADAPTATION_KINDS } from '../domain/support-steps';
import { termOnCalendar } from '../domain/terms';
import type { Owed } from './rule';
import { days } from './setting-schemas';

/**
 * The support chain's settings, one group for its three rules (the principal's answer to an anmälan, the
 * decision sent home with its appeal instructions, the åtgärdsprogram's follow-up) and for the chain's
 * timeline (utils/domain/support-chain.ts). The school's list of extra anpassningar is written
 * comma-separated, in the school's own words.
 */
export const supportSettings = z
  .object({
    adaptationKinds: z.string().trim().min(1).max(1000).default(DEFAULT_ADAPTATION_KINDS.join(', ')),
    evaluateAfterSchoolWeeks: z.int().min(1).max(40).default(4),
    adaptWithinSchoolDays: days(10),
    referWithinSchoolDays: days(5),
    investigateWithinSchoolDays: days(10),
    decideWithinSchoolDays: days(20),
    sendHomeWithinDays: days(7),
    followUpAfterSchoolWeeks: z.int().min(1).max(40).default(8),
  })
  .prefault({});

export type SupportSettings = z.output<typeof supportSettings>;

declare module './rule' {
  interface ChecklistRuleSettings {
    support: SupportSettings;
  }
}

export interface OwedForReferral extends Owed {
  referral: ReferralRecord;
}

/** One duty per anmälan, in the term it was made, about its first subject. */
export function owedFor(referral: ReferralRecord, calendar: Parameters<typeof termOnCalendar>[1]): OwedForReferral {
  return {
    pupilId: referral.pupilId,
    term: termOnCalendar(referral.madeOn, calendar),
    ...(referral.subjects[0] !== undefined ? { subject: referral.subjects[0] } : {}),
    for: [referral.id],
    referral,
  };
}
