import { DEFAULT_GRADING_CALENDAR } from '@/utils/domain/grading-calendar';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InsynDatabase } from '@/utils/db/database';
import { buildExport } from '@/utils/export/json';
import type { ExportTables, InsynExport } from '@/utils/export/schema';
import { exportSchoolView } from '@/utils/principal/actions';
import { buildSchoolView } from '@/utils/principal/metrics';
import { DEFAULT_SETTINGS } from '@/utils/settings/schema';
import { databaseName } from '../export/sample-data';
import { readXlsx } from '../../tools/read-xlsx';
import { emptyTables } from '../../tools/empty-tables';

const at = (iso: string) => Date.parse(`${iso}T09:00:00Z`);
const pupil = (id: string, group: string) => ({ id, name: `Elev ${id}`, group, firstSeen: at('2025-11-01'), lastSeen: at('2025-11-01') });
const risk = (pupilId: string, subject: string, firstSeen: string, status: 'open' | 'contacted' | 'dismissed' = 'open') => ({
  id: `${pupilId}|${subject}|Ht 2025`,
  pupilId,
  subject,
  term: 'Ht 2025',
  source: 'assessment' as const,
  evidence: [],
  firstSeen: at(firstSeen),
  lastSeen: at(firstSeen),
  status,
});
let n = 0;
const contact = (pupilId: string, day: string, subjects: string[], riskIds: string[] = []) => ({
  id: `c${n++}`,
  pupilId,
  subjects,
  riskIds,
  at: at(day),
  channel: 'telefon' as const,
  withWhom: '',
  summary: '',
  outcome: 'nadd' as const,
  author: 'x',
  created: at(day),
  updated: at(day),
});
const item = (
  pupilId: string,
  kind: 'written-assessment' | 'iup-posted' | 'decision-sent-home' | 'iup-published',
  due: string,
  status: 'open' | 'done' = 'open',
  subject?: string,
) => ({
  id: `${kind}|${pupilId}|${subject ?? ''}|${due}`,
  pupilId,
  kind,
  term: 'Ht 2025',
  due,
  status,
  ...(subject ? { subject } : {}),
});
const file = (teacher: string, tables: ExportTables): InsynExport =>
  buildExport(tables, { teacher, school: 'Ängsskolan', appVersion: '1', exportedAt: at('2025-12-10') });

function lena(): InsynExport {
  const t = emptyTables();
  t.pupils = [pupil('p1', '5A'), pupil('p2', '5A'), pupil('p3', '5B')];
  t.risks = [
    risk('p1', 'Matematik', '2025-11-07'), // contacted on the 5th school day: in time
    risk('p2', 'Matematik', '2025-11-07'), // contacted on the 6th: late
    risk('p3', 'Svenska', '2025-12-08'), // deadline 15 Dec, after the export: not yet due
    risk('p1', 'Svenska', '2025-11-03', 'dismissed'), // dismissed: not counted
    risk('p2', 'Engelska', '2025-11-03', 'contacted'), // linked contact the next day
  ];
  t.contacts = [
    contact('p1', '2025-11-14', ['Matematik']),
    contact('p2', '2025-11-17', ['Matematik']),
    contact('p2', '2025-11-04', [], ['p2|Engelska|Ht 2025']),
    contact('p3', '2025-11-20', ['Svenska']), // before the risk showed: not counted for it
  ];
  t.checklist = [
    item('p1', 'written-assessment', '2025-12-06', 'open', 'Matematik'), // overdue at export
    item('p1', 'written-assessment', '2025-12-15', 'open', 'Svenska'), // not yet due
    item('p2', 'iup-posted', '2025-12-20'),
    item('p2', 'iup-published', '2025-11-30', 'done'),
    item('p3', 'decision-sent-home', '2025-12-12'),
  ];
  return file('Lena Lärare', t);
}

function ahmed(): InsynExport {
  const t = emptyTables();
  t.pupils = [pupil('p9', '8C')];
  // Wednesday 5 Nov + 5 school days = Wednesday 12 Nov; counting weekends it would be Monday 10 Nov.
  t.risks = [risk('p9', 'Fysik', '2025-11-05')];
  t.contacts = [contact('p9', '2025-11-12', ['Fysik'])];
  return file('Ahmed Lärare', t);
}

