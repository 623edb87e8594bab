import { z } from 'zod';
import { RiskRulesSchema } from '../risk/rules';

/**
 * The teacher's settings, with the defaults of docs (JOURNEYS "Sensible defaults"). Every field has a
 * default, so parsing a partial or older stored object fills what is missing.
 */
const monthDay = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'MM-DD');
const termDates = (start: string, end: string) =>
  z
    .object({ start: monthDay.default(start), end: monthDay.default(end) })
    .prefault({})
    .refine((t) => t.start < t.end, 'a term ends after it starts');
const years = (from: number, to: number) =>
  z
    .object({ from: z.int().min(0).max(10).default(from), to: z.int().min(0).max(10).default(to) })
    .prefault({})
    .refine((y) => y.from <= y.to, 'the first year comes before the last');
const days = (value: number) => z.int().min(0).max(365).default(value);

export const SettingsSchema = z.object({
  teacherName: z.string().trim().max(200).default(''),
  school: z.string().trim().max(200).default(''),
  language: z.enum(['auto', 'sv', 'en']).default('auto'),
  terms: z
    .object({ ht: termDates('08-15', '12-20'), vt: termDates('01-08', '06-12') })
    .prefault({})
    .refine((c) => c.vt.end < c.ht.start, 'the spring term ends before the autumn term starts'),
  rules: z
    .object({
      /** Guardians are told "as soon as possible": school days after a risk first shows. */
      guardianContact: z.object({ withinSchoolDays: days(5) }).prefault({}),
      /** Omdömen published this long before each term ends, in these years. */
      writtenAssessment: z.object({ weeksBeforeTermEnd: z.int().min(0).max(20).default(2), years: years(1, 6) }).prefault({}),
      /** The IUP published by this day (MM-DD) once a school year, and posted home within days of publishing. */
      iup: z.object({ publishBy: monthDay.default('11-30'), years: years(1, 5), postWithinDays: days(7) }).prefault({}),
      /** A decision (action programme, or not to draw one up; adapted study plan) sent home within days. */
      decision: z.object({ sendHomeWithinDays: days(7) }).prefault({}),
      /** Optional: a progress meeting per pupil and term. */
      progressMeeting: z.boolean().default(false),
    })
    .prefault({}),
  /** Optional: a daily notification about what is due (needs the optional notifications permission). */
  notifications: z.boolean().default(false),
  risk: RiskRulesSchema.prefault({}),
  /** Closed items and contacts are deleted this many months after closing. */
  retentionMonths: z.int().min(1).max(120).default(13),
  lock: z
    .object({
      enabled: z.boolean().default(false),
      idleMinutes: z.int().min(1).max(240).default(15),
    })
    .prefault({}),
});

export type Settings = z.output<typeof SettingsSchema>;
/** What may be saved: any part of the settings; nested groups may be given in part too. */
export type SettingsPatch = Patch<Settings>;
type Patch<T> = { [K in keyof T]?: T[K] extends readonly unknown[] ? T[K] : T[K] extends object ? Patch<T[K]> : T[K] };

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});
