import { isoDate } from '../domain/dates';
import type { InsynExport } from '../export/schema';
import type { CountFigure, ViewItem, ViewOptions } from './metrics';

/**
 * How far a teacher's file can be trusted on the view date. A file knows nothing of what happened after
 * it was exported: an item that fell due between the export and the view date counts as not done, though
 * the teacher may have done it since. Those items, by figure, are what "may have changed".
 */
export interface FileAge {
  /** The export's day (ISO date). */
  exported: string;
  /** Whole days from the export to the view date (negative when the file is newer than the view date). */
  ageDays: number;
  /** Older than the principal's limit (setting, default 14 days). */
  stale: boolean;
  /** Items due after the export and before the view date, by the figure they count in. */
  mayHaveChanged: Partial<Record<CountFigure, number>>;
}

const DAY_MS = 86_400_000;

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / DAY_MS);
}

export function fileAge(
  file: Pick<InsynExport, 'exportedAt'>,
  items: readonly ViewItem[],
  options: Pick<ViewOptions, 'asOf' | 'staleAfterDays'>,
): FileAge {
  const exported = isoDate(file.exportedAt);
  const ageDays = daysBetween(exported, options.asOf);
  const mayHaveChanged: FileAge['mayHaveChanged'] = {};
  for (const item of items) {
    if (item.due < exported || item.due >= options.asOf) continue;
    for (const figure of item.figures) {
      // What the teacher may have done since: contacted (a late contact becomes an in-time one only
      // before the deadline) or closed an item. Being at risk does not change by waiting.
      if (
        figure === 'contactsLate' ||
        figure === 'overduePublications' ||
        figure === 'iupsNotSentHome' ||
        figure === 'decisionsNotSentHome'
      )
        mayHaveChanged[figure] = (mayHaveChanged[figure] ?? 0) + 1;
    }
  }
  return { exported, ageDays, stale: ageDays > options.staleAfterDays, mayHaveChanged };
}
