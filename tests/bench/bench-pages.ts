import { generateGroupAssessmentPage } from '../fixtures/generate-group-page';

/** A generated kunskapssammanställning of `rows` pupils, and the InfoMentor address it is shown at. */
export interface BenchPage {
  rows: number;
  html: string;
  url: string;
}

export const PAGE_URL = 'https://skola.infomentor.se/#/bedomning/kunskapssammanstallning';

export function benchPage(rows: number): BenchPage {
  return { rows, html: generateGroupAssessmentPage(rows), url: PAGE_URL };
}
