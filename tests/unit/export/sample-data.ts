import type { InsynDatabase } from '@/utils/db/database';
import type { ExportTables } from '@/utils/export/schema';

/** A small but complete teacher's database: every exported table has rows, with Swedish names and hostile text. */
const at = (iso: string) => Date.parse(`${iso}T09:00:00Z`);

export function sampleTables(): ExportTables {
  const alva = 'im:1001';
  const elias = 'name:berg, elias|5a';
  return {
    pupils: [
      {
        id: alva,
        name: 'Andersson, Alva',
        group: '5A',
        year: 5,
        yearSource: 'teacher',
        firstSeen: at('2025-11-03'),
        lastSeen: at('2025-11-20'),
      },
      { id: elias, name: 'Berg, Elias', group: '5A', year: 5, firstSeen: at('2025-11-03'), lastSeen: at('2025-11-20') },
      { id: 'im:1003', name: '=HYPERLINK("http://x","Öberg, Åsa")', group: '5A', firstSeen: at('2025-11-03'), lastSeen: at('2025-11-03') },
    ],
    risks: [
      {
        id: `${alva}|Matematik|Ht 2025`,
        pupilId: alva,
        subject: 'Matematik',
        term: 'Ht 2025',
        source: 'assessment',
        evidence: ['Ämnesomdöme: otillräckliga kunskaper'],
        firstSeen: at('2025-11-03'),
        lastSeen: at('2025-11-20'),
        status: 'contacted',
      },
      {
        id: `${elias}|Svenska|Ht 2025`,
        pupilId: elias,
        subject: 'Svenska',
        term: 'Ht 2025',
        source: 'comment',
        evidence: ['Kommentar: riskerar att inte nå <b>E</b>'],
        firstSeen: at('2025-11-05'),
        lastSeen: at('2025-11-20'),
        status: 'open',
        statusReason: 'Elias berättade om hemsituationen',
      },
    ],
    documents: [
      {
        id: `${elias}|iup||Ht 2025`,
        pupilId: elias,
        type: 'iup',
        term: 'Ht 2025',
        status: 'complete',
        published: true,
        publishedAt: at('2025-11-18'),
        publishedOn: '2025-11-17',
        page: 'https://skola.infomentor.se/#/elev/1001/iup',
        firstSeen: at('2025-11-03'),
        lastSeen: at('2025-11-20'),
      },
    ],
    contacts: [
      {
        id: 'c-1',
        pupilId: alva,
        subjects: ['Matematik'],
        riskIds: [`${alva}|Matematik|Ht 2025`],
        at: at('2025-11-05'),
        channel: 'telefon',
        withWhom: 'Åke Andersson (pappa)',
        summary: '+46 70 123 45 67; möte bokat 3 dec',
        outcome: 'mote-bokat',
        followUp: '2025-12-03',
        author: 'Lena Lärare',
        created: at('2025-11-05'),
        updated: at('2025-11-05'),
      },
      {
        id: 'c-2',
        pupilId: elias,
        subjects: ['Svenska', 'Engelska'],
        riskIds: [],
        at: at('2025-11-21'),
        channel: 'e-post',
        withWhom: '-Maria Berg',
        summary: '@SUM(A1:A9) och "citat"; rad två\nrad tre',
        outcome: 'nadd',
        author: 'Lena Lärare',
        created: at('2025-11-21'),
        updated: at('2025-11-22'),
      },
    ],
    checklist: [
      {
        id: `guardian-contact|${elias}|Svenska|Ht 2025`,
        pupilId: elias,
        kind: 'guardian-contact',
        term: 'Ht 2025',
        subject: 'Svenska',
        due: '2025-11-12',
        status: 'open',
      },
      {
        id: `iup-posted|${elias}|Ht 2025`,
        pupilId: elias,
        kind: 'iup-posted',
        term: 'Ht 2025',
        due: '2025-12-07',
        status: 'done',
        closedBy: 'teacher',
        closedAt: at('2025-12-02'),
        confirmedDate: '2025-12-01',
        // "Redan gjort", with why the item exists: optional fields a version-1 file may lack.
        doneOutside: true,
        seen: '2025-11-18',
        dated: '2025-11-17',
        page: 'https://skola.infomentor.se/#/elev/1001/iup',
      },
      {
        id: `written-assessment|${alva}|Matematik|Ht 2025`,
        pupilId: alva,
        kind: 'written-assessment',
        term: 'Ht 2025',
        subject: 'Matematik',
        due: '2025-12-06',
        status: 'open',
        expected: true,
      },
    ],
    adaptations: [
      {
        id: 'a-1',
        pupilId: alva,
        subject: 'Matematik',
        what: 'extra genomgång',
        note: 'Tisdagar efter lunch; "=1+1"',
        from: '2025-11-06',
        evaluationDue: '2025-12-04',
        by: 'Lena Lärare',
        evaluation: 'not-enough',
        evaluatedOn: '2025-12-04',
        created: at('2025-11-06'),
        updated: at('2025-12-04'),
      },
    ],
    referrals: [
      {
        id: 'ref-1',
        pupilId: alva,
        subjects: ['Matematik'],
        madeOn: '2025-12-08',
        by: 'Lena Lärare',
        investigationStarted: '2025-12-10',
        decision: 'action-programme',
        decidedOn: '2026-01-12',
        appealInstructions: true,
        receivedOn: '2026-01-14',
        followUpDue: '2026-03-20',
        created: at('2025-12-08'),
        updated: at('2026-01-14'),
      },
    ],
    templates: [{ id: 't-1', name: 'Risk i ämne', lang: 'sv', subject: 'Om {ämne}', body: 'Hej! {elev} riskerar …', builtIn: false }],
    recipes: [
      {
        id: 'r-1',
        name: 'Min tabell',
        recipe: {
          version: 1,
          id: 'r-1',
          name: 'Min tabell',
          match: { host: 'skola.infomentor.se', path: '/bedomning/*' },
          kind: 'group-assessment',
          columns: { pupil: 'Elev', level: 'Nivå' },
        },
        created: at('2025-10-01'),
      },
    ],
    settings: [
      { key: 'settings', value: { teacherName: 'Lena Lärare', school: 'Ängsskolan', rules: { guardianContact: { withinSchoolDays: 5 } } } },
    ],
    events: [
      { id: 1, at: at('2025-11-05'), action: 'contact/log', subject: 'c-1' },
      { id: 2, at: at('2025-11-06'), action: 'risk/new', subject: `${elias}|Svenska|Ht 2025` },
      { id: 3, at: at('2025-11-07'), action: 'settings/save' },
    ],
  };
}

export async function fillDatabase(db: InsynDatabase, tables: ExportTables = sampleTables()): Promise<void> {
  await db.transaction(
    'rw',
    [
      db.pupils,
      db.risks,
      db.documents,
      db.contacts,
      db.checklist,
      db.templates,
      db.recipes,
      db.settings,
      db.events,
      db.adaptations,
      db.referrals,
    ],
    async () => {
      await db.pupils.bulkPut(tables.pupils);
      await db.risks.bulkPut(tables.risks);
      await db.documents.bulkPut(tables.documents);
      await db.contacts.bulkPut(tables.contacts);
      await db.checklist.bulkPut(tables.checklist);
      await db.templates.bulkPut(tables.templates);
      await db.recipes.bulkPut(tables.recipes);
      await db.settings.bulkPut(tables.settings);
      await db.events.bulkPut(tables.events);
      await db.adaptations.bulkPut(tables.adaptations);
      await db.referrals.bulkPut(tables.referrals);
    },
  );
}

let counter = 0;
/** A fresh database for each test (fake-indexeddb keeps databases for the whole file). */
export function databaseName(): string {
  return `insyn-test-${Date.now()}-${counter++}`;
}
