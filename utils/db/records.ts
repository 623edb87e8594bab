import type { DocumentType, PageKind } from '../infomentor/analysis';

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
  firstSeen: number;
  lastSeen: number;
}

export type RiskStatus = 'open' | 'contacted' | 'resolved' | 'dismissed';

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
}

export interface DocumentRecord {
  /** `${pupilId}|${type}|${subject ?? ''}|${term ?? ''}` */
  id: string;
  pupilId: string;
  type: DocumentType;
  subject?: string;
  term?: string;
  status: 'in-progress' | 'complete';
  published: boolean;
  decided?: string;
  /** When Insyn first saw it published (the IUP must be posted home within days of this). */
  publishedAt?: number;
  firstSeen: number;
  lastSeen: number;
}

export type ContactChannel = 'telefon' | 'e-post' | 'infomentor' | 'mote' | 'brev' | 'sms' | 'annat';
export type ContactOutcome = 'nadd' | 'ej-nadd' | 'mote-bokat';

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
  followUp?: string;
  author: string;
  created: number;
  updated: number;
}

export type ChecklistKind =
  | 'guardian-contact'
  | 'written-assessment'
  | 'iup-published'
  | 'iup-posted'
  | 'decision-sent-home'
  | 'progress-meeting';

export interface ChecklistRecord {
  /** Deterministic from what it is owed for, so generating twice makes no duplicate. */
  id: string;
  pupilId: string;
  kind: ChecklistKind;
  term: string;
  subject?: string;
  /** ISO date. */
  due: string;
  status: 'open' | 'done';
  closedBy?: 'page' | 'teacher' | 'contact';
  closedAt?: number;
  /** ISO date the teacher gave, e.g. when an IUP was posted. */
  confirmedDate?: string;
}

export interface TemplateRecord {
  id: string;
  name: string;
  lang: 'sv' | 'en';
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
