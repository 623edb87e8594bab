import type { ChecklistKind } from '../domain/checklist-kinds';
import type { ChecklistStatus, ClosedBy } from '../domain/checklist-statuses';
import type { ContactChannel } from '../domain/contact-channels';
import type { ContactOutcome } from '../domain/contact-outcomes';
import type { DocumentStatus } from '../domain/document-statuses';
import type { DecisionType, DocumentType } from '../domain/document-types';
import type { AdaptationOutcome, FollowUpOutcome } from '../domain/support-steps';
import type { GuardianExemption, GuardianNumber } from '../domain/guardians';
import type { RiskStatus } from '../domain/risk-statuses';
import type { PageKind } from '../infomentor/analysis';
import type { Lang } from '../domain/languages';

export type { ChecklistKind, ContactChannel, ContactOutcome, RiskStatus };

/** Rows of Insyn's database (see docs/architecture.md, "Data model"). Dates are epoch milliseconds. */

export interface VisitRecord {
  id?: number;
  url: string;
  kind: PageKind;
  at: number;
  pupils: number;
  atRisk: number;
  error?: string;
}

export interface PupilRecord {
  /** InfoMentor's pupil id when the page carries one ("im:<id>"), else "name:<normalised name>|<group>". */
  id: string;
  name: string;
  group?: string;
  /** Årskurs 1–9, from the group name or set by the teacher. */
  year?: number;
  /** Where the year came from: a teacher's choice wins over the group name. */
  yearSource?: 'group' | 'teacher';
  /** How many guardians the pupil has (absent: two); set by the teacher, never their names. */
  guardians?: 1 | 2;
  /** A guardian the teacher recorded as not to be contacted, and why. */
  guardianExempt?: GuardianExemption;
  /** "Skyddade personuppgifter": no drafts or letters, always pseudonymised in exports. */
  protectedData?: true;
  /** "Tolk behövs": the language the guardians need an interpreter for. */
  interpreter?: string;
  firstSeen: number;
  lastSeen: number;
}

export interface RiskRecord {
  /** `${pupilId}|${subject}|${term}` — one risk per pupil, subject and term. */
  id: string;
  pupilId: string;
  subject: string;
  term: string;
  source: 'assessment' | 'grade' | 'comment' | 'manual' | 'recipe';
  evidence: string[];
  firstSeen: number;
  lastSeen: number;
  status: RiskStatus;
  statusReason?: string;
  /** The prompt was postponed until this time. */
  snoozedUntil?: number;
  /** The address of the page it was last seen on, for the checklist's link to where the work is. */
  page?: string;
}

export interface DocumentRecord {
  /** `${pupilId}|${type}|${subject ?? ''}|${term ?? ''}` */
  id: string;
  pupilId: string;
  type: DocumentType;
  subject?: string;
  term?: string;
  status: DocumentStatus;
  published: boolean;
  decided?: string;
  /** When Insyn first saw it published. */
  publishedAt?: number;
  /** ISO date the page says it was published (Publiceringsdatum): the IUP is posted home within days of this. */
  publishedOn?: string;
  /** The address of the page it was last seen on. */
  page?: string;
  firstSeen: number;
  lastSeen: number;
}

export interface ContactRecord {
  id: string;
  pupilId: string;
  subjects: string[];
  riskIds: string[];
  at: number;
  channel: ContactChannel;
  withWhom: string;
  summary: string;
  outcome: ContactOutcome;
  /** The guardians this contact was with (absent in contacts logged before: guardian 1). */
  guardians?: GuardianNumber[];
  /** ISO date of the next attempt, when this contact left a guardian uninformed. */
  retry?: string;
  followUp?: string;
  author: string;
  created: number;
  updated: number;
}

export interface ChecklistRecord {
  /** Deterministic from what it is owed for, so generating twice makes no duplicate. */
  id: string;
  pupilId: string;
  kind: ChecklistKind;
  term: string;
  subject?: string;
  /** ISO date. */
  due: string;
  status: ChecklistStatus;
  closedBy?: ClosedBy;
  closedAt?: number;
  /** ISO date the teacher gave, e.g. when an IUP was posted. */
  confirmedDate?: string;
  /** "Redan gjort": the teacher closed it as done before Insyn or outside it. */
  doneOutside?: true;
  /** Why it exists (utils/checklist/why.ts): the day Insyn saw what it is owed for, */
  seen?: string;
  /** the date the page showed that the count starts from (publication, decision), */
  dated?: string;
  /** the page it was seen on, when known, */
  page?: string;
  /** and whether it is owed although nothing was seen yet (a pupil's missing omdöme). */
  expected?: true;
  /** A decision's type, for "Beslut skickat hem": which decision. */
  decision?: DocumentType;
}

export interface TemplateRecord {
  id: string;
  name: string;
  lang: Lang;
  subject: string;
  body: string;
  builtIn: boolean;
}

export interface RecipeRecord {
  id: string;
  name: string;
  /** The recipe as zod-validated JSON (utils/recipes). */
  recipe: unknown;
  created: number;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

export interface EventRecord {
  id?: number;
  at: number;
  action: string;
  /** What the action was about, e.g. a risk or contact id. Never free text from a page. */
  subject?: string;
}

/**
 * Extra anpassningar for a pupil in a subject (version 6): what, from when, by whom, and their evaluation.
 * Only what the support chain needs (docs/support-chain.md): InfoMentor and the school keep the record.
 */
export interface AdaptationRecord {
  id: string;
  pupilId: string;
  subject: string;
  /** One of the school's list (settings), as written. */
  what: string;
  /** A short note; the health-word warning applies. */
  note?: string;
  /** ISO dates. */
  from: string;
  evaluationDue: string;
  by: string;
  evaluation?: AdaptationOutcome;
  evaluatedOn?: string;
  created: number;
  updated: number;
}

/**
 * An anmälan till rektor and what followed it (version 6): the utredning's start, the decision, the
 * decision sent home with its appeal instructions and received, the åtgärdsprogram's follow-up. ISO dates.
 */
export interface ReferralRecord {
  id: string;
  pupilId: string;
  subjects: string[];
  madeOn: string;
  by: string;
  investigationStarted?: string;
  decision?: DecisionType;
  decidedOn?: string;
  /** The teacher checked that the överklagandehänvisning went with the decision. */
  appealInstructions?: boolean;
  /** The guardians received the decision: the three weeks to appeal start. */
  receivedOn?: string;
  followUpDue?: string;
  followUpOutcome?: FollowUpOutcome;
  followedUpOn?: string;
  created: number;
  updated: number;
}

/**
 * When a row came into this database from a file (an import or a restore), version 8: retention's week of
 * notice counts from here when the row was already past its retention age on arrival. Kept only for that
 * week (the daily purge drops older ones), and erased with the row.
 */
export interface ArrivalRecord {
  /** An exported table's name (utils/export/schema.ts). */
  table: string;
  /** The row's primary key in that table. */
  id: string | number;
  at: number;
}

/** A teacher's export kept in a principal's Insyn (utils/principal/): one row per teacher and school, the newest file wins. */
export interface SchoolExportRecord<Data = unknown> {
  /** `${school}|${teacher}`, lower-cased and trimmed. */
  id: string;
  teacher: string;
  school: string;
  exportedAt: number;
  importedAt: number;
  /** The teacher's export file, zod-checked before it was stored. */
  data: Data;
}
