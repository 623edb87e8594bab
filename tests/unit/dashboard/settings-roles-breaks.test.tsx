import { cleanup, fireEvent, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InsynDatabase } from '@/utils/db/database';
import { loadSettings } from '@/utils/settings/store';
import { saveSettings } from '@/utils/store/settings';
import { freshDatabase, pupils } from '../queries/seed';
import { renderDashboard } from './render-dashboard';

let db: InsynDatabase;
beforeEach(async () => {
  db = freshDatabase();
  await db.pupils.bulkAdd(pupils(3)); // groups 5A, 5B, 9C
  await saveSettings(db, { roles: { '9C': 'subject' } });
});
afterEach(cleanup);

const save = async () => {
  await userEvent.click(screen.getByRole('button', { name: 'Spara inställningarna' }));
  await screen.findByText('Inställningarna är sparade.');
};

describe('Inställningar: roles and lov', () => {
  it('lists every group seen with the teacher’s role, and saves a changed one', async () => {
    renderDashboard(db, 'settings');
    const five = (await screen.findByLabelText('5A')) as HTMLSelectElement;
    expect(five.value).toBe('');
    expect([...five.options].map((o) => o.textContent)).toEqual(['Inte angett än', 'Mentor eller klasslärare', 'Ämneslärare']);
    expect((screen.getByLabelText('9C') as HTMLSelectElement).value).toBe('subject');
    await userEvent.selectOptions(five, 'mentor');
    await userEvent.selectOptions(screen.getByLabelText('9C'), 'mentor');
    await save();
    expect((await loadSettings(db)).roles).toEqual({ '5A': 'mentor', '9C': 'mentor' });
  });

  it('edits, adds and removes lov, and refuses one that ends before it starts', async () => {
    renderDashboard(db, 'settings');
    await screen.findByRole('group', { name: 'Sportlov' });
    // Sportlov in week 8 instead of 9.
    fireEvent.input(screen.getByLabelText('Första dagen', { selector: '#set-break-2-from' }), { target: { value: '2027-02-22' } });
    fireEvent.input(screen.getByLabelText('Sista dagen', { selector: '#set-break-2-to' }), { target: { value: '2027-02-26' } });
    await userEvent.click(screen.getByRole('button', { name: 'Ta bort Kristi himmelsfärd' }));
    await userEvent.click(screen.getByRole('button', { name: 'Lägg till lov eller ledig dag' }));
    await userEvent.type(screen.getByLabelText('Namn', { selector: '#set-break-4-name' }), 'Studiedag');
    fireEvent.input(screen.getByLabelText('Första dagen', { selector: '#set-break-4-from' }), { target: { value: '2027-01-15' } });
    fireEvent.input(screen.getByLabelText('Sista dagen', { selector: '#set-break-4-to' }), { target: { value: '2027-01-15' } });
    await save();
    const { breaks } = (await loadSettings(db)).terms;
    expect(breaks.map((b) => b.name)).toEqual(['Höstlov', 'Jullov', 'Sportlov', 'Påsklov', 'Studiedag']);
    expect(breaks[2]).toEqual({ name: 'Sportlov', from: '2027-02-22', to: '2027-02-26' });

    fireEvent.input(screen.getByLabelText('Sista dagen', { selector: '#set-break-4-to' }), { target: { value: '2027-01-14' } });
    await userEvent.click(screen.getByRole('button', { name: 'Spara inställningarna' }));
    await screen.findByRole('alert');
    expect((await loadSettings(db)).terms.breaks[4]?.to).toBe('2027-01-15');
  });
});
