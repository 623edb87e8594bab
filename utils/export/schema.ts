import { z } from 'zod';
import { CHECKLIST_KINDS } from '../checklist/registry';
import { CHECKLIST_STATUSES, CLOSED_BY } from '../domain/checklist-statuses';
import { CONTACT_CHANNELS } from '../domain/contact-channels';
import { CONTACT_OUTCOMES } from '../domain/contact-outcomes';
import { GUARDIAN_EXEMPTIONS, GUARDIAN_NUMBERS } from '../domain/guardians';
import { DOCUMENT_STATUSES } from '../domain/document-statuses';
import { DECISION_TYPES, DOCUMENT_TYPES } from '../domain/document-types';
import { RISK_STATUSES } from '../domain/risk-statuses';
import { ADAPTATION_OUTCOMES, FOLLOW_UP_OUTCOMES } from '../domain/support-steps';
import { RecipeSchema as PageRecipeSchema } from '../recipes/schema';
import { EPOCH_MAX, EPOCH_MIN, isValidDay } from '../domain/dates';
import type {
  AdaptationRecord,
  ChecklistRecord,
  ContactRecord,
  DocumentRecord,
  EventRecord,
  PupilRecord,
  RecipeRecord,
  ReferralRecord,
  RiskRecord,
  SettingRecord,
  TemplateRecord,
} from '../db/records';
import { LANGUAGES } from '../domain/languages';

/**
 * Insyn's export file: a teacher's whole database (visits aside: they serve diagnosis, not history), with
 * rows exactly as stored so a restore gives back the same data and a principal can merge many files.
 * Every field is bounded: a hostile or damaged file is refused with a message, never half-read.
 * Messages of the checks are keys of `import_err_*` (utils/import/errors.ts turns them into sentences).
 */
export const EXPORT_FORMAT = 'insyn-export';
/** 2 adds the support chain (adaptations, referrals). */
export const EXPORT_VERSION = 2;
/** Every version this Insyn reads: a version-1 file reads with the support chain's tables empty. */
export const READABLE_VERSIONS = [1, 2] as const;

export const EXPORT_LIMITS = {
  /** The whole file, in bytes (UTF-8). */
  maxBytes: 50 * 1024 * 1024,
  /** Rows per table. */
  maxRows: 200_000,
  /** Nesting of free JSON (settings values, recipes). */
  maxDepth: 24,
  /** Ids, names, subjects and other short texts. */
  shortText: 500,
  /** Summaries, template bodies, evidence lines. */
  longText: 20_000,
  /** Items of small lists (subjects of a contact, evidence lines). */
  maxList: 200,
  /** One setting's value as JSON text: a 16.8 MB value once made every page read 120 times slower. */
  settingChars: 64 * 1024,
} as const;

const short = z.string('wrongType').max(EXPORT_LIMITS.shortText, 'tooLong');
const long = z.string('wrongType').max(EXPORT_LIMITS.longText, 'tooLong');
const id = short.min(1, 'empty');
const list = <T extends z.ZodType>(item: T, max: number = EXPORT_LIMITS.maxList) => z.array(item, 'wrongType').max(max, 'tooMany');
const table = <T extends z.ZodType>(row: T) => list(row, EXPORT_LIMITS.maxRows);

/** Dates and times as every other part of Insyn accepts them (utils/domain/dates.ts). */
export const EpochSchema = z.number('notDate').int('notDate').min(EPOCH_MIN, 'notDate').max(EPOCH_MAX, 'notDate');

export const IsoDateSchema = z.string('notIsoDate').refine(isValidDay, 'notIsoDate');

/** Free JSON (a setting's value, a recipe): checked for depth and size by `checkJsonShape` before zod. */
const JsonSchema: z.ZodType<unknown> = z.unknown();

const GuardianSchema = z.union(
  GUARDIAN_NUMBERS.map((g) => z.literal(g)),
  'badValue',
);

