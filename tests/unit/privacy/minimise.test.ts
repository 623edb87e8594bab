import { describe, expect, it } from 'vitest';
import { storeReading } from '@/utils/store/readings';
import { minimiseEvidence, OMITTED } from '@/utils/privacy/minimise';
import { freshDatabase } from './rows';

describe('minimiseEvidence', () => {
  it.each(['Ämnesomdöme: otillräckliga kunskaper', 'Betyg: F', 'Kommentar: Riskerar att inte nå E om inte inlämningarna kommer in.'])(
    'keeps a reason without health words: %s',
    (reason) => {
      expect(minimiseEvidence(reason)).toBe(reason);
    },
  );

  it.each([
    ['Kommentar: Riskerar att inte nå E, väntar på ADHD-utredning.', `Kommentar: ${OMITTED}`],
    ['Kommentar: Riskerar att inte nå målen pga medicinering.', `Kommentar: ${OMITTED}`],
    ['Comment: at risk of failing, anxiety since spring', `Comment: ${OMITTED}`],
    ['riskerar att inte nå E, diagnos saknas', `Kommentar: ${OMITTED}`],
  ])('drops the quoted words when they look like health information: %s', (reason, kept) => {
    expect(minimiseEvidence(reason)).toBe(kept);
  });
});

describe('a stored page reading', () => {
  it('keeps no health words from a comment, only that a comment gave the reason', async () => {
    const db = freshDatabase();
    const reasons = ['Ämnesomdöme: otillräckliga kunskaper', 'Kommentar: Riskerar att inte nå E, väntar på ADHD-utredning.'];
    await storeReading(
      db,
      {
        kind: 'group-assessment',
        context: { group: '5A', subject: 'Matematik', term: 'Ht 2026' },
        pupils: [{ name: 'Berg, Alva', id: '1' }],
        atRisk: [{ pupil: 'Berg, Alva', pupilId: '1', subject: 'Matematik', source: 'assessment', reasons }],
        documents: [],
      },
      new Date(2026, 10, 2).getTime(),
    );
    const stored = JSON.stringify(await Promise.all(db.tables.map((t) => t.toArray())));
    expect(stored).not.toMatch(/ADHD/i);
    expect((await db.risks.toArray())[0]?.evidence).toEqual([reasons[0], `Kommentar: ${OMITTED}`]);
    await db.delete();
  });
});
