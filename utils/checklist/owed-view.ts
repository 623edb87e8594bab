import type { ChecklistStatus, ClosedBy } from '../domain/checklist-statuses';

/**
 * What the panel hears of the checklist (utils/checklist/on-page.ts): plain data, so the content script
 * bundles no rule code. `label` is in both languages because the panel follows the page's language choice.
 */
export interface OwedView {
  id: string;
  pupilId: string;
  pupil: string;
  group?: string;
  label: { sv: string; en: string };
  subject?: string;
  term: string;
  /** ISO date. */
  due: string;
  /** The date the page showed that the count starts from (publication, decision): nothing is done before it. */
  dated?: string;
  status: ChecklistStatus;
  /** 'posted': ticked as posted home on a date. */
  tick?: 'posted';
  confirmedDate?: string;
  doneOutside?: true;
  closedBy?: ClosedBy;
}

export interface OwedOnPage {
  items: OwedView[];
  /** The page's groups whose role (mentor or subject teacher) the teacher has not given yet. */
  askRole: string[];
}

/** For InfoMentor's pages with nothing to read: open items due by Sunday (from today) and those overdue. */
export interface DueCounts {
  thisWeek: number;
  overdue: number;
}
