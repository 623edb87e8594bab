import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PrincipalSection } from '@/components/principal/PrincipalSection';
import { createPrincipalApi } from '@/entrypoints/dashboard/principal-api';
import { getDatabase } from '@/utils/db/database';
import { buildExport, exportToJson } from '@/utils/export/json';
import { sampleTables } from '../export/sample-data';

const db = getDatabase();
beforeEach(() => Promise.all(db.tables.map((table) => table.clear())));
afterEach(cleanup);

/** The principal reads the files on the day they were exported. */
const NOW = Date.parse('2025-12-10T15:00:00Z');
const api = () => createPrincipalApi(db, () => NOW);

const fileFor = (teacher: string) =>
  new File(
    [
      exportToJson(
        buildExport(sampleTables(), { teacher, school: 'Ängsskolan', appVersion: '1', exportedAt: Date.parse('2025-12-10T10:00:00Z') }),
      ),
    ],
    `${teacher}.json`,
  );

const figure = (id: string) => document.querySelector(`[data-figure="${id}"]`)!;
const teachers = () => screen.getByRole('table', { name: 'Per lärare, med filens ålder' });

async function withFiles() {
  render(<PrincipalSection api={api()} />);
  const input = screen.getByLabelText(/Läs in lärarnas exportfiler/) as HTMLInputElement;
  Object.defineProperty(input, 'files', {
    value: [fileFor('Lena'), fileFor('Ahmed'), new File(['nej'], 'fel.json')],
    configurable: true,
  });
  fireEvent.change(input);
  await waitFor(() => expect(screen.getByRole('status').textContent).toBe('2 av 3 filer lästes in.'));
  // A view read while the files were still going in may show first: wait for the one with both.
  await waitFor(() =>
    expect(
      within(teachers())
        .getAllByRole('row')
        .map((r) => r.querySelector('th')!.textContent),
    ).toEqual(['Lärare', 'Ahmed', 'Lena']),
  );
}

describe('the principal section', () => {
  it('reads teachers’ files and shows figures, how they are computed, a chart with values and a table', async () => {
    await withFiles();
    expect(screen.getByRole('list', { name: 'Resultat av inläsningen' }).textContent).toContain(
      'fel.json: Filen går inte att läsa som JSON',
    );
    // Pseudonymised by default: counts of 1 and 2 are not shown, and no share made of them.
    await waitFor(() => expect(figure('pairsAtRisk').textContent).toContain('4'));
    expect(figure('pupilsAtRisk').querySelector('.figure')!.textContent).toBe('färre än 3');
    expect(figure('share').querySelector('.figure')!.textContent).toBe('färre än 3');

    fireEvent.click(screen.getByLabelText(/Ersätt elevernas namn med koder/));
    // Each sample file: Alva's maths risk (contact 2 days later, in time) and Elias's Swedish risk (contacted late).
    await waitFor(() => expect(figure('share').textContent).toContain('50 % (2 av 4)'));
    expect(figure('share').textContent).toMatch(/från dagen risken först syntes till och med 5 skoldagar senare/);
    // The two files hold the same two pupils: 2 pupils at risk, 4 pupil–subject pairs.
    expect(figure('pupilsAtRisk').querySelector('.figure')!.textContent).toBe('2');
    expect(figure('pairsAtRisk').querySelector('.figure')!.textContent).toBe('4');
    const chart = screen.getByRole('img', { name: /Andel kontaktade inom 5 skoldagar, per lärare/ });
    expect(chart.textContent).toContain('Ahmed');
    expect(chart.textContent).toContain('50 % (1 av 2) · under målet');
    const table = screen.getByRole('table', { name: 'Per lärare, grupp, ämne och termin' });
    expect(within(table).getAllByRole('row').length).toBeGreaterThan(2);

    const days = screen.getByLabelText(/kontaktas inom \(skoldagar\)/) as HTMLInputElement;
    fireEvent.change(days, { target: { value: '1' } });
    await waitFor(() => expect(figure('share').textContent).toContain('0 % (0 av 4)'));
  });

  it("clicking a teacher's late contacts lists the items behind them; pseudonymised, a small count opens nothing", async () => {
    await withFiles();
    const lena = await waitFor(() => within(teachers()).getByRole('row', { name: /^Lena/ }));
    expect(within(lena).queryByRole('button', { name: /Sena kontakter/ })).toBeNull();
    expect(lena.textContent).toContain('färre än 3');

    fireEvent.click(screen.getByLabelText(/Ersätt elevernas namn med koder/));
    const open = await waitFor(() =>
      within(within(teachers()).getByRole('row', { name: /^Lena/ })).getByRole('button', { name: /Sena kontakter/ }),
    );
    expect(open.textContent).toBe('1');
    fireEvent.click(open);
    const list = screen.getByRole('region', { name: 'Sena kontakter: Lena' });
    const rows = within(list).getAllByRole('row').slice(1);
    expect(rows.map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent))).toEqual([
      ['Lena', 'Berg, Elias', '5A', 'Svenska', 'Ht 2025', 'Kontakt med vårdnadshavare om risken', '2025-11-12'],
    ]);
    expect(open.getAttribute('aria-expanded')).toBe('true');
    fireEvent.keyDown(within(list).getByRole('button', { name: 'Stäng listan' }), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Sena kontakter: Lena' })).toBeNull());

    // The school's overdue publications: one per file, both listed.
    fireEvent.click(within(figure('overduePublications') as HTMLElement).getByRole('button'));
    const overdue = screen.getByRole('region', { name: 'Försenade publiceringar: Hela skolan' });
    expect(
      within(overdue)
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.querySelector('td')!.textContent),
    ).toEqual(['Ahmed', 'Lena']);
  });

  it("shows each file's export date and age on the view date, and warns about files older than the setting", async () => {
    await withFiles();
    const lena = await waitFor(() => within(teachers()).getByRole('row', { name: /^Lena/ }));
    expect(lena.textContent).toContain('(0 dagar före)');
    expect(lena.textContent).not.toContain('Gammal fil');
    fireEvent.change(screen.getByLabelText('Siffrorna gäller dagen'), { target: { value: '2025-12-30' } });
    await waitFor(() =>
      expect(within(teachers()).getByRole('row', { name: /^Lena/ }).textContent).toContain('Gammal fil: äldre än 14 dagar'),
    );
    expect(within(teachers()).getByRole('row', { name: /^Lena/ }).textContent).toContain('(20 dagar före)');
    fireEvent.change(screen.getByLabelText(/Varna för filer äldre än/), { target: { value: '30' } });
    await waitFor(() => expect(within(teachers()).getByRole('row', { name: /^Lena/ }).textContent).not.toContain('Gammal fil'));
    expect((await api().defaults()).staleAfterDays).toBe(30);
  });
});
