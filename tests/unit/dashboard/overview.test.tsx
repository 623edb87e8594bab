import { cleanup, render, screen } from '@testing-library/preact';
import { OverviewSection } from '@/components/dashboard/sections/OverviewSection';
import type { DashboardApi } from '@/components/dashboard/api';
import type { Overview } from '@/utils/db/queries/overview';
import { afterEach, describe, expect, it } from 'vitest';
import { checklist, contacts, freshDatabase, pupils, risks } from '../queries/seed';
import { NOW, renderDashboard } from './render-dashboard';

afterEach(cleanup);

describe('Översikt', () => {
  it('shows open risks, overdue items, contacts this term and follow-ups due', async () => {
    const db = freshDatabase();
    await db.pupils.bulkAdd(pupils(4));
    await db.risks.bulkAdd(risks(8, 4)); // 2 open
    await db.checklist.bulkAdd(checklist(12, 4, '2025-11-05')); // due 5–16 Nov, every third done
    // Hourly from 1 Aug 10:00 to 17 Aug: most before the autumn term starts on 15 Aug (the default calendar).
    await db.contacts.bulkAdd(contacts(400, 4, new Date('2025-08-01T10:00:00').getTime()));
    await db.contacts.update('c000000', { followUp: '2025-11-13' });

    renderDashboard(db, 'overview');
    await screen.findByRole('heading', { name: 'Öppna risker: 2' });
    // Items due 5–11 Nov are overdue on 12 Nov: i = 0..6, of which 0, 3, 6 are done.
    expect(screen.getByRole('heading', { name: 'Försenat i checklistan: 4' })).toBeTruthy();
    const termStart = new Date('2025-08-15T00:00:00').getTime();
    const inTerm = Array.from({ length: 400 }, (_, i) => new Date('2025-08-01T10:00:00').getTime() + i * 3_600_000).filter(
      (at) => at >= termStart,
    ).length;
    expect(document.querySelector('[data-count="contactsThisTerm"]')?.textContent).toBe(String(inTerm));
    expect(screen.getByRole('heading', { name: 'Uppföljningar inom en vecka: 1' })).toBeTruthy();
    expect(screen.getByText(/Öström, Åsa \(Matematik\): uppföljning 13 nov. 2025/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Visa hela checklistan' }).getAttribute('href')).toBe('#checklist');
    expect(NOW).toBeGreaterThan(termStart);
  });

  it('opens with the notice when the store is nearly full, and without it while there is room', async () => {
    const empty = { total: 0 };
    const found = (storage: Overview['storage']): Overview => ({
      openRisks: { ...empty, oldest: [] },
      overdue: { ...empty, soonest: [] },
      followUps: { ...empty, soonest: [] },
      storage,
    });
    const week = { total: 0, pupils: [], morePupils: 0 };
    const api = (storage: Overview['storage']) =>
      ({ overview: async () => found(storage), thisWeek: async () => week, today: () => '2025-11-12' }) as unknown as DashboardApi;
    render(<OverviewSection api={api('near')} />);
    expect((await screen.findByRole('status')).textContent).toMatch(/nästan full/);
    cleanup();
    render(<OverviewSection api={api('ok')} />);
    await screen.findByRole('heading', { name: 'Öppna risker: 0' });
    expect(document.querySelector('[data-storage]')).toBeNull();
  });
});
