import { describe, expect, it } from 'vitest';
import { generateChecklist } from '@/utils/checklist/generate';
import type { DocumentRecord, PupilRecord, RiskRecord } from '@/utils/db/records';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from '@/utils/settings/schema';
import { at } from '../db/test-db';

const pupil = (id: string, year: number | undefined, firstSeen = at('2025-11-05'), lastSeen = firstSeen): PupilRecord => ({
  id,
  name: id,
  ...(year !== undefined ? { year } : {}),
  firstSeen,
  lastSeen,
});
const risk = (pupilId: string, status: RiskRecord['status'] = 'open'): RiskRecord => ({
  id: `${pupilId}|Matematik|Ht 2025`,
  pupilId,
  subject: 'Matematik',
  term: 'Ht 2025',
  source: 'assessment',
  evidence: ['x'],
  firstSeen: at('2025-11-06'),
  lastSeen: at('2025-11-06'),
  status,
});
const doc = (pupilId: string, type: DocumentRecord['type'], extra: Partial<DocumentRecord> = {}): DocumentRecord => ({
  id: `${pupilId}|${type}|${extra.subject ?? ''}|${extra.term ?? 'Ht 2025'}`,
  pupilId,
  type,
  term: 'Ht 2025',
  status: 'complete',
  published: false,
  firstSeen: at('2025-11-05'),
  lastSeen: at('2025-11-05'),
  ...extra,
});
const generate = (input: { pupils?: PupilRecord[]; risks?: RiskRecord[]; documents?: DocumentRecord[]; settings?: Settings }) =>
  generateChecklist({ pupils: [], risks: [], documents: [], settings: DEFAULT_SETTINGS, ...input });
const byKind = (items: ReturnType<typeof generate>, kind: string) => items.filter((i) => i.kind === kind);

describe('guardian-contact', () => {
  it('is owed for every open risk within five school days of it first showing', () => {
    const items = byKind(generate({ pupils: [pupil('p', 8)], risks: [risk('p')] }), 'guardian-contact');
    // Thursday 6 Nov + 5 school days = Thursday 13 Nov
    expect(items).toEqual([
      {
        id: 'guardian-contact|p|Matematik|Ht 2025',
        pupilId: 'p',
        kind: 'guardian-contact',
        term: 'Ht 2025',
        subject: 'Matematik',
        due: '2025-11-13',
        status: 'open',
      },
    ]);
  });

  it('counts school days as the principal view does: the Christmas break is not school days', () => {
    const december = { ...risk('p'), firstSeen: at('2025-12-18'), lastSeen: at('2025-12-18') };
    // Thursday 18 Dec: Friday 19 Dec, then the spring term from Thursday 8 Jan (default calendar).
    expect(byKind(generate({ risks: [december] }), 'guardian-contact')[0]?.due).toBe('2026-01-13');
  });

  it('is done by the contact once the risk is contacted, and not owed for a dismissed risk', () => {
    const items = generate({ risks: [risk('a', 'contacted'), risk('b', 'dismissed')] });
    expect(items.map((i) => [i.pupilId, i.status, i.closedBy])).toEqual([['a', 'done', 'contact']]);
  });
});

describe('written-assessment', () => {
  const assessment = (pupilId: string, published = false) => doc(pupilId, 'written-assessment', { subject: 'Svenska', published });

  it('is owed per pupil, subject and term in years 1–6, two weeks before the term ends', () => {
    const pupils = [pupil('y1', 1), pupil('y6', 6), pupil('y7', 7), pupil('unknown', undefined)];
    const items = byKind(generate({ pupils, documents: pupils.map((p) => assessment(p.id)) }), 'written-assessment');
    expect(items.map((i) => i.pupilId)).toEqual(['y1', 'y6']);
    expect(items[0]).toMatchObject({
      id: 'written-assessment|y1|Svenska|Ht 2025',
      subject: 'Svenska',
      term: 'Ht 2025',
      due: '2025-12-06',
      status: 'open',
    });
  });

  it('is done when a page shows it published', () => {
    const [item] = byKind(generate({ pupils: [pupil('p', 3)], documents: [assessment('p', true)] }), 'written-assessment');
    expect(item).toMatchObject({ status: 'done', closedBy: 'page' });
  });

  it('follows the teacher’s term dates and rule', () => {
    const settings = SettingsSchema.parse({
      terms: { vt: { end: '06-10' } },
      rules: { writtenAssessment: { weeksBeforeTermEnd: 3, years: { from: 1, to: 9 } } },
    });
    const documents = [doc('p', 'written-assessment', { subject: 'Bild', term: 'Vt 2026' })];
    const [item] = byKind(generate({ pupils: [pupil('p', 8)], documents, settings }), 'written-assessment');
    expect(item?.due).toBe('2026-05-20');
  });
});

