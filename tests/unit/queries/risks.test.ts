import { beforeAll, describe, expect, it } from 'vitest';
import { listRisks, riskSubjects, type RiskFilter } from '@/utils/db/queries/risks';
import type { RiskRecord } from '@/utils/db/records';
import { freshDatabase, pupils, risks } from './seed';

const db = freshDatabase();
const PUPILS = pupils(60);
const ROWS = risks(2000, 60);
const byId = new Map(PUPILS.map((p) => [p.id, p]));

beforeAll(async () => {
  await db.pupils.bulkAdd(PUPILS);
  await db.risks.bulkAdd(ROWS);
});

function expected(filter: RiskFilter): RiskRecord[] {
  return ROWS.filter(
    (r) =>
      (!filter.status || r.status === filter.status) &&
      (!filter.subject || r.subject.toLowerCase() === filter.subject.toLowerCase()) &&
      (!filter.group || byId.get(r.pupilId)?.group === filter.group) &&
      (!filter.text || byId.get(r.pupilId)!.name.toLowerCase().includes(filter.text.toLowerCase())),
  ).sort((a, b) => a.firstSeen - b.firstSeen);
}

describe('listRisks', () => {
  const filters: Array<[string, RiskFilter]> = [
    ['nothing', {}],
    ['status', { status: 'open' }],
    ['subject', { subject: 'FYSIK' }],
    ['group and status', { group: '5A', status: 'dismissed' }],
    ['pupil name', { text: 'elev1' }],
  ];
  it.each(filters)('filters by %s, longest waiting first', async (_, filter) => {
    const want = expected(filter);
    expect(want.length).toBeGreaterThan(0);
    const page = await listRisks(db, filter, { offset: 100, limit: 100 });
    expect(page.total).toBe(want.length);
    expect(page.rows.map((r) => r.id)).toEqual(want.slice(100, 200).map((r) => r.id));
  });

  it('offers the subjects risks were seen in', async () => {
    expect(await riskSubjects(db)).toEqual(['Engelska', 'Fysik', 'Matematik', 'Svenska']);
  });
});
