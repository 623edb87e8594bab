import { informedGuardians, type GuardianFacts } from '../domain/guardians';
import { isoDate } from '../domain/dates';
import type { ChecklistKind } from '../domain/checklist-kinds';
import type { ContactRecord, RiskRecord } from '../db/records';
import type { InsynExport } from '../export/schema';
import type { Calendar } from '../domain/terms';
import { schoolDayDeadline } from '../domain/school-days';
import { lastDayToInform, type GradingCalendar } from '../domain/grading-calendar';
import { fileAge, type FileAge } from './file-age';

/**
 * The principal's school view: teachers' exports merged into one row per teacher, group, subject and
 * term. Pure. The figures are computed from the records in the files as of a view date the principal
 * chooses (not frozen at each export's date), and the same rules apply to every teacher (the
 * municipality's promise of equal treatment): the principal's deadline and calendar, not each teacher's
 * own settings. How each figure is computed is also said in words next to it (messages principal_how_*).
 */
export interface ViewOptions {
  /** Guardians should be contacted within this many school days of a risk first showing. */
  withinSchoolDays: number;
  /** Term dates: days outside the terms are not school days. Without one, every weekday counts. */
  calendar?: Calendar;
  /** The day the figures are for (ISO date); the caller's default is today. */
  asOf: string;
  /** A file exported more than this many days before the view date is flagged old. */
  staleAfterDays: number;
  /** The last day before grading, per term and year group (years 6–9): information after it is counted. */
  grading?: GradingCalendar;
}

/** The counts of a row, each with the items behind it (ViewItem.figures). */
export const COUNT_FIGURES = [
  'pupilsAtRisk',
  'pairsAtRisk',
  'contactsLate',
  'overduePublications',
  'iupsNotSentHome',
  'decisionsNotSentHome',
  'informedAfterLastDay',
] as const;
export type CountFigure = (typeof COUNT_FIGURES)[number];
/** Every figure an item can stand behind: the counts, and the share's two terms. */
export type Figure = CountFigure | 'risksDue' | 'contactedInTime';

export type ViewRow = Record<CountFigure, number> & {
  teacher: string;
  group: string;
  subject: string;
  term: string;
  /** Risks whose deadline had passed on the view date, or that were contacted in time: the share's denominator. */
  risksDue: number;
  contactedInTime: number;
  /** contactedInTime / risksDue, or null when no risk is due yet. */
  shareInTime: number | null;
};

/** Whose and where: the teacher, the pupil (id and name as the file has them), group, subject and term. */
export interface ItemPlace {
  /** The school of the teacher's file. */
  school: string;
  /** The pupil's year group ("5"), from the pupil's record or the group's leading digits; '' when unknown. */
  year: string;
  teacher: string;
  pupilId: string;
  pupil: string;
  group: string;
  subject: string;
  term: string;
}

/** One risk with the outcome of the contact rule, for the detail sheet and for checking a figure by hand. */
export interface RiskLine extends ItemPlace {
  firstSeen: string;
  deadline: string;
  /** The first contact counted for the risk, if any (ISO date). */
  contacted?: string;
  due: boolean;
  inTime: boolean;
  /** The grading calendar's last day for informing, where it applies (years 6–9). */
  lastDay?: string;
  /** First seen after the last day, or not told by it (on the view date). */
  afterLastDay: boolean;
}

/** A risk or a checklist item behind a figure: what a click on a number lists. */
export interface ViewItem extends ItemPlace {
  /** 'risk', or the checklist item's kind. */
  kind: 'risk' | ChecklistKind;
  /** The risk's contact deadline, or the item's due date. */
  due: string;
  figures: Figure[];
}

export interface SchoolView {
  asOf: string;
  staleAfterDays: number;
  rows: ViewRow[];
  risks: RiskLine[];
  items: ViewItem[];
  /** One line per teacher: the sums of their rows, their pupils at risk counted once each. */
  teachers: ViewRow[];
  /** Each teacher's file: when it was exported, how old it is on the view date, what may have changed since. */
  files: (FileAge & { teacher: string; school: string })[];
  total: ViewRow;
}