describe('the school view', () => {
  const AS_OF = { asOf: '2025-12-10', staleAfterDays: 14 };
  const view = buildSchoolView([lena(), ahmed()], { withinSchoolDays: 5, calendar: DEFAULT_SETTINGS.terms, ...AS_OF });

  it('has one row per teacher, group, subject and term with the right figures as of the view date', () => {
    const brief = view.rows.map((r) => [
      r.teacher,
      r.group,
      r.subject,
      r.pupilsAtRisk,
      r.pairsAtRisk,
      r.contactsLate,
      r.risksDue,
      r.contactedInTime,
      r.shareInTime,
      r.overduePublications,
      r.iupsNotSentHome,
      r.decisionsNotSentHome,
    ]);
    // The IUP (due 20 Dec) and the decision (due 12 Dec) are not yet "not sent home" on 10 December.
    expect(brief).toEqual([
      ['Ahmed Lärare', '8C', 'Fysik', 1, 1, 0, 1, 1, 1, 0, 0, 0],
      ['Lena Lärare', '5A', 'Engelska', 1, 1, 0, 1, 1, 1, 0, 0, 0],
      ['Lena Lärare', '5A', 'Matematik', 2, 2, 1, 2, 1, 0.5, 1, 0, 0],
      ['Lena Lärare', '5B', 'Svenska', 1, 1, 0, 0, 0, null, 0, 0, 0],
    ]);
  });

  it('sums per teacher and for the school, counting each pupil at risk once and the pupil–subject pairs beside them', () => {
    expect(view.teachers.map((r) => [r.teacher, r.pupilsAtRisk, r.pairsAtRisk, r.contactedInTime, r.risksDue, r.shareInTime])).toEqual([
      ['Ahmed Lärare', 1, 1, 1, 1, 1],
      ['Lena Lärare', 3, 4, 2, 3, 2 / 3],
    ]);
    expect(view.total).toMatchObject({
      pupilsAtRisk: 4,
      pairsAtRisk: 5,
      contactsLate: 1,
      risksDue: 4,
      contactedInTime: 3,
      shareInTime: 0.75,
      overduePublications: 1,
      iupsNotSentHome: 0,
      decisionsNotSentHome: 0,
    });
  });

  it('a later view date counts what fell due since, and says which figures of the file may have changed', () => {
    const later = buildSchoolView([lena()], {
      withinSchoolDays: 5,
      calendar: DEFAULT_SETTINGS.terms,
      asOf: '2025-12-22',
      staleAfterDays: 14,
    });
    expect(later.total).toMatchObject({ contactsLate: 2, overduePublications: 2, iupsNotSentHome: 1, decisionsNotSentHome: 1 });
    expect(later.files).toEqual([
      {
        teacher: 'Lena Lärare',
        school: 'Ängsskolan',
        exported: '2025-12-10',
        ageDays: 12,
        stale: false,
        mayHaveChanged: { contactsLate: 1, overduePublications: 1, iupsNotSentHome: 1, decisionsNotSentHome: 1 },
      },
    ]);
    const old = buildSchoolView([lena()], { withinSchoolDays: 5, asOf: '2025-12-26', staleAfterDays: 14 });
    expect(old.files[0]).toMatchObject({ ageDays: 16, stale: true });
    expect(view.files.map((f) => [f.teacher, f.ageDays, f.stale, f.mayHaveChanged])).toEqual([
      ['Ahmed Lärare', 0, false, {}],
      ['Lena Lärare', 0, false, {}],
    ]);
  });

  it('an earlier view date leaves out risks not yet seen and contacts not yet made', () => {
    const early = buildSchoolView([lena(), ahmed()], { withinSchoolDays: 5, asOf: '2025-11-10', staleAfterDays: 14 });
    expect(early.total).toMatchObject({ pupilsAtRisk: 3, pairsAtRisk: 4, risksDue: 1, contactedInTime: 1, contactsLate: 0 });
    expect(early.files[0]).toMatchObject({ ageDays: -30, stale: false });
  });

  it('the items behind a figure are what it counts', () => {
    const late = view.items.filter((i) => i.figures.includes('contactsLate'));
    expect(late.map((i) => [i.teacher, i.pupilId, i.subject, i.due])).toEqual([['Lena Lärare', 'p2', 'Matematik', '2025-11-14']]);
    const overdue = view.items.filter((i) => i.figures.includes('overduePublications'));
    expect(overdue.map((i) => [i.kind, i.pupilId, i.due])).toEqual([['written-assessment', 'p1', '2025-12-06']]);
  });

  it('excludes weekends: counting calendar days Ahmed would be late', () => {
    const line = view.risks.find((r) => r.pupilId === 'p9')!;
    expect(line).toMatchObject({ firstSeen: '2025-11-05', deadline: '2025-11-12', contacted: '2025-11-12', inTime: true, due: true });
  });

  it('counts only contacts that informed: an unanswered call in time is not "informed in time"', () => {
    const t = emptyTables();
    t.pupils = [pupil('p1', '5A')];
    t.risks = [risk('p1', 'Matematik', '2025-11-03')];
    t.contacts = [{ ...contact('p1', '2025-11-04', ['Matematik']), outcome: 'ej-nadd' as const }];
    const tried = buildSchoolView([file('Eva Lärare', t)], { withinSchoolDays: 5, calendar: DEFAULT_SETTINGS.terms, ...AS_OF });
    expect(tried.total).toMatchObject({ contactedInTime: 0, risksDue: 1 });
    t.contacts.push({ ...contact('p1', '2025-11-05', ['Matematik']), outcome: 'skickat' as const, channel: 'brev' as const });
    const sent = buildSchoolView([file('Eva Lärare', t)], { withinSchoolDays: 5, calendar: DEFAULT_SETTINGS.terms, ...AS_OF });
    expect(sent.total).toMatchObject({ contactedInTime: 1, risksDue: 1 });
  });

  it('counts a risk informed on the day its last owed guardian was told, as the teacher sees it: one of two is not yet', () => {
    const t = emptyTables();
    t.pupils = [pupil('p1', '5A'), { ...pupil('p2', '5A'), guardians: 1 as const }];
    t.risks = [risk('p1', 'Matematik', '2025-11-03'), risk('p2', 'Matematik', '2025-11-03')];
    // 3 Nov + 5 school days = 10 Nov. Guardian 1 of p1 on the 4th, guardian 2 only on the 12th: late.
    t.contacts = [
      { ...contact('p1', '2025-11-04', ['Matematik']), guardians: [1 as const] },
      { ...contact('p1', '2025-11-12', ['Matematik']), guardians: [2 as const] },
      { ...contact('p2', '2025-11-04', ['Matematik']), guardians: [1 as const] },
    ];
    const options = { withinSchoolDays: 5, calendar: DEFAULT_SETTINGS.terms, ...AS_OF };
    const lines = buildSchoolView([file('Eva Lärare', t)], options).risks.map((r) => [r.pupilId, r.contacted, r.inTime]);
    expect(lines).toEqual([
      ['p1', '2025-11-12', false],
      ['p2', '2025-11-04', true],
    ]);
    // On 11 November the first guardian alone had been told: not informed, and by then late.
    const early = buildSchoolView([file('Eva Lärare', t)], { ...options, asOf: '2025-11-11' });
    expect(early.risks.find((r) => r.pupilId === 'p1')).toMatchObject({ contacted: undefined, inTime: false, due: true });
  });

  it('counts guardians of years 6–9 told after the last day before grading, as of the view date', () => {
    const t = emptyTables();
    t.pupils = [pupil('p1', '8A')];
    t.risks = [risk('p1', 'Matematik', '2025-11-03')];
    // Years 6–8 in the autumn: Friday of week 45, 7 November 2025.
    t.contacts = [{ ...contact('p1', '2025-11-10', ['Matematik']), outcome: 'nadd' as const }];
    const options = { withinSchoolDays: 5, calendar: DEFAULT_SETTINGS.terms, grading: DEFAULT_GRADING_CALENDAR };
    const late = buildSchoolView([file('Eva Lärare', t)], { ...options, ...AS_OF });
    expect(late.risks[0]).toMatchObject({ lastDay: '2025-11-07', afterLastDay: true });
    expect(late.total.informedAfterLastDay).toBe(1);
    t.contacts = [{ ...contact('p1', '2025-11-06', ['Matematik']), outcome: 'nadd' as const }];
    expect(buildSchoolView([file('Eva Lärare', t)], { ...options, ...AS_OF }).total.informedAfterLastDay).toBe(0);
    // Without a grading calendar nothing is counted, not even the late one.
    t.contacts = [{ ...contact('p1', '2025-11-10', ['Matematik']), outcome: 'nadd' as const }];
    expect(buildSchoolView([file('Eva Lärare', t)], { withinSchoolDays: 5, ...AS_OF }).total.informedAfterLastDay).toBe(0);
  });

  it('a shorter deadline changes the share', () => {
    const strict = buildSchoolView([lena(), ahmed()], { withinSchoolDays: 1, ...AS_OF });
    expect(strict.total).toMatchObject({ contactedInTime: 1, risksDue: 5 });
  });
});