const PupilSchema = z.strictObject({
  id,
  name: short,
  group: short.optional(),
  year: z.int('wrongType').min(0, 'badValue').max(10, 'badValue').optional(),
  yearSource: z.enum(['group', 'teacher'], 'badValue').optional(),
  // Optional, so files written before guardians and protection were kept still read (absent: the defaults).
  guardians: z.union([z.literal(1), z.literal(2)], 'badValue').optional(),
  guardianExempt: z.strictObject({ guardian: GuardianSchema, reason: z.enum(GUARDIAN_EXEMPTIONS, 'badValue') }).optional(),
  protectedData: z.literal(true, 'badValue').optional(),
  interpreter: short.optional(),
  firstSeen: EpochSchema,
  lastSeen: EpochSchema,
});

const RiskSchema = z.strictObject({
  id,
  pupilId: id,
  subject: short,
  term: short,
  source: z.enum(['assessment', 'grade', 'comment', 'manual', 'recipe'], 'badValue'),
  evidence: list(long),
  firstSeen: EpochSchema,
  lastSeen: EpochSchema,
  status: z.enum(RISK_STATUSES, 'badValue'),
  statusReason: long.optional(),
  snoozedUntil: EpochSchema.optional(),
  page: long.optional(),
});

const DocumentSchema = z.strictObject({
  id,
  pupilId: id,
  type: z.enum(DOCUMENT_TYPES, 'badValue'),
  subject: short.optional(),
  term: short.optional(),
  status: z.enum(DOCUMENT_STATUSES, 'badValue'),
  published: z.boolean('wrongType'),
  publishedAt: EpochSchema.optional(),
  decided: IsoDateSchema.optional(),
  publishedOn: IsoDateSchema.optional(),
  page: long.optional(),
  firstSeen: EpochSchema,
  lastSeen: EpochSchema,
});

const ContactSchema = z.strictObject({
  id,
  pupilId: id,
  subjects: list(short),
  riskIds: list(id),
  at: EpochSchema,
  channel: z.enum(CONTACT_CHANNELS, 'badValue'),
  withWhom: short,
  summary: long,
  outcome: z.enum(CONTACT_OUTCOMES, 'badValue'),
  guardians: z.array(GuardianSchema).min(1, 'empty').max(2, 'tooLong').optional(),
  retry: IsoDateSchema.optional(),
  followUp: IsoDateSchema.optional(),
  author: short,
  created: EpochSchema,
  updated: EpochSchema,
});

const ChecklistSchema = z.strictObject({
  id,
  pupilId: id,
  kind: z.enum(CHECKLIST_KINDS, 'badValue'),
  term: short,
  subject: short.optional(),
  due: IsoDateSchema,
  status: z.enum(CHECKLIST_STATUSES, 'badValue'),
  closedBy: z.enum(CLOSED_BY, 'badValue').optional(),
  closedAt: EpochSchema.optional(),
  confirmedDate: IsoDateSchema.optional(),
  // Added in this version's life, optional so earlier files of version 1 read unchanged.
  doneOutside: z.literal(true, 'badValue').optional(),
  seen: IsoDateSchema.optional(),
  dated: IsoDateSchema.optional(),
  page: long.optional(),
  expected: z.literal(true, 'badValue').optional(),
  decision: z.enum(DOCUMENT_TYPES, 'badValue').optional(),
});

const TemplateSchema = z.strictObject({
  id,
  name: short,
  lang: z.enum(LANGUAGES, 'badValue'),
  subject: short,
  body: long,
  builtIn: z.boolean('wrongType'),
});

const RecipeSchema = z.strictObject({
  id,
  name: short,
  // A recipe steers how pages are read: one arriving in a backup passes the same check as one saved from
  // the teach window or imported under Sidrecept.
  recipe: JsonSchema.refine((recipe) => PageRecipeSchema.safeParse(recipe).success, 'badValue'),
  created: EpochSchema,
});

const SettingSchema = z.strictObject({
  key: id,
  value: JsonSchema.refine((value) => (JSON.stringify(value) ?? '').length <= EXPORT_LIMITS.settingChars, 'tooLong'),
});

const EventSchema = z.strictObject({
  id: z.int('wrongType').min(1, 'badValue'),
  at: EpochSchema,
  action: id,
  subject: short.optional(),
});

const AdaptationSchema = z.strictObject({
  id,
  pupilId: id,
  subject: short,
  what: short,
  note: long.optional(),
  from: IsoDateSchema,
  evaluationDue: IsoDateSchema,
  by: short,
  evaluation: z.enum(ADAPTATION_OUTCOMES, 'badValue').optional(),
  evaluatedOn: IsoDateSchema.optional(),
  created: EpochSchema,
  updated: EpochSchema,
});

