import { formatNumber, t } from '../i18n';
import type { CountFigure, ViewItem, ViewRow } from './metrics';

/**
 * Small counts identify pupils: "1 pupil at risk in 3B Engelska" names her to anyone who knows the class,
 * code or no code. In pseudonymised views and exports a count from 1 to below the threshold (3, as
 * official statistics do) is shown as "fewer than 3", and the items behind it are not listed. Zero is
 * shown: it singles out no one.
 */
export const SMALL_COUNT_THRESHOLD = 3;

export type ShownCount = number | 'fewer';

export function shownCount(count: number, pseudonymised: boolean, threshold = SMALL_COUNT_THRESHOLD): ShownCount {
  return pseudonymised && count > 0 && count < threshold ? 'fewer' : count;
}

/** A count in words for a page: the number, or "färre än 3". */
export function countText(count: number, pseudonymised: boolean): string {
  const shown = shownCount(count, pseudonymised);
  return shown === 'fewer' ? t('principal_fewer') : formatNumber(shown);
}

/** A row's share is shown only when its denominator (and the count of those in time) may be shown. */
export function shareShown(
  row: Pick<ViewRow, 'risksDue' | 'contactedInTime'>,
  pseudonymised: boolean,
  threshold = SMALL_COUNT_THRESHOLD,
): boolean {
  return (
    shownCount(row.risksDue, pseudonymised, threshold) !== 'fewer' &&
    shownCount(row.contactedInTime, pseudonymised, threshold) !== 'fewer' &&
    shownCount(row.risksDue - row.contactedInTime, pseudonymised, threshold) !== 'fewer'
  );
}

export type RowPlace = Partial<Pick<ViewRow, 'teacher' | 'group' | 'subject' | 'term'>>;

export function rowKey(place: Pick<ViewRow, 'teacher' | 'group' | 'subject' | 'term'>): string {
  return JSON.stringify([place.teacher, place.group, place.subject, place.term]);
}

/**
 * The items a click on a figure lists: those of the figure at that place (a teacher, or a teacher's
 * group, subject and term). In a pseudonymised view the items of every row whose count of that figure is
 * small are left out, also from a teacher's or the school's list, where they would show the small group.
 */
export function itemsBehind(
  view: { items: readonly ViewItem[]; rows: readonly ViewRow[] },
  place: RowPlace,
  figure: CountFigure,
  pseudonymised: boolean,
  threshold = SMALL_COUNT_THRESHOLD,
): ViewItem[] {
  const small = new Set(view.rows.filter((row) => shownCount(row[figure], pseudonymised, threshold) === 'fewer').map(rowKey));
  const fits = (item: ViewItem) =>
    (Object.keys(place) as (keyof RowPlace)[]).every((key) => place[key] === undefined || item[key] === place[key]);
  return view.items.filter((item) => item.figures.includes(figure) && fits(item) && !small.has(rowKey(item)));
}
