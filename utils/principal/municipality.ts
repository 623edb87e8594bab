import { groupBy, sumItems, type SchoolView, type ViewRow } from './metrics';

/** The coordinator's view across schools: one row per school, and per school, year group and subject. */
export type SchoolRow = ViewRow & {
  school: string;
  year: string;
  /** The school's own line, before its year groups' and subjects'. */ whole: boolean;
};

function compare(a: string, b: string): number {
  return a.localeCompare(b, 'sv', { numeric: true });
}

/** The figures per school (year and subject empty) and per school, year group and subject, by the same rules. Pure. */
export function municipalityRows(view: Pick<SchoolView, 'items'>): SchoolRow[] {
  const rows: SchoolRow[] = [];
  for (const [school, items] of groupBy(view.items, (i) => i.school)) {
    rows.push({ ...sumItems(items, {}), school, year: '', whole: true });
    for (const list of groupBy(items, (i) => JSON.stringify([i.year, i.subject])).values()) {
      const { year, subject } = list[0]!;
      rows.push({ ...sumItems(list, { subject }), school, year, whole: false });
    }
  }
  return rows.sort(
    (a, b) => compare(a.school, b.school) || Number(b.whole) - Number(a.whole) || compare(a.year, b.year) || compare(a.subject, b.subject),
  );
}