const ReferralSchema = z.strictObject({
  id,
  pupilId: id,
  subjects: list(short),
  madeOn: IsoDateSchema,
  by: short,
  investigationStarted: IsoDateSchema.optional(),
  decision: z.enum(DECISION_TYPES, 'badValue').optional(),
  decidedOn: IsoDateSchema.optional(),
  appealInstructions: z.boolean('wrongType').optional(),
  receivedOn: IsoDateSchema.optional(),
  followUpDue: IsoDateSchema.optional(),
  followUpOutcome: z.enum(FOLLOW_UP_OUTCOMES, 'badValue').optional(),
  followedUpOn: IsoDateSchema.optional(),
  created: EpochSchema,
  updated: EpochSchema,
});

export const ExportTablesSchema = z.strictObject({
  pupils: table(PupilSchema),
  risks: table(RiskSchema),
  documents: table(DocumentSchema),
  contacts: table(ContactSchema),
  checklist: table(ChecklistSchema),
  templates: table(TemplateSchema),
  recipes: table(RecipeSchema),
  settings: table(SettingSchema),
  events: table(EventSchema),
  // Version 2: absent from a version-1 file, which then reads as having none.
  adaptations: table(AdaptationSchema).default([]),
  referrals: table(ReferralSchema).default([]),
});

export const InsynExportSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT, 'notInsyn'),
  version: z.literal(READABLE_VERSIONS, 'wrongVersion'),
  exportedAt: EpochSchema,
  appVersion: short,
  teacher: short,
  school: short,
  /** Names and pupil ids replaced by codes: fit for leaving the school, not for restoring. */
  pseudonymised: z.boolean('wrongType'),
  tables: ExportTablesSchema,
});

export type InsynExport = z.infer<typeof InsynExportSchema>;
export type ExportTables = InsynExport['tables'];
export type TableName = keyof ExportTables;
export const TABLE_NAMES = Object.keys(ExportTablesSchema.shape) as TableName[];

/**
 * Compile-time guards: a field added to a database row, or a new value of one of its types, must be added
 * here too, or exports would drop it and restores of files that carry it would be refused.
 * `npm run typecheck` fails naming the field or the row.
 */
type MissingFields<Row, Schema extends z.ZodType> = Exclude<keyof Row, keyof z.infer<Schema>>;
type NoneMissing<T extends never> = T;
export type ExportCoversFields = NoneMissing<
  | MissingFields<PupilRecord, typeof PupilSchema>
  | MissingFields<RiskRecord, typeof RiskSchema>
  | MissingFields<DocumentRecord, typeof DocumentSchema>
  | MissingFields<ContactRecord, typeof ContactSchema>
  | MissingFields<ChecklistRecord, typeof ChecklistSchema>
  | MissingFields<TemplateRecord, typeof TemplateSchema>
  | MissingFields<RecipeRecord, typeof RecipeSchema>
  | MissingFields<SettingRecord, typeof SettingSchema>
  | MissingFields<EventRecord, typeof EventSchema>
  | MissingFields<AdaptationRecord, typeof AdaptationSchema>
  | MissingFields<ReferralRecord, typeof ReferralSchema>
>;
type Fits<Row extends Schema, Schema> = Row;
export type ExportCoversValues = [
  Fits<PupilRecord, z.input<typeof PupilSchema>>,
  Fits<RiskRecord, z.input<typeof RiskSchema>>,
  Fits<DocumentRecord, z.input<typeof DocumentSchema>>,
  Fits<ContactRecord, z.input<typeof ContactSchema>>,
  Fits<ChecklistRecord, z.input<typeof ChecklistSchema>>,
  Fits<TemplateRecord, z.input<typeof TemplateSchema>>,
  Fits<RecipeRecord, z.input<typeof RecipeSchema>>,
  Fits<SettingRecord, z.input<typeof SettingSchema>>,
  // Stored events always have their auto-increment id.
  Fits<EventRecord & { id: number }, z.input<typeof EventSchema>>,
  Fits<AdaptationRecord, z.input<typeof AdaptationSchema>>,
  Fits<ReferralRecord, z.input<typeof ReferralSchema>>,
];
