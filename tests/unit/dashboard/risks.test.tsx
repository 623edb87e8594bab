import { cleanup, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InsynDatabase } from '@/utils/db/database';
import { freshDatabase, pupils, risks } from '../queries/seed';
import { renderDashboard } from './render-dashboard';

let db: InsynDatabase;
beforeEach(async () => {
  db = freshDatabase();
  await db.pupils.bulkAdd(pupils(6));
  // 12 risks: status cycles open/contacted/resolved/dismissed, subject Matematik/Svenska/Engelska/Fysik.
  await db.risks.bulkAdd(risks(12, 6));
});
afterEach(cleanup);

const shown = () => Array.from(screen.getByRole('table').querySelectorAll('tbody tr'), (tr) => tr.getAttribute('data-row'));

describe('Risker', () => {
  it('shows open risks first of all and filters by status, group, subject and pupil', async () => {
    renderDashboard(db, 'risks');
    await screen.findByRole('table', { name: 'Risker: 3' });
    expect(shown()).toEqual(['im:0|Matematik|Ht 2025|0', 'im:4|Matematik|Ht 2025|4', 'im:2|Matematik|Ht 2025|8']);

    await userEvent.selectOptions(screen.getByLabelText('Status'), '');
    await screen.findByRole('table', { name: 'Risker: 12' });
    await userEvent.selectOptions(screen.getByLabelText('Grupp'), '5B'); // pupils 1 and 4
    await waitFor(() => expect(shown()).toHaveLength(4));
    await userEvent.selectOptions(screen.getByLabelText('Ämne'), 'Matematik');
    await waitFor(() => expect(shown()).toEqual(['im:4|Matematik|Ht 2025|4']));
    await userEvent.selectOptions(screen.getByLabelText('Grupp'), '');
    await userEvent.selectOptions(screen.getByLabelText('Ämne'), '');
    await userEvent.type(screen.getByLabelText('Sök elev'), 'öström');
    await waitFor(() => expect(shown()).toEqual(['im:0|Matematik|Ht 2025|0', 'im:0|Engelska|Ht 2025|6']));
  });

  it('marks chosen risks as not at risk only with a reason, and keeps the reason', async () => {
    renderDashboard(db, 'risks');
    await screen.findByRole('table', { name: 'Risker: 3' });
    await userEvent.click(screen.getByRole('checkbox', { name: 'Markera Öström, Åsa, Matematik' }));
    await userEvent.click(screen.getByRole('button', { name: 'Inte i risk …' }));
    const dialog = screen.getByRole('dialog', { name: 'Markera 1 som inte i risk' });
    const confirm = within(dialog).getByRole('button', { name: 'Inte i risk …' });
    expect(confirm).toHaveProperty('disabled', true);
    await userEvent.type(within(dialog).getByLabelText('Skäl'), 'Visade godtagbara kunskaper på provet');
    await userEvent.click(confirm);

    await screen.findByText('1 risk markerad som inte i risk.');
    expect(await db.risks.get('im:0|Matematik|Ht 2025|0')).toMatchObject({
      status: 'dismissed',
      statusReason: 'Visade godtagbara kunskaper på provet',
    });
    await screen.findByRole('table', { name: 'Risker: 2' });
  });

  it('marks risks resolved with a reason', async () => {
    renderDashboard(db, 'risks');
    await screen.findByRole('table', { name: 'Risker: 3' });
    await userEvent.click(screen.getByRole('checkbox', { name: 'Markera alla på sidan' }));
    await userEvent.click(screen.getByRole('button', { name: 'Åtgärdad …' }));
    const dialog = screen.getByRole('dialog', { name: 'Markera 3 som åtgärdade' });
    await userEvent.type(within(dialog).getByLabelText('Skäl'), 'Extra anpassningar gav resultat');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Åtgärdad …' }));
    await screen.findByText('3 risker markerade som åtgärdade.');
    expect(await db.risks.where('status').equals('resolved').count()).toBe(6);
    expect(await db.risks.where('status').equals('open').count()).toBe(0);
  });
});
