import { launchChromium } from '../tools/chromium';
import { bundleForBrowser } from './bundle';
import { SCHOOLS, TEACHERS_PER_SCHOOL, TEACHERS_PER_SCHOOL_FILE } from './principal-data';
import { summarise } from './stats';
import type { Row } from './table';

const SAMPLES = 3;
/** Issue 19: importing the files and the first view within 2 s on this machine. */
export const PRINCIPAL_BUDGET_MS = 2_000;

/** The principal's and the coordinator's import and first view, in Chromium's IndexedDB in Insyn's dashboard page. */
export async function principalInChromium(): Promise<Row[]> {
  const code = await bundleForBrowser('./browser-principal.ts');
  // No InfoMentor page is opened, so no fixture server is needed; port 9 (discard) is never reached.
  const browser = await launchChromium({ fixturePort: 9 });
  try {
    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('dashboard.html'));
    await page.evaluate(code);
    const { teachers, schools, megabytes } = (await page.evaluate(`insynPrincipalBench.run(${SAMPLES})`)) as {
      teachers: number[];
      schools: number[];
      megabytes: { teachers: number; schools: number };
    };
    const group = 'principal (Chromium)';
    const budget = { limit: PRINCIPAL_BUDGET_MS };
    return [
      {
        group,
        measure: `${TEACHERS_PER_SCHOOL} teachers' files: import + first view`,
        unit: 'ms',
        summary: summarise(teachers),
        budget,
        note: `${megabytes.teachers.toFixed(1)} MB; figures computed, page drawing not included`,
      },
      {
        group,
        measure: `${SCHOOLS} school files: import + first view`,
        unit: 'ms',
        summary: summarise(schools),
        budget,
        note: `${SCHOOLS * TEACHERS_PER_SCHOOL_FILE} teachers' files in them, ${megabytes.schools.toFixed(1)} MB, pseudonymised; per school, year and subject`,
      },
    ];
  } finally {
    await browser.close();
  }
}
