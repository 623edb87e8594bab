import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PrivacySection } from '@/components/privacy/PrivacySection';
import { createPrivacyApi } from '@/entrypoints/dashboard/privacy-api';
import { getDatabase } from '@/utils/db/database';
import { setLanguage } from '@/utils/i18n';
import { at, contact, pupil } from './rows';

const db = getDatabase();
const persist = vi.fn(async () => true);
const persisted = vi.fn(async () => false);

beforeEach(async () => {
  // Retention is reckoned from today: a fixed one, 13 months and more after January 2024 (Date only, so
  // Dexie's and the testing library's timers run as ever).
  vi.useFakeTimers({ now: new Date('2026-03-02T10:00:00'), toFake: ['Date'] });
  await Promise.all(db.tables.map((table) => table.clear()));
  Object.defineProperty(navigator, 'storage', { value: { persist, persisted }, configurable: true });
  persist.mockClear();
  await db.pupils.bulkPut([pupil('im:1', at(2024, 1, 10), 'Berg, Alva'), pupil('im:2', Date.now(), 'Öberg, Nils')]);
  // Last touched in January 2024: past any retention of 13 months.
  await db.contacts.put(contact('c1', 'im:1', at(2024, 1, 10)));
  await db.contacts.put(contact('c2', 'im:2', Date.now()));
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('PrivacySection', () => {
  it('says what is stored, asks for persistent storage and shows the answer', async () => {
    render(<PrivacySection api={createPrivacyApi(db)} />);
    expect(await screen.findByText('Lagringen är skyddad mot automatisk rensning')).toBeTruthy();
    expect(persist).toHaveBeenCalledTimes(1);
    const pupils = document.querySelector('[data-table="pupils"]');
    expect(pupils?.textContent).toContain('Elever');
    expect(pupils?.textContent).toContain('2 st');
  });

  it('shows what retention will delete before it happens, naming the pupil', async () => {
    render(<PrivacySection api={createPrivacyApi(db)} />);
    const summary = await screen.findByText(/Kontakter: 1 st, raderas tidigast/);
    expect(summary).toBeTruthy();
    expect(screen.getByText(/Kontakter – Berg, Alva – raderas/)).toBeTruthy();
    expect(screen.queryByText(/Öberg, Nils/)).toBeNull();
  });

  it('says plainly what protects the data on a shared computer, promising no lock', async () => {
    render(<PrivacySection api={createPrivacyApi(db)} />);
    expect((await screen.findByRole('heading', { name: 'Delad dator' })).tagName).toBe('H3');
    expect(screen.queryByText(/Låset är på/)).toBeNull();
  });

  it('erases one pupil after search and confirmation, and says so', async () => {
    render(<PrivacySection api={createPrivacyApi(db)} />);
    fireEvent.input(await screen.findByLabelText('Sök elev'), { target: { value: 'berg alva' } });
    fireEvent.click(screen.getByRole('button', { name: 'Berg, Alva (5A)' }));
    expect(screen.getByText('Radera allt om Berg, Alva? Det går inte att ångra.')).toBeTruthy();
    expect(await db.pupils.get('im:1')).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Radera' }));
    await screen.findByText('Allt om Berg, Alva är raderat (2 poster).');
    expect(await db.pupils.get('im:1')).toBeUndefined();
    expect(await db.contacts.get('c1')).toBeUndefined();
    expect(await db.contacts.get('c2')).toBeDefined();
    await waitFor(() => expect(screen.getByText('Inget ska raderas just nu.')).toBeTruthy());
  });

  it('cancels the erasure with Escape', async () => {
    render(<PrivacySection api={createPrivacyApi(db)} />);
    fireEvent.input(await screen.findByLabelText('Sök elev'), { target: { value: 'alva' } });
    fireEvent.click(screen.getByRole('button', { name: 'Berg, Alva (5A)' }));
    const confirm = screen.getByRole('group', { name: /Radera allt om Berg, Alva/ });
    expect(document.activeElement?.textContent).toBe('Radera allt om Berg, Alva? Det går inte att ångra.');
    fireEvent.keyDown(within(confirm).getByRole('button', { name: 'Radera' }), { key: 'Escape' });
    expect(screen.queryByRole('group', { name: /Radera allt om/ })).toBeNull();
    expect(document.activeElement).toBe(screen.getByLabelText('Sök elev'));
    expect(await db.pupils.get('im:1')).toBeDefined();
  });

  it('erases everything only after the confirmation word is typed', async () => {
    render(<PrivacySection api={createPrivacyApi(db)} />);
    const button = (await screen.findByRole('button', { name: 'Radera allt' })) as HTMLButtonElement;
    const input = screen.getByLabelText('Skriv RADERA för att bekräfta');
    expect(button.disabled).toBe(true);
    fireEvent.input(input, { target: { value: 'radera nu' } });
    expect(button.disabled).toBe(true);
    fireEvent.input(input, { target: { value: 'RADERA' } });
    expect(button.disabled).toBe(false);
    fireEvent.click(button);
    await screen.findByText('Allt är raderat.');
    for (const table of db.tables) expect(await table.count(), table.name).toBe(0);
  });

  it('shows storage as not protected while the browser has not answered the request', async () => {
    persist.mockImplementationOnce(() => new Promise<boolean>(() => {}));
    render(<PrivacySection api={createPrivacyApi(db)} />);
    expect(await screen.findByText(/Lagringen är inte skyddad mot automatisk rensning/)).toBeTruthy();
  });

  it('speaks English when the teacher chose it', async () => {
    setLanguage('en');
    render(<PrivacySection api={createPrivacyApi(db)} />);
    expect(await screen.findByText('Storage is protected from automatic clearing')).toBeTruthy();
    expect(screen.getByLabelText('Type ERASE to confirm')).toBeTruthy();
  });
});
