import Dexie from 'dexie';
import { rowsOfPupils } from '../db/by-pupil';
import type { InsynDatabase } from '../db/database';
import type { ChecklistRecord, PupilRecord } from '../db/records';
import { endOfWeek } from '../domain/dates';
import type { PageKind } from '../infomentor/analysis';
import type { DueCounts, OwedView } from './owed-view';
import { CHECKLIST_RULES } from './registry';

const byKind = new Map(CHECKLIST_RULES.map((rule) => [rule.kind, rule]));

/**
 * Which items the panel shows on a page: those whose rule names the page as where its work is done
 * (`shownOn`), every item of the pupil on a page about one pupil, none elsewhere.
 */
export function shownOnPage(item: Pick<ChecklistRecord, 'kind'>, kind: PageKind, pupils: number): boolean {
  if (kind === 'unknown') return false;
  return pupils === 1 || (byKind.get(item.kind)?.shownOn?.includes(kind) ?? false);
}

/** One item as the panel shows it: its words in both languages, since the page's language is the panel's. */
export function owedView(item: ChecklistRecord, pupil: PupilRecord | undefined): OwedView {
  const rule = byKind.get(item.kind);
  return {
    id: item.id,
    pupilId: item.pupilId,
    pupil: pupil?.name ?? item.pupilId,
    ...(pupil?.group ? { group: pupil.group } : {}),
    label: { sv: rule?.labels.sv.item ?? item.kind, en: rule?.labels.en.item ?? item.kind },
    ...(item.subject ? { subject: item.subject } : {}),
    term: item.term,
    due: item.due,
    ...(item.dated ? { dated: item.dated } : {}),
    status: item.status,
    ...(rule?.tick ? { tick: rule.tick } : {}),
    ...(item.confirmedDate ? { confirmedDate: item.confirmedDate } : {}),
    ...(item.doneOutside ? { doneOutside: true } : {}),
    ...(item.closedBy ? { closedBy: item.closedBy } : {}),
  };
}

/** What is owed for these pupils on a page of this kind, by pupil as the page lists them, soonest first. */
export async function owedOnPage(db: InsynDatabase, pupilIds: readonly string[], kind: PageKind): Promise<OwedView[]> {
  const [items, pupils] = await Promise.all([rowsOfPupils(db.checklist, pupilIds), db.pupils.bulkGet([...pupilIds])]);
  const byId = new Map(pupils.filter((p) => p !== undefined).map((p) => [p.id, p]));
  const order = new Map(pupilIds.map((id, i) => [id, i]));
  return items
    .filter((item) => shownOnPage(item, kind, pupilIds.length))
    .sort((a, b) => order.get(a.pupilId)! - order.get(b.pupilId)! || (a.due < b.due ? -1 : a.due > b.due ? 1 : 0))
    .map((item) => owedView(item, byId.get(item.pupilId)));
}

/** Counts for InfoMentor's quiet pages, read through the [status+due] index alone. */
export async function dueCounts(db: InsynDatabase, today: string): Promise<DueCounts> {
  const open = (from: unknown, to: unknown, includeTo: boolean) =>
    db.checklist.where('[status+due]').between(['open', from], ['open', to], true, includeTo).count();
  const [overdue, thisWeek] = await Promise.all([open(Dexie.minKey, today, false), open(today, endOfWeek(today), true)]);
  return { overdue, thisWeek };
}
