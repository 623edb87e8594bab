import { describe, expect, it } from 'vitest';
import { overview } from '@/utils/db/queries/overview';
import { checklist, contacts, freshDatabase, pupils, risks } from './seed';

describe('overview', () => {
  it('counts open risks, overdue open items, contacts this term and follow-ups due this week', async () => {
    const db = freshDatabase();
    const start = new Date('2025-08-01T10:00:00').getTime();
    const contactRows = contacts(2000, 40, start); // hourly from 1 Aug: the last is on 23 Oct
    const items = checklist(2000, 40, '2025-11-01');
    const riskRows = risks(400, 40);
    await db.pupils.bulkAdd(pupils(40));
    await Promise.all([db.contacts.bulkAdd(contactRows), db.checklist.bulkAdd(items), db.risks.bulkAdd(riskRows)]);

    const today = '2025-12-05';
    const result = await overview(db, today, { start: '2025-08-15', end: '2025-12-20' });

    expect(result.openRisks.total).toBe(riskRows.filter((r) => r.status === 'open').length);
    expect(result.openRisks.oldest).toHaveLength(10);
    expect(result.openRisks.oldest[0]!.firstSeen).toBe(1000);
    // Counted to 500 only: past that the overview says "fler än 500".
    expect(items.filter((i) => i.status === 'open' && i.due < today).length).toBeGreaterThan(500);
    expect(result.overdue).toMatchObject({ total: 500, more: true });
    expect(result.overdue.soonest.every((i) => i.status === 'open' && i.due < today)).toBe(true);
    const termStart = new Date('2025-08-15T00:00:00').getTime();
    expect(contactRows.filter((c) => c.at >= termStart).length).toBeGreaterThan(500);
    expect(result.contactsThisTerm).toEqual({ total: 500, more: true });
    const fewer = await overview(db, today, { start: '2025-10-15', end: '2025-12-20' });
    const inShortTerm = contactRows.filter((c) => c.at >= new Date('2025-10-15T00:00:00').getTime()).length;
    expect(inShortTerm).toBeLessThan(500);
    expect(fewer.contactsThisTerm).toEqual({ total: inShortTerm });
    const dueSoon = contactRows.filter((c) => c.followUp && c.followUp >= today && c.followUp <= '2025-12-12');
    expect(result.followUps.total).toBe(dueSoon.length);
    expect(result.followUps.soonest.map((c) => c.followUp)).toEqual(
      dueSoon
        .map((c) => c.followUp!)
        .sort()
        .slice(0, 10),
    );
  });

  it('leaves contacts this term out when no term is current', async () => {
    const result = await overview(freshDatabase(), '2025-07-10');
    expect(result.contactsThisTerm).toBeUndefined();
    expect(result.openRisks.total).toBe(0);
  });
});
