import type { z } from 'zod';
import type { ChecklistKind } from '../domain/checklist-kinds';
import type { ClosedBy } from '../domain/checklist-statuses';
import type { Calendar } from '../domain/terms';
import type { ChecklistRecord, DocumentRecord, PupilRecord, ReferralRecord, RiskRecord } from '../db/records';
import type { DocumentType } from '../domain/document-types';
import type { KnownPageKind } from '../infomentor/page-kinds';
import type { Lang, MessageKey } from '../i18n';

/**
 * One checklist rule: what is owed to guardians, for whom, by when and what closes it, with its settings,
 * labels and documentation in the same file. Each file in rules/ default-exports one rule and is found by
 * the registry (registry.ts); docs/adding-a-checklist-rule.md walks through one.
 */

/** The teacher's settings of every rule, by settings key; empty here: each rule file adds its own group (declaration merging). */
export interface ChecklistRuleSettings {}

/** What a rule reads: the stored rows, with every document's term known. */
export interface ChecklistFacts {
  pupils: readonly PupilRecord[];
  risks: readonly RiskRecord[];
  /**
   * The page's term, else the term on the teacher's calendar when Insyn first saw the document. Omdömen
   * owed this term but not seen yet are here too, `expected` (utils/checklist/expected.ts).
   */
  documents: readonly (DocumentRecord & { term: string; expected?: true })[];
  /** The support chain's anmälningar till rektor, with what followed each. */
  referrals: readonly ReferralRecord[];
  calendar: Calendar;
  /** The day the checklist is made (ISO): what is owed "this term" and "this school year" counts from it. */
  today: string;
  yearOf: (pupilId: string) => number | undefined;
  /** Every term from the one a pupil was first seen in to the one last seen in. */
  termsSeen: (pupil: PupilRecord) => readonly string[];
}

/** One duty a rule found; `for` is what it is owed for, which makes the item's id (ids.ts). */
export interface Owed {
  pupilId: string;
  term: string;
  subject?: string;
  for: readonly string[];
  /** What it is owed for, as Insyn saw it (why.ts): when, the date the page showed, and on which page. */
  seen?: number;
  dated?: string;
  page?: string;
  expected?: true;
  decision?: DocumentType;
}

export type Words = Readonly<Record<Lang, string>>;

/** A field of the rule's settings in the dashboard's form; `path` is inside the rule's settings ('' for a lone value). */
export type SettingField =
  | { path: string; input: 'number' | 'text' | 'check'; label: Words; hint?: Words | MessageKey }
  /** Where a group's own error (e.g. "the first year comes before the last") shows. */
  | { errorsOf: string };

export interface RuleSettings<S extends z.ZodType> {
  /** Its place in settings.rules; two rules may share one group (the IUP's). */
  key: string;
  /** With defaults for every field, so older stored settings parse. */
  schema: S;
  fields: readonly SettingField[];
}

export interface ChecklistRule<S extends z.ZodType = z.ZodType, O extends Owed = Owed> {
  kind: ChecklistKind;
  /** Where it comes in the checklist's settings form. */
  order: number;
  /** One sentence for maintainers and the data-protection officer: what is owed and why. */
  documentation: string;
  labels: Readonly<Record<Lang, { item: string; sheet: string }>>;
  settings: RuleSettings<S>;
  /**
   * Whose duty it is. 'mentor': the mentor's or class teacher's (IUP, progress meeting, decisions), owed
   * only for pupils of groups the teacher is mentor of (roles.ts). Left out: whoever teaches the subject.
   */
  owner?: 'mentor';
  /**
   * How the due date lands on a school day (school-days.ts `onSchoolDay`): 'by' a set day moves back
   * (the default), 'within' days of an event moves forward.
   */
  deadline?: 'by' | 'within';
  /**
   * The pages where its work is done: there the panel shows the items of the page's pupils (a page about
   * one pupil shows all of theirs).
   */
  shownOn?: readonly KnownPageKind[];
  /** 'posted': the teacher ticks it in the panel as posted home on a date ("skickad per post"). */
  tick?: 'posted';
  /** Why the item exists, for the teacher: the rule in one sentence, and the law or routine behind it. */
  why?: { rule: Words; basis: Words };
  appliesTo: (facts: ChecklistFacts, settings: z.output<S>) => readonly O[];
  due: (owed: O, settings: z.output<S>, facts: ChecklistFacts) => string;
  /** What the data already says closed it; undefined while only the teacher can. */
  closesWhen?: (owed: O) => Exclude<ClosedBy, 'teacher'> | undefined;
}

/** Identity at run time; it checks the rule's parts against each other (settings, owed, due) at compile time. */
export function defineChecklistRule<S extends z.ZodType, O extends Owed>(rule: ChecklistRule<S, O>): ChecklistRule<S, O> {
  return rule;
}

export type { ChecklistRecord };
