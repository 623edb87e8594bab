import { describe, expect, it } from 'vitest';
import { logContact } from '@/utils/store/contacts';
import { dismissRisks, postponeRisks, riskViews } from '@/utils/store/risks';
import { storeReading } from '@/utils/store/readings';
import type { InsynDatabase } from '@/utils/db/database';
import type { AtRisk } from '@/utils/infomentor/analysis';
import { saveSettings } from '@/utils/store/settings';
import { ALVA, ALVA_RISK, MAJA_RISK, at, freshDb, mathsPage } from './test-db';

const dropLastSeen = <T extends { lastSeen: number }>(rows: T[]) => rows.map(({ lastSeen: _l, ...rest }) => rest);
async function snapshot(db: InsynDatabase) {
  return {
    pupils: dropLastSeen(await db.pupils.toArray()),
    risks: dropLastSeen(await db.risks.toArray()),
    documents: dropLastSeen(await db.documents.toArray()),
    checklist: await db.checklist.toArray(),
    events: (await db.events.toArray()).length,
  };
}
const contact = {
  at: at('2025-11-10'),
  channel: 'telefon',
  withWhom: 'Mamma och pappa',
  summary: 'Pratade om läget',
  outcome: 'nadd',
  guardians: [1, 2] as (1 | 2)[],
} as const;