describe('exporting the school view', () => {
  let db: InsynDatabase;
  beforeEach(() => {
    db = new InsynDatabase(databaseName());
  });
  afterEach(() => db.delete());

  it('as XLSX with the figures and the risks, pupils pseudonymised on request', async () => {
    const view = buildSchoolView([lena(), ahmed()], { withinSchoolDays: 5, asOf: '2025-12-10', staleAfterDays: 14 });
    for (const pseudonymise of [false, true]) {
      const file = await exportSchoolView(db, view, 'xlsx', { pseudonymise, keepKey: false }, at('2025-12-11'));
      expect(file.name).toBe('insyn-skolvy-2025-12-11.xlsx');
      const book = readXlsx(file.content as Uint8Array);
      expect(book.sheetNames).toEqual(['Översikt', 'Filer', 'Risker']);
      const overview = book.sheets['Översikt']!.rows;
      expect(overview[0]).toEqual([
        'Lärare',
        'Grupp',
        'Ämne',
        'Termin',
        'Elever i risk',
        'Elev–ämnespar i risk',
        'Sena kontakter',
        'Försenade publiceringar',
        'IUP ej skickade hem',
        'Beslut ej skickade hem',
        'Informerade efter sista dagen före betygen',
        'Risker att bedöma',
        'Kontaktade i tid',
        'Andel i tid (%)',
      ]);
      // Pseudonymised, counts of 1 and 2 are not shown, nor a share one of whose terms is such a count.
      expect(overview.at(-1)).toEqual(
        pseudonymise
          ? ['Hela skolan', null, null, null, 4, 5, 'färre än 3', 'färre än 3', 0, 0, 0, 4, 3, 'färre än 3']
          : ['Hela skolan', null, null, null, 4, 5, 1, 1, 0, 0, 0, 4, 3, 75],
      );
      expect(book.sheets.Filer!.rows.slice(1)).toEqual([
        ['Ahmed Lärare', 'Ängsskolan', { date: '2025-12-10' }, 0, 'Nej', null],
        ['Lena Lärare', 'Ängsskolan', { date: '2025-12-10' }, 0, 'Nej', null],
      ]);
      const risks = book.sheets.Risker!.rows;
      // First seen and deadline are date cells, not text.
      expect(
        risks
          .slice(1)
          .every((r) =>
            [r[5], r[6]].every((d) => typeof d === 'object' && d !== null && /^\d{4}-\d{2}-\d{2}$/.test((d as { date: string }).date)),
          ),
      ).toBe(true);
      const names = risks.slice(1).map((r) => String(r[1]));
      // Every row of these two files has fewer than 3 pupils at risk: pseudonymised, none of their risks is listed.
      if (pseudonymise) expect(names).toEqual([]);
      else expect(names).toContain('Elev p9');
    }
  });

  it('as CSV with ; and a BOM', async () => {
    const view = buildSchoolView([ahmed()], { withinSchoolDays: 5, asOf: '2025-12-10', staleAfterDays: 14 });
    const file = await exportSchoolView(db, view, 'csv', { pseudonymise: false, keepKey: false }, at('2025-12-11'));
    const lines = (file.content as string).split('\r\n');
    expect(lines[0]!.startsWith('\uFEFFLärare;Grupp;')).toBe(true);
    expect(lines[1]).toBe('Ahmed Lärare;8C;Fysik;Ht 2025;1;1;0;0;0;0;0;1;1;100');
  });
});
