import { buildExport } from '../../utils/export/json';
import type { ExportTables, InsynExport } from '../../utils/export/schema';

/**
 * Teachers' export files of one school year for the principal benchmark: each teacher has a class of
 * 25 pupils in 4 subjects, a third of the pupil–subject pairs at risk, contacts for most of them and the
 * checklist items a term brings. Deterministic (no randomness), so runs compare.
 */
export const TEACHERS_PER_SCHOOL = 40;
export const SCHOOLS = 20;
/** Teachers in each school file of the coordinator benchmark. */
export const TEACHERS_PER_SCHOOL_FILE = 10;
const PUPILS = 25;
const SUBJECTS = ['Matematik', 'Svenska', 'Engelska', 'NO'];
const at = (day: number) => Date.UTC(2025, 8, 1 + day, 9);
const iso = (day: number) => new Date(at(day)).toISOString().slice(0, 10);

export function teacherExport(school: string, index: number): InsynExport {
  const teacher = `Lärare ${index + 1}`;
  const group = `${(index % 9) + 1}${'ABCD'[index % 4]}`;
  const tables: ExportTables = {
    pupils: [],
    risks: [],
    documents: [],
    contacts: [],
    checklist: [],
    templates: [],
    recipes: [],
    settings: [],
    events: [],
    adaptations: [],
    referrals: [],
  };
  for (let p = 0; p < PUPILS; p++) {
    const id = `im:${school.length}${index}${p}`;
    tables.pupils.push({ id, name: `Elev ${index}-${p}`, group, firstSeen: at(0), lastSeen: at(80) });
    SUBJECTS.forEach((subject, s) => {
      if ((p + s) % 3 !== 0) return;
      const seen = 10 + ((p * 7 + s * 3) % 60);
      const riskId = `${id}|${subject}|Ht 2025`;
      tables.risks.push({
        id: riskId,
        pupilId: id,
        subject,
        term: 'Ht 2025',
        source: 'assessment',
        evidence: ['Ämnesomdöme: otillräckliga kunskaper'],
        firstSeen: at(seen),
        lastSeen: at(seen + 5),
        status: 'open',
      });
      if (p % 4 !== 0)
        tables.contacts.push({
          id: `c-${riskId}`,
          pupilId: id,
          subjects: [subject],
          riskIds: [riskId],
          at: at(seen + (p % 9)),
          channel: 'telefon',
          withWhom: 'Vårdnadshavare',
          summary: 'Samtal om stödet',
          outcome: 'nadd',
          author: teacher,
          created: at(seen),
          updated: at(seen),
        });
      tables.checklist.push({
        id: `written-assessment|${riskId}`,
        pupilId: id,
        kind: 'written-assessment',
        term: 'Ht 2025',
        subject,
        due: iso(90 + s),
        status: p % 5 ? 'done' : 'open',
      });
    });
    tables.checklist.push({
      id: `iup-posted|${id}|Ht 2025`,
      pupilId: id,
      kind: 'iup-posted',
      term: 'Ht 2025',
      due: iso(70 + (p % 20)),
      status: p % 3 ? 'done' : 'open',
    });
  }
  return buildExport(tables, { teacher, school, appVersion: '0.1.0', exportedAt: at(95 + (index % 5)) });
}

export function schoolExports(school: string, teachers: number): InsynExport[] {
  return Array.from({ length: teachers }, (_, i) => teacherExport(school, i));
}
