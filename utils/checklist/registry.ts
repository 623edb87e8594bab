import { z } from 'zod';
import type { ChecklistKind } from '../domain/checklist-kinds';
import { getLanguage } from '../i18n';
import type { ChecklistRule, ChecklistRuleSettings, SettingField } from './rule';
import actionProgrammeFollowUp from './rules/action-programme-follow-up';
import decisionAppeal from './rules/decision-appeal';
import decisionSentHome from './rules/decision-sent-home';
import guardianContact from './rules/guardian-contact';
import informBeforeGrading from './rules/inform-before-grading';
import iupPosted from './rules/iup-posted';
import iupPublished from './rules/iup-published';
import progressMeeting from './rules/progress-meeting';
import referralAnswered from './rules/referral-answered';
import writtenAssessment from './rules/written-assessment';
import writtenAssessmentAfterF from './rules/written-assessment-after-f';

/**
 * Every checklist rule, one file each in rules/. The settings schema, the settings form, the kinds the
 * export accepts and the labels are derived from this list; tests/unit/checklist/registry.test.ts checks
 * that every file in rules/ is listed here and that each rule is complete. The list is written out rather
 * than globbed because the benchmarks and tools bundle this code with plain esbuild and tsx.
 */
const RULES = [
  guardianContact,
  informBeforeGrading,
  writtenAssessment,
  writtenAssessmentAfterF,
  iupPublished,
  iupPosted,
  decisionSentHome,
  referralAnswered,
  decisionAppeal,
  actionProgrammeFollowUp,
  progressMeeting,
] as unknown as ChecklistRule[];

export const CHECKLIST_RULES: readonly ChecklistRule[] = [...RULES].sort((a, b) => a.order - b.order);

export const CHECKLIST_KINDS = CHECKLIST_RULES.map((rule) => rule.kind) as [ChecklistKind, ...ChecklistKind[]];

const byKind = new Map(CHECKLIST_RULES.map((rule) => [rule.kind, rule]));

/** The kind's name in the checklist (`item`) or in the exported sheet (`sheet`), in Insyn's language. */
export function checklistKindLabel(kind: ChecklistKind, where: 'item' | 'sheet' = 'item'): string {
  const labels = byKind.get(kind)?.labels;
  return labels ? labels[getLanguage()][where] : kind;
}

/** Why an item of the kind exists, in Insyn's language: the rule in one sentence and the law or routine behind it. */
export function checklistKindWhy(kind: ChecklistKind): { rule: string; basis: string } | undefined {
  const why = byKind.get(kind)?.why;
  return why && { rule: why.rule[getLanguage()], basis: why.basis[getLanguage()] };
}

/** settings.rules: each rule's group once; rules sharing a group (the IUP's two) share its schema too. */
function rulesShape(): Record<string, z.ZodType> {
  const groups = new Map<string, z.ZodType>();
  for (const { kind, settings } of CHECKLIST_RULES) {
    const known = groups.get(settings.key);
    if (known && known !== settings.schema) throw new Error(`${kind}: settings "${settings.key}" differ from another rule's`);
    groups.set(settings.key, settings.schema);
  }
  return Object.fromEntries(groups);
}

export const ChecklistRuleSettingsSchema = z.object(rulesShape()).prefault({}) as unknown as z.ZodType<ChecklistRuleSettings>;

/** The settings form's fields of every rule, in order, with their full paths in the settings. */
export const CHECKLIST_SETTING_FIELDS: readonly SettingField[] = CHECKLIST_RULES.flatMap(({ settings }) =>
  settings.fields.map((field) => {
    const full = (path: string) => ['rules', settings.key, path].filter(Boolean).join('.');
    return 'errorsOf' in field ? { errorsOf: full(field.errorsOf) } : { ...field, path: full(field.path) };
  }),
);
