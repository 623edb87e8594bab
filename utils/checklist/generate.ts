import type { ChecklistRecord, DocumentRecord, PupilRecord, RiskRecord } from '../db/records';
import { addDays, isoDate } from '../domain/dates';
import {
  dayInSchoolYear,
  schoolYearOfTerm,
  termEnd,
  termOnCalendar,
  termsBetween,
} from '../domain/terms';
import type { Settings } from '../settings/schema';
import { schoolDayDeadline } from '../domain/school-days';
import { guardianContactId, itemId } from './ids';

export interface ChecklistInput {
  pupils: readonly PupilRecord[];
  risks: readonly RiskRecord[];
  documents: readonly DocumentRecord[];
  settings: Settings;
}

const DECISIONS = new Set<DocumentRecord['type']>(['action-programme', 'no-action-programme', 'adapted-study-plan']);
const inYears = (year: number | undefined, range: { from: number; to: number }) =>
  year !== undefined && year >= range.from && year <= range.to;

/**
 * What is owed to guardians, as checklist items with what the data already says about them (done when a
 * page showed it published or a contact was logged). Pure and deterministic: ids come from what each item
 * is owed for. Teacher confirmations and closing times are applied by `reconcile` (close.ts).
 */
export function generateChecklist({ pupils, risks, documents, settings }: ChecklistInput): ChecklistRecord[] {
  const { rules, terms: calendar } = settings;
  const items = new Map<string, ChecklistRecord>();
  const add = (item: ChecklistRecord) => items.set(item.id, item);
  const yearOf = new Map(pupils.map((p) => [p.id, p.year]));

  // Guardians are told when a pupil risks failing: one item per risk until a contact is logged.
  for (const risk of risks) {
    if (risk.status !== 'open' && risk.status !== 'contacted') continue;
    const item: ChecklistRecord = {
      id: guardianContactId(risk.id),
      pupilId: risk.pupilId,
      kind: 'guardian-contact',
      term: risk.term,
      subject: risk.subject,
      // The same school-day count the principal's figures use: weekdays inside the terms.
      due: schoolDayDeadline(isoDate(risk.firstSeen), rules.guardianContact.withinSchoolDays, calendar),
      status: risk.status === 'contacted' ? 'done' : 'open',
    };
    if (risk.status === 'contacted') item.closedBy = 'contact';
    add(item);
  }

  const iupsByPupil = new Map<string, DocumentRecord[]>();
  for (const doc of documents) {
    const year = yearOf.get(doc.pupilId);
    const term = doc.term ?? termOnCalendar(isoDate(doc.firstSeen), calendar);
    if (doc.type === 'written-assessment' && inYears(year, rules.writtenAssessment.years)) {
      // Omdömen published each term, a set time before it ends.
      add(pageClosed({
        id: itemId('written-assessment', doc.pupilId, doc.subject ?? '', term),
        pupilId: doc.pupilId,
        kind: 'written-assessment',
        term,
        ...(doc.subject ? { subject: doc.subject } : {}),
        due: addDays(termEnd(term, calendar), -7 * rules.writtenAssessment.weeksBeforeTermEnd),
      }, doc.published));
    } else if (doc.type === 'iup') {
      iupsByPupil.set(doc.pupilId, [...(iupsByPupil.get(doc.pupilId) ?? []), { ...doc, term }]);
    } else if (DECISIONS.has(doc.type)) {
      // A decision is sent home with its appeal instructions; only the teacher can confirm it was.
      add({
        id: itemId('decision-sent-home', doc.id),
        pupilId: doc.pupilId,
        kind: 'decision-sent-home',
        term,
        due: addDays(doc.decided ?? isoDate(doc.firstSeen), rules.decision.sendHomeWithinDays),
        status: 'open',
      });
    }
  }

  for (const pupil of pupils) {
    const seenTerms = termsBetween(isoDate(pupil.firstSeen), isoDate(pupil.lastSeen), calendar);
    if (inYears(pupil.year, rules.iup.years)) {
      // The IUP: published once a school year, then posted home within days of publishing.
      const iups = iupsByPupil.get(pupil.id) ?? [];
      const schoolYears = new Set([...seenTerms, ...iups.map((d) => d.term!)].map(schoolYearOfTerm));
      for (const schoolYear of schoolYears) {
        const due = dayInSchoolYear(schoolYear, rules.iup.publishBy);
        const published = iups.filter((d) => d.published && schoolYearOfTerm(d.term!) === schoolYear);
        const base = { pupilId: pupil.id, term: termOnCalendar(due, calendar) };
        add(pageClosed({ ...base, id: itemId('iup-published', pupil.id, schoolYear), kind: 'iup-published', due }, published.length > 0));
        if (published.length) {
          const first = Math.min(...published.map((d) => d.publishedAt ?? d.lastSeen));
          add({
            ...base,
            id: itemId('iup-posted', pupil.id, schoolYear),
            kind: 'iup-posted',
            due: addDays(isoDate(first), rules.iup.postWithinDays),
            status: 'open',
          });
        }
      }
    }
    if (rules.progressMeeting) {
      for (const term of seenTerms) {
        add({
          id: itemId('progress-meeting', pupil.id, term),
          pupilId: pupil.id,
          kind: 'progress-meeting',
          term,
          due: termEnd(term, calendar),
          status: 'open',
        });
      }
    }
  }
  return [...items.values()];
}

function pageClosed(item: Omit<ChecklistRecord, 'status'>, published: boolean): ChecklistRecord {
  return published ? { ...item, status: 'done', closedBy: 'page' } : { ...item, status: 'open' };
}
