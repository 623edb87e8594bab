import { z } from 'zod';
import { ChecklistRuleSettingsSchema } from '../checklist/registry';
import { monthDay } from '../checklist/setting-schemas';
import { RiskRulesSchema } from '../risk/rules';
import { DEFAULT_BREAKS } from '../domain/terms';
import { RolesSchema } from '../checklist/roles';

/**
 * The teacher's settings, with sensible defaults (the README and docs/privacy.md name them). Every field has a
 * default, so parsing a partial or older stored object fills what is missing.
 */
const termDates = (start: string, end: string) =>
  z
    .object({ start: monthDay.default(start), end: monthDay.default(end) })
    .prefault({})
    .refine((t) => t.start < t.end, 'a term ends after it starts');

const schoolBreak = z
  .object({ name: z.string().trim().min(1).max(60), from: z.iso.date(), to: z.iso.date() })
  .refine((b) => b.from <= b.to, 'a break ends on or after its first day');

export const SettingsSchema = z.object({
  teacherName: z.string().trim().max(200).default(''),
  school: z.string().trim().max(200).default(''),
  /** The municipality (or other huvudman) the school belongs to: the printed letter's sender line names it. */
  municipality: z.string().trim().max(200).default(''),
  language: z.enum(['auto', 'sv', 'en']).default('auto'),
  terms: z
    .object({
      ht: termDates('08-15', '12-20'),
      vt: termDates('01-08', '06-12'),
      /** Lov and days off (utils/domain/terms.ts has the defaults). */
      breaks: z
        .array(schoolBreak)
        .max(100)
        .default(() => [...DEFAULT_BREAKS]),
    })
    .prefault({})
    .refine((c) => c.vt.end < c.ht.start, 'the spring term ends before the autumn term starts'),
  /** The checklist rules' own settings (utils/checklist/rules/). */
  rules: ChecklistRuleSettingsSchema,
  /** The teacher's role in each group she has seen (utils/checklist/roles.ts). */
  roles: RolesSchema,
  /** Optional: a daily notification about what is due (needs the optional notifications permission). */
  notifications: z.boolean().default(false),
  risk: RiskRulesSchema.prefault({}),
  /** Closed items and contacts are deleted this many months after closing. */
  retentionMonths: z.int().min(1).max(120).default(13),
  /** The school requires the lock for shared computers (utils/lock/): a passphrase before pupils' data is shown. */
  lockRequired: z.boolean().default(false),
  /** The lock closes after this many minutes without use (and always when the browser closes). */
  lockIdleMinutes: z.int().min(1).max(480).default(15),
  /**
   * The school's routine for pupils with protected personal data (skyddade personuppgifter), shown where Insyn
   * drafts nothing for such a pupil; empty: Insyn's general advice.
   */
  protectedDataRoutine: z.string().trim().max(2000).default(''),
  /** Whether the export section starts with "pseudonymise" ticked; the teacher may still change it per file. */
  pseudonymiseExports: z.boolean().default(false),
  /** The principal's view flags a teacher's file exported more than this many days before its view date. */
  staleFileDays: z.int().min(1).max(365).default(14),
});

export type Settings = z.output<typeof SettingsSchema>;
/** What may be saved: any part of the settings; nested groups may be given in part too. */
export type SettingsPatch = Patch<Settings>;
type Patch<T> = { [K in keyof T]?: T[K] extends readonly unknown[] ? T[K] : T[K] extends object ? Patch<T[K]> : T[K] };

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});