const NO_GROUP = '';
const PUBLICATIONS: readonly string[] = ['written-assessment', 'iup-published'];
const SENT_HOME: Partial<Record<string, CountFigure>> = {
  'iup-posted': 'iupsNotSentHome',
  'decision-sent-home': 'decisionsNotSentHome',
};

export function buildSchoolView(exports: readonly InsynExport[], options: ViewOptions): SchoolView {
  const risks: RiskLine[] = [];
  const items: ViewItem[] = [];
  const files: SchoolView['files'] = [];
  for (const file of exports) {
    const found = fileItems(file, options);
    risks.push(...found.risks);
    items.push(...found.items);
    files.push({ teacher: file.teacher, school: file.school, ...fileAge(file, found.items, options) });
  }
  const rows = [...groupBy(items, (i) => JSON.stringify([i.teacher, i.group, i.subject, i.term])).values()].map((list) =>
    sumItems(list, list[0]!),
  );
  rows.sort(
    (a, b) => compare(a.teacher, b.teacher) || compare(a.group, b.group) || compare(a.subject, b.subject) || compare(a.term, b.term),
  );
  const teachers = [...groupBy(items, (i) => i.teacher)].map(([teacher, list]) => sumItems(list, { teacher }));
  teachers.sort((a, b) => compare(a.teacher, b.teacher));
  files.sort((a, b) => compare(a.teacher, b.teacher));
  return { asOf: options.asOf, staleAfterDays: options.staleAfterDays, rows, risks, items, teachers, files, total: sumItems(items, {}) };
}

/** One file's risks and checklist items as they stood on the view date (what the file can tell of it). */
function fileItems(file: InsynExport, options: ViewOptions): { risks: RiskLine[]; items: ViewItem[] } {
  const { tables, teacher } = file;
  const { asOf } = options;
  const pupils = new Map(tables.pupils.map((p) => [p.id, p]));
  const contactsByPupil = groupBy(
    tables.contacts.filter((c) => isoDate(c.at) <= asOf),
    (c) => c.pupilId,
  );
  const who = (pupilId: string) => {
    const pupil = pupils.get(pupilId);
    return {
      school: file.school,
      year: yearOf(pupil),
      teacher,
      pupilId,
      pupil: pupil?.name ?? pupilId,
      group: pupil?.group ?? NO_GROUP,
    };
  };
  const risks: RiskLine[] = [];
  const items: ViewItem[] = [];
  for (const risk of tables.risks) {
    if (risk.status === 'dismissed' || isoDate(risk.firstSeen) > asOf) continue;
    const judged = judgeRisk(risk, contactsByPupil.get(risk.pupilId) ?? [], asOf, options, pupils.get(risk.pupilId));
    const line: RiskLine = {
      ...who(risk.pupilId),
      subject: risk.subject,
      term: risk.term,
      ...judged,
      // The year group from the pupil, else from the group's name ("8A"), as the figures per year use it.
      ...beforeGrading(judged, risk.term, Number(yearOf(pupils.get(risk.pupilId))) || undefined, asOf, options.grading),
    };
    risks.push(line);
    const figures: Figure[] = ['pupilsAtRisk', 'pairsAtRisk'];
    if (line.due) figures.push('risksDue', line.inTime ? 'contactedInTime' : 'contactsLate');
    if (line.afterLastDay) figures.push('informedAfterLastDay');
    items.push({ ...who(risk.pupilId), subject: risk.subject, term: risk.term, kind: 'risk', due: line.deadline, figures });
  }
  for (const item of tables.checklist) {
    const stillOpen = item.status === 'open' || (item.closedAt !== undefined && isoDate(item.closedAt) > asOf);
    // Nothing is overdue before its due date: an IUP or decision due next week is not "not sent home" yet.
    if (!stillOpen || item.due >= asOf) continue;
    const figure = PUBLICATIONS.includes(item.kind) ? 'overduePublications' : SENT_HOME[item.kind];
    if (!figure) continue;
    items.push({ ...who(item.pupilId), subject: item.subject ?? '', term: item.term, kind: item.kind, due: item.due, figures: [figure] });
  }
  return { risks, items };
}