describe('storeReading', () => {
  it('stores pupils, risks and documents with Insyn’s ids', async () => {
    const db = freshDb();
    await storeReading(db, mathsPage(), at('2025-11-05'));
    const alva = await db.pupils.get(ALVA);
    expect(alva).toMatchObject({ name: 'Andersson, Alva', group: '5A', year: 5, yearSource: 'group' });
    expect(await db.pupils.count()).toBe(3);
    expect(await db.risks.get(ALVA_RISK)).toMatchObject({
      pupilId: ALVA,
      subject: 'Matematik',
      term: 'Ht 2025',
      source: 'assessment',
      status: 'open',
      evidence: ['Ämnesomdöme: otillräckliga kunskaper'],
      firstSeen: at('2025-11-05'),
    });
    expect(await db.documents.get(`${ALVA}|written-assessment|Matematik|Ht 2025`)).toMatchObject({ published: false, status: 'complete' });
    expect((await db.documents.get('name:berg, elias|5a|written-assessment|Matematik|Ht 2025'))?.publishedAt).toBe(at('2025-11-05'));
    // In the same transaction, the page's pupils get their checklist items.
    expect(await db.checklist.get(`guardian-contact|${ALVA_RISK}`)).toMatchObject({ status: 'open', due: '2025-11-12' });
  });

  it('changes nothing but lastSeen when the same page is read again', async () => {
    const db = freshDb();
    await storeReading(db, mathsPage(), at('2025-11-05'));
    const first = await snapshot(db);
    const views = await storeReading(db, mathsPage(), at('2025-11-06'));
    expect(await snapshot(db)).toEqual(first);
    expect((await db.risks.get(ALVA_RISK))?.lastSeen).toBe(at('2025-11-06'));
    expect((await db.pupils.get(ALVA))?.lastSeen).toBe(at('2025-11-06'));
    expect(views.map((v) => v.riskId)).toEqual([ALVA_RISK, MAJA_RISK]);
  });

  it('re-read within the hour writes only what is new, not the time', async () => {
    const db = freshDb();
    await storeReading(db, mathsPage(), at('2025-11-05'));
    const withGrade = mathsPage({
      atRisk: [{ pupil: 'Andersson, Alva', subject: 'Matematik', source: 'grade', reasons: ['Betyg F'] }],
    });
    await storeReading(db, withGrade, at('2025-11-05') + 60_000);
    expect((await db.pupils.get(ALVA))?.lastSeen).toBe(at('2025-11-05'));
    expect(await db.risks.get(ALVA_RISK)).toMatchObject({
      evidence: ['Ämnesomdöme: otillräckliga kunskaper', 'Betyg F'],
      lastSeen: at('2025-11-05') + 60_000,
    });
    expect((await db.documents.get(`${ALVA}|written-assessment|Matematik|Ht 2025`))?.lastSeen).toBe(at('2025-11-05'));
  });

  it('uses InfoMentor’s pupil id when the page has one', async () => {
    const db = freshDb();
    const page = mathsPage({
      pupils: [
        { name: 'Berg, Alva', id: '101' },
        { name: 'Berg, Alva', id: '102' },
      ],
      atRisk: [{ pupil: 'Berg, Alva', pupilId: '102', subject: 'Matematik', source: 'assessment', reasons: ['F'] }],
      documents: [],
    });
    const [view] = await storeReading(db, page, at('2025-11-05'));
    expect(await db.pupils.count()).toBe(2);
    expect(view).toMatchObject({ riskId: 'im:102|Matematik|Ht 2025', pupil: 'Berg, Alva', pupilId: '102' });
  });

  it('takes a risk’s term from the risk, else the page, else today’s term on the teacher’s calendar', async () => {
    const db = freshDb();
    const risk: AtRisk = { pupil: 'Andersson, Alva', subject: 'Engelska', source: 'grade', reasons: ['F'] };
    await storeReading(db, mathsPage({ atRisk: [{ ...risk, term: 'Vt 2025' }], documents: [] }), at('2025-11-05'));
    await storeReading(db, mathsPage({ atRisk: [risk], documents: [] }), at('2025-11-05'));
    await storeReading(db, mathsPage({ context: { group: '5A' }, atRisk: [risk], documents: [] }), at('2026-02-02'));
    await saveSettings(db, { terms: { vt: { start: '02-10' } } });
    await storeReading(db, mathsPage({ context: { group: '5A' }, atRisk: [risk], documents: [] }), at('2027-02-02'));
    const terms = (await db.risks.toArray()).map((r) => r.term).sort();
    expect(terms).toEqual(['Ht 2025', 'Ht 2026', 'Vt 2025', 'Vt 2026']);
  });

  it('finds a known pupil by name on a page without a group, unless the name is ambiguous', async () => {
    const db = freshDb();
    await storeReading(db, mathsPage(), at('2025-11-05'));
    await storeReading(
      db,
      mathsPage({ context: { group: '5B' }, pupils: [{ name: 'Berg, Elias' }], atRisk: [], documents: [] }),
      at('2025-11-05'),
    );
    const decisions = mathsPage({
      kind: 'action-programmes',
      context: {},
      pupils: [],
      atRisk: [],
      documents: [
        { pupil: 'Andersson, Alva', type: 'action-programme', status: 'in-progress', published: false, decided: '2025-10-01' },
        { pupil: 'Berg, Elias', type: 'adapted-study-plan', status: 'in-progress', published: false },
      ],
    });
    await storeReading(db, decisions, at('2025-11-05'));
    expect(await db.documents.get(`${ALVA}|action-programme||Ht 2025`)).toBeDefined();
    expect(await db.documents.get('name:berg, elias||adapted-study-plan||Ht 2025')).toBeDefined();
  });

  it('merges the evidence of a risk seen on several pages and keeps its first sighting', async () => {
    const db = freshDb();
    await storeReading(db, mathsPage(), at('2025-11-05'));
    const grades = mathsPage({
      atRisk: [{ pupil: 'Andersson, Alva', subject: 'Matematik', source: 'grade', reasons: ['Betyg F'] }],
      documents: [],
    });
    await storeReading(db, grades, at('2025-11-07'));
    expect(await db.risks.get(ALVA_RISK)).toMatchObject({
      evidence: ['Ämnesomdöme: otillräckliga kunskaper', 'Betyg F'],
      firstSeen: at('2025-11-05'),
      lastSeen: at('2025-11-07'),
      source: 'grade',
    });
  });
});

