import { sumItems, type SchoolView, type ViewRow } from './metrics';

/** One page of the term report: a school's figures, or one teacher's, with the files they come from. */
export interface ReportPage {
  school: string;
  /** Set on a teacher's own page. */
  teacher?: string;
  figures: ViewRow;
  /** Per teacher, for the chart of the school's page. */
  teachers: ViewRow[];
  files: SchoolView['files'];
}

/** The term report's pages: one per school in the files, then (on request) one per teacher. Pure. */
export function reportPages(view: SchoolView, perTeacher: boolean): ReportPage[] {
  const schools = [...new Set(view.files.map((f) => f.school))].sort((a, b) => a.localeCompare(b, 'sv'));
  const pages: ReportPage[] = [];
  for (const school of schools) {
    const files = view.files.filter((f) => f.school === school);
    const names = new Set(files.map((f) => f.teacher));
    const items = view.items.filter((i) => names.has(i.teacher));
    pages.push({ school, figures: sumItems(items, {}), teachers: view.teachers.filter((r) => names.has(r.teacher)), files });
    if (!perTeacher) continue;
    for (const file of files) {
      const own = items.filter((i) => i.teacher === file.teacher);
      pages.push({ school, teacher: file.teacher, figures: sumItems(own, { teacher: file.teacher }), teachers: [], files: [file] });
    }
  }
  return pages;
}