/** Measured against the grading calendar: told by the last day before grades are set, or not (yet, on the view date). */
function beforeGrading(
  line: Pick<RiskLine, 'firstSeen' | 'contacted'>,
  term: string,
  year: number | undefined,
  asOf: string,
  grading: GradingCalendar | undefined,
): Pick<RiskLine, 'lastDay' | 'afterLastDay'> {
  const lastDay = grading && lastDayToInform(term, year, grading);
  if (!lastDay) return { afterLastDay: false };
  const toldLate = line.contacted ? line.contacted > lastDay : lastDay < asOf;
  return { lastDay, afterLastDay: line.firstSeen > lastDay || toldLate };
}

/** The year group: the pupil's own (set by the teacher or read from the group), else the group's leading digits. */
export function yearOf(pupil: { year?: number; group?: string } | undefined): string {
  if (pupil?.year !== undefined) return String(pupil.year);
  return /^\s*(\d{1,2})/.exec(pupil?.group ?? '')?.[1] ?? '';
}

/**
 * A risk is due when its deadline (the n-th school day after the day it first showed) had passed on
 * the view date. It was contacted on the day its guardians were all told, as the teacher's own view
 * says "Informerad" (utils/domain/guardians.ts): the contacts for that pupil — linked to the risk, or
 * about its subject — from the day the risk first showed, until every guardian owed it had been reached
 * by one that informs (an attempt that reached nobody does not; one guardian of two is not yet told).
 * It was contacted in time when that day is by the deadline, and then counts as due even if its
 * deadline had not yet come.
 */
export function judgeRisk(
  risk: Pick<RiskRecord, 'id' | 'subject' | 'firstSeen'>,
  contacts: readonly Pick<ContactRecord, 'at' | 'riskIds' | 'subjects' | 'outcome' | 'channel' | 'guardians'>[],
  asOf: string,
  options: Pick<ViewOptions, 'withinSchoolDays' | 'calendar'>,
  guardians: GuardianFacts = {},
): Pick<RiskLine, 'firstSeen' | 'deadline' | 'contacted' | 'due' | 'inTime'> {
  const firstSeen = isoDate(risk.firstSeen);
  const deadline = schoolDayDeadline(firstSeen, options.withinSchoolDays, options.calendar);
  const about = contacts
    .filter((c) => (c.riskIds.includes(risk.id) || c.subjects.includes(risk.subject)) && isoDate(c.at) >= firstSeen)
    .sort((a, b) => a.at - b.at);
  const told = about.findIndex((_, i) => informedGuardians(about.slice(0, i + 1), guardians).complete);
  const contacted = told < 0 ? undefined : isoDate(about[told]!.at);
  const inTime = contacted !== undefined && contacted <= deadline;
  return { firstSeen, deadline, contacted, inTime, due: inTime || deadline < asOf };
}

/**
 * The figures of a set of items. Pupils at risk are counted once each, however many subjects (and, in a
 * teacher's or the school's sum, rows) they are at risk in; the pupil–subject pairs are counted beside them.
 */
export function sumItems(items: readonly ViewItem[], where: Partial<Pick<ViewRow, 'teacher' | 'group' | 'subject' | 'term'>>): ViewRow {
  const row: ViewRow = {
    teacher: where.teacher ?? '',
    group: where.group ?? '',
    subject: where.subject ?? '',
    term: where.term ?? '',
    pupilsAtRisk: 0,
    pairsAtRisk: 0,
    informedAfterLastDay: 0,
    contactsLate: 0,
    overduePublications: 0,
    iupsNotSentHome: 0,
    decisionsNotSentHome: 0,
    risksDue: 0,
    contactedInTime: 0,
    shareInTime: null,
  };
  const pupils = new Set<string>();
  for (const item of items) {
    for (const figure of item.figures) {
      if (figure === 'pupilsAtRisk') pupils.add(item.pupilId);
      else row[figure]++;
    }
  }
  row.pupilsAtRisk = pupils.size;
  row.shareInTime = row.risksDue ? row.contactedInTime / row.risksDue : null;
  return row;
}

export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
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
