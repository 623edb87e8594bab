import type { ChecklistRecord, DocumentRecord, PupilRecord, ReferralRecord, RiskRecord } from '../db/records';
import { isoDate } from '../domain/dates';
import { termOnCalendar, termsBetween, type Calendar } from '../domain/terms';
import { itemId } from './ids';
import { CHECKLIST_RULES } from './registry';
import type { ChecklistFacts, ChecklistRule, ChecklistRuleSettings } from './rule';

export interface ChecklistInput {
  pupils: readonly PupilRecord[];
  risks: readonly RiskRecord[];
  documents: readonly DocumentRecord[];
  referrals?: readonly ReferralRecord[];
  settings: { rules: ChecklistRuleSettings; terms: Calendar };
}

/**
 * What is owed to guardians, as checklist items with what the data already says about them (done when a
 * page showed it published or a contact was logged): every rule of the registry, in turn. Pure and
 * deterministic: ids come from what each item is owed for. Teacher confirmations and closing times are
 * applied by `reconcile` (close.ts).
 */
export function generateChecklist({ pupils, risks, documents, referrals = [], settings }: ChecklistInput): ChecklistRecord[] {
  const calendar = settings.terms;
  const years = new Map(pupils.map((p) => [p.id, p.year]));
  const facts: ChecklistFacts = {
    pupils,
    risks,
    documents: documents.map((doc) => ({ ...doc, term: doc.term ?? termOnCalendar(isoDate(doc.firstSeen), calendar) })),
    referrals,
    calendar,
    yearOf: (pupilId) => years.get(pupilId),
    termsSeen: (pupil) => termsBetween(isoDate(pupil.firstSeen), isoDate(pupil.lastSeen), calendar),
  };
  const items = new Map<string, ChecklistRecord>();
  for (const rule of CHECKLIST_RULES) {
    for (const item of itemsOf(rule, facts, (settings.rules as unknown as Record<string, unknown>)[rule.settings.key]))
      items.set(item.id, item);
  }
  return [...items.values()];
}

function itemsOf(rule: ChecklistRule, facts: ChecklistFacts, settings: unknown): ChecklistRecord[] {
  return rule.appliesTo(facts, settings).map((owed) => {
    const closedBy = rule.closesWhen?.(owed);
    return {
      id: itemId(rule.kind, ...owed.for),
      pupilId: owed.pupilId,
      kind: rule.kind,
      term: owed.term,
      ...(owed.subject !== undefined ? { subject: owed.subject } : {}),
      due: rule.due(owed, settings, facts),
      ...(closedBy ? { status: 'done' as const, closedBy } : { status: 'open' as const }),
    };
  });
}
