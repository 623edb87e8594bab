import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InsynDatabase } from '@/utils/db/database';
import type { ChecklistRecord } from '@/utils/db/records';
import { checklistItem, freshDatabase, pupils } from '../queries/seed';
import { renderDashboard } from './render-dashboard';

let db: InsynDatabase;
const item = checklistItem;

beforeEach(async () => {
  db = freshDatabase();
  await db.pupils.bulkAdd(pupils(6)); // im:0 Öström, Åsa (5A), im:1 Elev1 (5B), im:2 Elev2 (9C) …
  await db.checklist.bulkAdd([
    item('a', { pupilId: 'im:1', due: '2025-11-10' }), // overdue
    item('b', { pupilId: 'im:2', due: '2025-11-14' }), // this week
    item('c', { pupilId: 'im:4', kind: 'written-assessment', subject: 'Svenska', due: '2025-12-06' }), // later, 5B
    item('d', { pupilId: 'im:0', kind: 'decision-sent-home', due: '2025-11-01', status: 'done', closedBy: 'page', closedAt: 1 }),
  ]);
});
afterEach(cleanup);

const rowIds = () => Array.from(screen.getByRole('table').querySelectorAll('tbody tr'), (tr) => tr.getAttribute('data-row'));

describe('Checklista', () => {
  it('shows open items soonest first, and the filters narrow them', async () => {
    renderDashboard(db, 'checklist');
    await screen.findByRole('table', { name: 'Checklistan: 3 punkter' });
    expect(rowIds()).toEqual(['a', 'b', 'c']);
    expect(screen.getByRole('row', { name: /Elev1, Test/ }).textContent).toContain('(försenad)');

    await userEvent.selectOptions(screen.getByLabelText('Senast'), 'overdue');
    await screen.findByRole('table', { name: 'Checklistan: 1 punkt' });
    expect(rowIds()).toEqual(['a']);

    await userEvent.selectOptions(screen.getByLabelText('Senast'), '');
    await userEvent.selectOptions(screen.getByLabelText('Grupp'), '5B');
    await waitFor(() => expect(rowIds()).toEqual(['a', 'c']));

    await userEvent.selectOptions(screen.getByLabelText('Typ'), 'written-assessment');
    await waitFor(() => expect(rowIds()).toEqual(['c']));

    await userEvent.selectOptions(screen.getByLabelText('Grupp'), '');
    await userEvent.selectOptions(screen.getByLabelText('Typ'), '');
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'done');
    await waitFor(() => expect(rowIds()).toEqual(['d']));
    expect(screen.getByRole('row', { name: /Öström/ }).textContent).toContain('sedd publicerad');
  });

  it('filters by subject and by pupil search', async () => {
    renderDashboard(db, 'checklist');
    await screen.findByRole('table');
    await userEvent.type(screen.getByLabelText('Ämne'), 'svenska');
    await waitFor(() => expect(rowIds()).toEqual(['c']));
    await userEvent.clear(screen.getByLabelText('Ämne'));
    await userEvent.type(screen.getByLabelText('Sök elev'), 'elev2');
    await waitFor(() => expect(rowIds()).toEqual(['b']));
  });

  it('confirms the ticked items on the chosen date, and undo puts them back', async () => {
    renderDashboard(db, 'checklist');
    await screen.findByRole('table');
    const confirm = screen.getByRole('button', { name: 'Markera 0 som klara' });
    expect(confirm).toHaveProperty('disabled', true);

    await userEvent.click(screen.getByRole('checkbox', { name: /Markera Elev1, Test, IUP skickad hem per post/ }));
    await userEvent.click(screen.getByRole('checkbox', { name: /Markera Elev2, Test/ }));
    const date = screen.getByLabelText('Klart datum');
    fireEvent.input(date, { target: { value: '2025-11-12' } });
    await userEvent.click(screen.getByRole('button', { name: 'Markera 2 som klara' }));

    const status = await screen.findByText(/2 punkter markerade som klara/);
    expect(status.closest('[role="status"]')).not.toBeNull();
    const [a, b] = await db.checklist.bulkGet(['a', 'b']);
    expect(a).toMatchObject({ status: 'done', closedBy: 'teacher', confirmedDate: '2025-11-12' });
    expect(b).toMatchObject({ status: 'done', confirmedDate: '2025-11-12' });
    await waitFor(() => expect(rowIds()).toEqual(['c']));

    await userEvent.click(within(screen.getByRole('status')).getByRole('button', { name: 'Ångra' }));
    await screen.findByText('2 punkter är öppna igen.');
    expect(await db.checklist.bulkGet(['a', 'b'])).toEqual([
      item('a', { pupilId: 'im:1', due: '2025-11-10' }),
      item('b', { pupilId: 'im:2', due: '2025-11-14' }),
    ]);
    await waitFor(() => expect(rowIds()).toEqual(['a', 'b', 'c']));
  });

  it('refuses a confirmation date in the future, with the reason next to the field', async () => {
    renderDashboard(db, 'checklist');
    await screen.findByRole('table');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Markera alla på sidan' }));
    fireEvent.input(screen.getByLabelText('Klart datum'), { target: { value: '2025-12-24' } });
    expect(screen.getByRole('button', { name: 'Markera 3 som klara' })).toHaveProperty('disabled', true);
    expect(screen.getByLabelText('Klart datum').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/inte ligger i framtiden/)).toBeTruthy();
  });
});
