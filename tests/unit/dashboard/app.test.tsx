import { cleanup, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { sectionOf } from '@/components/dashboard/Dashboard';
import { checklist, freshDatabase, pupils } from '../queries/seed';
import { renderDashboard } from './render-dashboard';

afterEach(cleanup);

describe('the dashboard page', () => {
  it('shows the section named in the address, the overview for anything else', () => {
    expect(sectionOf('#checklist')).toBe('checklist');
    expect(sectionOf('#privacy')).toBe('privacy');
    expect(sectionOf('#nonsense')).toBe('overview');
    expect(sectionOf('')).toBe('overview');
  });

  it('has one h1, landmarks, marks the current section and follows the hash, moving focus to the content', async () => {
    renderDashboard(freshDatabase(), 'overview');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('banner')).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Insyns delar' });
    expect(within(nav).getByRole('link', { name: 'Översikt' }).getAttribute('aria-current')).toBe('page');

    location.hash = '#templates';
    await screen.findByRole('heading', { level: 2, name: 'Mallar' });
    expect(within(nav).getByRole('link', { name: 'Mallar' }).getAttribute('aria-current')).toBe('page');
    expect(within(nav).getByRole('link', { name: 'Översikt' }).getAttribute('aria-current')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('main'));
  });

  it('loads the sections built elsewhere when opened: export, school overview, privacy', async () => {
    renderDashboard(freshDatabase(), 'privacy');
    await screen.findByRole('heading', { level: 2, name: 'Integritet' });
    await waitFor(() => expect(screen.getByRole('main').querySelectorAll('h3').length).toBeGreaterThan(0), { timeout: 10_000 });
    location.hash = '#principal';
    await screen.findByRole('heading', { level: 2, name: 'Skolöversikt' });
    await waitFor(() => expect(screen.getByRole('main').querySelectorAll('h3').length).toBeGreaterThan(0), { timeout: 10_000 });
    location.hash = '#export';
    await screen.findByRole('heading', { level: 2, name: 'Export' });
    await waitFor(() => expect(screen.getByRole('main').querySelectorAll('h3').length).toBeGreaterThan(0), { timeout: 10_000 });
  }, 30_000);

  it('pages through long lists 100 rows at a time', async () => {
    const db = freshDatabase();
    await db.pupils.bulkAdd(pupils(10));
    await db.checklist.bulkAdd(checklist(240, 10, '2025-11-01').map((item) => ({ ...item, status: 'open' as const })));
    renderDashboard(db, 'checklist');
    const pager = await screen.findByRole('navigation', { name: 'Sidor i checklistan' });
    expect(pager.textContent).toContain('Visar 1–100 av 240');
    expect(screen.getByRole('table').querySelectorAll('tbody tr')).toHaveLength(100);
    expect(within(pager).getByRole('button', { name: 'Föregående sida' })).toHaveProperty('disabled', true);

    await userEvent.click(within(pager).getByRole('button', { name: 'Nästa sida' }));
    await waitFor(() =>
      expect(screen.getByRole('navigation', { name: 'Sidor i checklistan' }).textContent).toContain('Visar 101–200 av 240'),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Nästa sida' }));
    await waitFor(() => expect(screen.getByRole('table').querySelectorAll('tbody tr')).toHaveLength(40));
    expect(screen.getByRole('button', { name: 'Nästa sida' })).toHaveProperty('disabled', true);

    // A new filter starts again at the first page.
    await userEvent.selectOptions(screen.getByLabelText('Typ'), 'iup-posted');
    await waitFor(() => expect(screen.getByRole('table', { name: 'Checklistan: 30 punkter' })).toBeTruthy());
    expect(screen.queryByRole('navigation', { name: 'Sidor i checklistan' })).toBeNull();
  });
});