describe('risk status and prompt', () => {
  it('prompts for an open risk with no contact this term', async () => {
    const views = await storeReading(freshDb(), mathsPage(), at('2025-11-05'));
    expect(views.map((v) => [v.pupil, v.status, v.prompt])).toEqual([
      ['Andersson, Alva', 'open', true],
      ['Carlsson, Maja', 'open', true],
    ]);
  });

  it('does not prompt while postponed, and prompts again after', async () => {
    const db = freshDb();
    await storeReading(db, mathsPage(), at('2025-11-05'));
    expect(await postponeRisks(db, [ALVA_RISK, 'no-such-risk'], at('2025-11-06'))).toBe(1);
    const during = await storeReading(db, mathsPage(), at('2025-11-05') + 3600_000);
    expect(during.find((v) => v.riskId === ALVA_RISK)?.prompt).toBe(false);
    expect(during.find((v) => v.riskId === MAJA_RISK)?.prompt).toBe(true);
    const after = await storeReading(db, mathsPage(), at('2025-11-07'));
    expect(after.find((v) => v.riskId === ALVA_RISK)?.prompt).toBe(true);
  });

  it('never prompts again for a dismissed risk, and keeps it dismissed', async () => {
    const db = freshDb();
    await storeReading(db, mathsPage(), at('2025-11-05'));
    await dismissRisks(db, [ALVA_RISK], 'Har lämnat in det som saknades');
    const views = await storeReading(db, mathsPage(), at('2026-01-20'));
    expect(views[0]).toMatchObject({
      riskId: ALVA_RISK,
      status: 'dismissed',
      statusReason: 'Har lämnat in det som saknades',
      prompt: false,
    });
    expect((await db.risks.get(ALVA_RISK))?.status).toBe('dismissed');
  });

  it('does not prompt once a contact is logged, and keeps the risk contacted', async () => {
    const db = freshDb();
    await storeReading(db, mathsPage(), at('2025-11-05'));
    await logContact(db, { ...contact, riskIds: [ALVA_RISK], followUp: '2025-12-03' }, at('2025-11-10'));
    const views = await storeReading(db, mathsPage(), at('2025-11-20'));
    expect(views[0]).toMatchObject({
      status: 'contacted',
      prompt: false,
      lastContact: { at: at('2025-11-10'), channel: 'telefon', outcome: 'nadd', informs: true },
      followUp: '2025-12-03',
    });
    expect(views[1]?.prompt).toBe(true);
  });

  it('prompts again in a new term: a contact last term does not cover it', async () => {
    const db = freshDb();
    await storeReading(db, mathsPage(), at('2025-11-05'));
    await logContact(db, { ...contact, riskIds: [ALVA_RISK] }, at('2025-11-10'));
    const spring = mathsPage({ context: { group: '5A', subject: 'Matematik', term: 'Vt 2026' } });
    const [alva] = await storeReading(db, spring, at('2026-02-01'));
    expect(alva).toMatchObject({ riskId: `${ALVA}|Matematik|Vt 2026`, status: 'open', prompt: true });
  });

  it('marks a new risk contacted when a contact this term already covers its pupil and subject', async () => {
    const db = freshDb();
    await storeReading(db, mathsPage(), at('2025-11-05'));
    await logContact(db, { ...contact, riskIds: [ALVA_RISK] }, at('2025-11-10'));
    await db.risks.delete(ALVA_RISK);
    const [alva] = await storeReading(db, mathsPage(), at('2025-11-12'));
    expect(alva).toMatchObject({ status: 'contacted', prompt: false });
  });

  it('gives views of stored risks by id, named as Insyn knows the pupil', async () => {
    const db = freshDb();
    await storeReading(db, mathsPage(), at('2025-11-05'));
    const views = await riskViews(db, [MAJA_RISK, 'unknown'], at('2025-11-05'));
    expect(views).toEqual([
      {
        riskId: MAJA_RISK,
        pupil: 'Carlsson, Maja',
        subject: 'Matematik',
        status: 'open',
        prompt: true,
        guardians: { owed: [1, 2], informed: [] },
      },
    ]);
  });
});