describe('iup-published and iup-posted', () => {
  it('owes one IUP per school year in years 1–5, published by 30 November', () => {
    const pupils = [pupil('y1', 1), pupil('y5', 5), pupil('y6', 6)];
    const items = byKind(generate({ pupils }), 'iup-published');
    expect(items).toEqual([
      { id: 'iup-published|y1|2025/26', pupilId: 'y1', kind: 'iup-published', term: 'Ht 2025', due: '2025-11-30', status: 'open' },
      { id: 'iup-published|y5|2025/26', pupilId: 'y5', kind: 'iup-published', term: 'Ht 2025', due: '2025-11-30', status: 'open' },
    ]);
    expect(byKind(generate({ pupils }), 'iup-posted')).toEqual([]);
  });

  it('owes one per school year the pupil was seen in, not one per term', () => {
    const items = byKind(generate({ pupils: [pupil('p', 4, at('2025-09-01'), at('2026-09-01'))] }), 'iup-published');
    expect(items.map((i) => [i.id, i.due])).toEqual([
      ['iup-published|p|2025/26', '2025-11-30'],
      ['iup-published|p|2026/27', '2026-11-30'],
    ]);
  });

  it('closes from the page when published (also in the spring) and then owes posting home within 7 days', () => {
    const published = doc('p', 'iup', { term: 'Vt 2026', published: true, publishedAt: at('2026-02-10') });
    const items = generate({ pupils: [pupil('p', 2)], documents: [published] });
    expect(byKind(items, 'iup-published')).toEqual([
      {
        id: 'iup-published|p|2025/26',
        pupilId: 'p',
        kind: 'iup-published',
        term: 'Ht 2025',
        due: '2025-11-30',
        status: 'done',
        closedBy: 'page',
      },
    ]);
    expect(byKind(items, 'iup-posted')).toEqual([
      { id: 'iup-posted|p|2025/26', pupilId: 'p', kind: 'iup-posted', term: 'Ht 2025', due: '2026-02-17', status: 'open' },
    ]);
  });

  it('owes nothing for an unpublished IUP beyond publishing it', () => {
    const items = generate({ pupils: [pupil('p', 2)], documents: [doc('p', 'iup', { status: 'in-progress' })] });
    expect(items.map((i) => [i.kind, i.status])).toEqual([['iup-published', 'open']]);
  });
});

describe('decision-sent-home', () => {
  it('is owed for every decision, whatever the year, within 7 days of the decision date', () => {
    const documents = [
      doc('a', 'action-programme', { decided: '2025-10-01', status: 'in-progress' }),
      doc('b', 'no-action-programme', { decided: '2025-12-30', term: 'Ht 2025' }),
      doc('c', 'adapted-study-plan', { published: true }),
    ];
    const items = byKind(generate({ pupils: [pupil('a', 8), pupil('b', 3)], documents }), 'decision-sent-home');
    expect(items.map((i) => [i.kind, i.pupilId, i.due, i.status])).toEqual([
      ['decision-sent-home', 'a', '2025-10-08', 'open'],
      ['decision-sent-home', 'b', '2026-01-06', 'open'],
      // No decision date on the page: from when Insyn first saw it.
      ['decision-sent-home', 'c', '2025-11-12', 'open'],
    ]);
    expect(items[0]?.id).toBe('decision-sent-home|a|action-programme||Ht 2025');
  });
});

it('generates the same items from the same data', () => {
  const input = {
    pupils: [pupil('p', 5)],
    risks: [risk('p')],
    documents: [doc('p', 'written-assessment', { subject: 'NO' }), doc('p', 'action-programme')],
  };
  expect(generate(input)).toEqual(generate(input));
  expect(new Set(generate(input).map((i) => i.id)).size).toBe(generate(input).length);
});
