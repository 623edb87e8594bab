import { informs } from '../domain/contact-outcomes';
import { isoDate } from '../domain/dates';
import type { ContactRecord, RiskRecord } from '../db/records';
import type { InsynExport } from '../export/schema';
import type { Calendar } from '../domain/terms';
import { schoolDayDeadline } from '../domain/school-days';

/**
 * The principal's school view: teachers' exports merged into one row per teacher, group, subject and
 * term. Pure. The same rules apply to every teacher (the municipality's promise of equal treatment):
 * the principal's deadline and calendar, not each teacher's own settings.
 * How each figure is computed is also said in words next to it (messages principal_how_*).
 */
export interface ViewOptions {
  /** Guardians should be contacted within this many school days of a risk first showing. */
  withinSchoolDays: number;
  /** Term dates: days outside the terms are not school days. Without one, every weekday counts. */
  calendar?: Calendar;
}

export interface ViewRow {
  teacher: string;
  group: string;
  subject: string;
  term: string;
  /** Pupils with a risk that the teacher has not dismissed. */
  pupilsAtRisk: number;
  /** Risks whose deadline had passed at export, or that were contacted in time: the share's denominator. */
  risksDue: number;
  contactedInTime: number;
  /** contactedInTime / risksDue, or null when no risk is due yet. */
  shareInTime: number | null;
  /** Open written assessments and IUPs to publish whose due date had passed at export. */
  overduePublications: number;
  iupsNotSentHome: number;
  decisionsNotSentHome: number;
}

/** One risk with the outcome of the contact rule, for the detail sheet and for checking a figure by hand. */
export interface RiskLine {
  teacher: string;
  pupilId: string;
  pupil: string;
  group: string;
  subject: string;
  term: string;
  firstSeen: string;
  deadline: string;
  /** The first contact counted for the risk, if any (ISO date). */
  contacted?: string;
  due: boolean;
  inTime: boolean;
}

export interface SchoolView {
  rows: ViewRow[];
  risks: RiskLine[];
  /** One line per teacher: the sums of their rows. */
  teachers: ViewRow[];
  total: ViewRow;
}

const NO_GROUP = '';

export function buildSchoolView(exports: readonly InsynExport[], options: ViewOptions): SchoolView {
  const rows = new Map<string, ViewRow & { pupils: Set<string> }>();
  const risks: RiskLine[] = [];
  const row = (teacher: string, group: string, subject: string, term: string) => {
    const key = JSON.stringify([teacher, group, subject, term]);
    let found = rows.get(key);
    if (!found) {
      found = { ...emptyRow(teacher, group, subject, term), pupils: new Set() };
      rows.set(key, found);
    }
    return found;
  };

  for (const file of exports) {
    const { tables, teacher } = file;
    const exported = isoDate(file.exportedAt);
    const pupils = new Map(tables.pupils.map((p) => [p.id, p]));
    const contactsByPupil = groupBy(tables.contacts, (c) => c.pupilId);
    const groupOf = (pupilId: string) => pupils.get(pupilId)?.group ?? NO_GROUP;

    for (const risk of tables.risks) {
      if (risk.status === 'dismissed') continue;
      const target = row(teacher, groupOf(risk.pupilId), risk.subject, risk.term);
      target.pupils.add(risk.pupilId);
      const line = judgeRisk(risk, contactsByPupil.get(risk.pupilId) ?? [], exported, options);
      if (line.due) target.risksDue++;
      if (line.inTime) target.contactedInTime++;
      risks.push({
        teacher,
        pupilId: risk.pupilId,
        pupil: pupils.get(risk.pupilId)?.name ?? risk.pupilId,
        group: groupOf(risk.pupilId),
        subject: risk.subject,
        term: risk.term,
        ...line,
      });
    }

    for (const item of tables.checklist) {
      if (item.status !== 'open') continue;
      const overduePublication = (item.kind === 'written-assessment' || item.kind === 'iup-published') && item.due < exported;
      const iup = item.kind === 'iup-posted';
      const decision = item.kind === 'decision-sent-home';
      if (!overduePublication && !iup && !decision) continue;
      const target = row(teacher, groupOf(item.pupilId), item.subject ?? '', item.term);
      if (overduePublication) target.overduePublications++;
      if (iup) target.iupsNotSentHome++;
      if (decision) target.decisionsNotSentHome++;
    }
  }

  const finished = [...rows.values()].map(({ pupils, ...r }) => withShare({ ...r, pupilsAtRisk: pupils.size }));
  finished.sort(
    (a, b) => compare(a.teacher, b.teacher) || compare(a.group, b.group) || compare(a.subject, b.subject) || compare(a.term, b.term),
  );
  const teachers = [...groupBy(finished, (r) => r.teacher)].map(([teacher, list]) => sumRows(list, teacher));
  return { rows: finished, risks, teachers, total: sumRows(finished, '') };
}

/**
 * A risk is due when its deadline (the n-th school day after the day it first showed) had passed when
 * the teacher exported. It was contacted in time when a contact for that pupil — linked to the risk, or
 * about its subject — that informed the guardians (`informs`: an attempt that reached nobody does not)
 * is dated from the day the risk first showed up to the deadline. A risk contacted
 * in time counts as due even if its deadline had not yet come.
 */
export function judgeRisk(
  risk: Pick<RiskRecord, 'id' | 'subject' | 'firstSeen'>,
  contacts: readonly Pick<ContactRecord, 'at' | 'riskIds' | 'subjects' | 'outcome' | 'channel'>[],
  exported: string,
  options: ViewOptions,
): Pick<RiskLine, 'firstSeen' | 'deadline' | 'contacted' | 'due' | 'inTime'> {
  const firstSeen = isoDate(risk.firstSeen);
  const deadline = schoolDayDeadline(firstSeen, options.withinSchoolDays, options.calendar);
  const about = contacts
    .filter((c) => (c.riskIds.includes(risk.id) || c.subjects.includes(risk.subject)) && informs(c.outcome, c.channel))
    .map((c) => isoDate(c.at))
    .filter((day) => day >= firstSeen)
    .sort();
  const contacted = about[0];
  const inTime = contacted !== undefined && contacted <= deadline;
  return { firstSeen, deadline, contacted, inTime, due: inTime || deadline < exported };
}

function emptyRow(teacher: string, group: string, subject: string, term: string): ViewRow {
  return {
    teacher,
    group,
    subject,
    term,
    pupilsAtRisk: 0,
    risksDue: 0,
    contactedInTime: 0,
    shareInTime: null,
    overduePublications: 0,
    iupsNotSentHome: 0,
    decisionsNotSentHome: 0,
  };
}

function withShare(row: ViewRow): ViewRow {
  return { ...row, shareInTime: row.risksDue ? row.contactedInTime / row.risksDue : null };
}

/** Sums rows; pupils at risk are summed too (a pupil at risk in two subjects counts in both). */
function sumRows(rows: readonly ViewRow[], teacher: string): ViewRow {
  const sum = emptyRow(teacher, '', '', '');
  for (const r of rows) {
    sum.pupilsAtRisk += r.pupilsAtRisk;
    sum.risksDue += r.risksDue;
    sum.contactedInTime += r.contactedInTime;
    sum.overduePublications += r.overduePublications;
    sum.iupsNotSentHome += r.iupsNotSentHome;
    sum.decisionsNotSentHome += r.decisionsNotSentHome;
  }
  return withShare(sum);
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

function compare(a: string, b: string): number {
  return a.localeCompare(b, 'sv');
}
