import type { ChecklistRecord, DocumentRecord, PupilRecord, ReferralRecord, RiskRecord } from '../db/records';
import { isoDate } from '../domain/dates';
import { onSchoolDay } from '../domain/school-days';
import { termOnCalendar, termsBetween, type Calendar } from '../domain/terms';
import { expectedAssessments } from './expected';
import { itemId } from './ids';
import { CHECKLIST_RULES } from './registry';
import { isMentorOf, type Roles } from './roles';
import type { ChecklistFacts, ChecklistRule, ChecklistRuleSettings, Owed } from './rule';

export interface ChecklistInput {
  pupils: readonly PupilRecord[];
  risks: readonly RiskRecord[];
  documents: readonly DocumentRecord[];
  referrals?: readonly ReferralRecord[];
  settings: { rules: ChecklistRuleSettings; terms: Calendar; roles: Roles };
  /** ISO date of the day it is made. */
  today: string;
}

/**
 * What is owed to guardians, as checklist items with what the data already says about them (done when a
 * page showed it published or a contact was logged): every rule of the registry, in turn, the mentor's
 * rules only for the pupils of groups the teacher is mentor of. Pure and deterministic: ids come from
 * what each item is owed for. Teacher confirmations and closing times are applied by `reconcile` (close.ts).
 */
export function generateChecklist({ pupils, risks, documents, referrals = [], settings, today }: ChecklistInput): ChecklistRecord[] {
  const calendar = settings.terms;
  const years = new Map(pupils.map((p) => [p.id, p.year]));
  const dated = documents.map((doc) => ({ ...doc, term: doc.term ?? termOnCalendar(isoDate(doc.firstSeen), calendar) }));
  const all: ChecklistFacts = {
    pupils,
    risks,
    documents: [...dated, ...expectedAssessments(pupils, dated, calendar, today)],
    referrals,
    calendar,
    today,
    yearOf: (pupilId) => years.get(pupilId),
    termsSeen: (pupil) => termsBetween(isoDate(pupil.firstSeen), isoDate(pupil.lastSeen), calendar),
  };
  const mentored = new Set(pupils.filter((p) => isMentorOf(p, settings.roles)).map((p) => p.id));
  const mentorFacts: ChecklistFacts = {
    ...all,
    pupils: pupils.filter((p) => mentored.has(p.id)),
    risks: risks.filter((r) => mentored.has(r.pupilId)),
    documents: all.documents.filter((d) => mentored.has(d.pupilId)),
  };
  // What each pupil, subject and term was seen as; a risk says more than a document.
  const seenRows = new Map<string, SeenRow>([...all.documents, ...risks].map((row) => [rowKey(row), row]));
  const items = new Map<string, ChecklistRecord>();
  for (const rule of CHECKLIST_RULES) {
    const facts = rule.owner === 'mentor' ? mentorFacts : all;
    for (const item of itemsOf(rule, facts, (settings.rules as unknown as Record<string, unknown>)[rule.settings.key], seenRows))
      items.set(item.id, item);
  }
  return [...items.values()];
}

type SeenRow = { pupilId: string; subject?: string; term?: string; firstSeen: number; page?: string; expected?: true };
const rowKey = (row: Pick<SeenRow, 'pupilId' | 'subject' | 'term'>) => JSON.stringify([row.pupilId, row.subject ?? '', row.term ?? '']);

function itemsOf(rule: ChecklistRule, facts: ChecklistFacts, settings: unknown, seenRows: ReadonlyMap<string, SeenRow>): ChecklistRecord[] {
  return rule.appliesTo(facts, settings).map((owed) => {
    const closedBy = rule.closesWhen?.(owed);
    return {
      id: itemId(rule.kind, ...owed.for),
      pupilId: owed.pupilId,
      kind: rule.kind,
      term: owed.term,
      ...(owed.subject !== undefined ? { subject: owed.subject } : {}),
      ...(owed.decision ? { decision: owed.decision } : {}),
      due: onSchoolDay(rule.due(owed, settings, facts), facts.calendar, rule.deadline ?? 'by'),
      ...(closedBy ? { status: 'done' as const, closedBy } : { status: 'open' as const }),
      ...sourceOf(owed, seenRows),
    };
  });
}

/**
 * What Insyn saw that the item is owed for. A rule may say it (`seen`, `dated`, `page` on what it owes);
 * otherwise it is the risk or the document of the item's pupil, subject and term, when there is one.
 */
function sourceOf(owed: Owed, seenRows: ReadonlyMap<string, SeenRow>): Pick<ChecklistRecord, 'seen' | 'dated' | 'page' | 'expected'> {
  const row = owed.seen !== undefined ? undefined : seenRows.get(rowKey(owed));
  const seen = owed.seen ?? row?.firstSeen;
  const page = owed.page ?? row?.page;
  const expected = owed.expected ?? row?.expected;
  return {
    ...(seen !== undefined && !expected ? { seen: isoDate(seen) } : {}),
    ...(owed.dated ? { dated: owed.dated } : {}),
    ...(page ? { page } : {}),
    ...(expected ? { expected } : {}),
  };
}
