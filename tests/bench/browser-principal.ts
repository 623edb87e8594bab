import Dexie from 'dexie';
import { InsynDatabase } from '../../utils/db/database';
import { exportToJson } from '../../utils/export/json';
import { importSchoolFiles, loadSchoolView } from '../../utils/principal/actions';
import { municipalityRows } from '../../utils/principal/municipality';
import { buildSchoolFile, schoolFileText } from '../../utils/principal/school-file';
import { SCHOOLS, schoolExports, TEACHERS_PER_SCHOOL, TEACHERS_PER_SCHOOL_FILE } from './principal-data';

/**
 * Entry point of the bundle the principal benchmark runs in Insyn's dashboard page: a principal reads
 * 40 teachers' files and a coordinator 20 school files, each into a database of its own (never Insyn's
 * real one); timed from the files chosen to the first view's figures (reading, checking, storing,
 * computing; drawing the page is not included).
 */
const CHOICE = { withinSchoolDays: 5, asOf: '2025-12-10' };

async function timed(files: File[], coordinator: boolean): Promise<number> {
  const db = new InsynDatabase(`insyn-bench-principal-${Date.now()}-${Math.random()}`);
  try {
    const start = performance.now();
    const outcomes = await importSchoolFiles(db, files);
    if (outcomes.some((o) => !o.ok)) throw new Error(`refused: ${outcomes.find((o) => !o.ok)!.message}`);
    const view = await loadSchoolView(db, CHOICE);
    if (coordinator) municipalityRows(view);
    return performance.now() - start;
  } finally {
    db.close();
    await Dexie.delete(db.name);
  }
}

async function run(samples: number): Promise<{ teachers: number[]; schools: number[]; megabytes: { teachers: number; schools: number } }> {
  const teacherFiles = schoolExports('Ängsskolan', TEACHERS_PER_SCHOOL).map((data, i) => new File([exportToJson(data)], `t${i}.json`));
  const schoolFiles: File[] = [];
  for (let s = 0; s < SCHOOLS; s++) {
    const file = await buildSchoolFile(schoolExports(`Skola ${s + 1}`, TEACHERS_PER_SCHOOL_FILE), {
      school: `Skola ${s + 1}`,
      appVersion: '0.1.0',
      exportedAt: Date.UTC(2025, 11, 9),
      pseudonymise: true,
      key: `bench-key-${s}-0123456789`,
    });
    schoolFiles.push(new File([schoolFileText(file)], `s${s}.json`));
  }
  const size = (files: File[]) => files.reduce((n, f) => n + f.size, 0) / 1e6;
  const teachers: number[] = [];
  const schools: number[] = [];
  for (let i = 0; i < samples; i++) {
    teachers.push(await timed(teacherFiles, false));
    schools.push(await timed(schoolFiles, true));
  }
  return { teachers, schools, megabytes: { teachers: size(teacherFiles), schools: size(schoolFiles) } };
}

(globalThis as unknown as { insynPrincipalBench: unknown }).insynPrincipalBench = { run };
