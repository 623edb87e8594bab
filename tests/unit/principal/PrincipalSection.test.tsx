import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PrincipalSection } from '@/components/principal/PrincipalSection';
import { getDatabase } from '@/utils/db/database';
import { buildExport, exportToJson } from '@/utils/export/json';
import { sampleTables } from '../export/sample-data';

const db = getDatabase();
beforeEach(() => Promise.all(db.tables.map((table) => table.clear())));
afterEach(cleanup);

const fileFor = (teacher: string) =>
  new File(
    [
      exportToJson(
        buildExport(sampleTables(), { teacher, school: 'Ängsskolan', appVersion: '1', exportedAt: Date.parse('2025-12-10T10:00:00Z') }),
      ),
    ],
    `${teacher}.json`,
  );

describe('the principal section', () => {
  it('reads teachers’ files and shows figures, how they are computed, a chart with values and a table', async () => {
    render(<PrincipalSection />);
    const input = screen.getByLabelText(/Läs in lärarnas exportfiler/) as HTMLInputElement;
    Object.defineProperty(input, 'files', {
      value: [fileFor('Lena'), fileFor('Ahmed'), new File(['nej'], 'fel.json')],
      configurable: true,
    });
    fireEvent.change(input);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('2 av 3 filer lästes in.'));
    expect(screen.getByRole('list', { name: 'Resultat av inläsningen' }).textContent).toContain(
      'fel.json: Filen går inte att läsa som JSON',
    );

    // Each sample file: Alva's maths risk (contact 2 days later, in time) and Elias's Swedish risk (no contact).
    const share = await waitFor(() => {
      const figure = document.querySelector('[data-figure="share"]')!;
      expect(figure.textContent).toContain('50 % (2 av 4)');
      return figure;
    });
    expect(share.textContent).toMatch(/från dagen risken först syntes till och med 5 skoldagar senare/);
    const chart = screen.getByRole('img', { name: /Andel kontaktade inom 5 skoldagar, per lärare/ });
    expect(chart.textContent).toContain('Ahmed');
    expect(chart.textContent).toContain('50 % (1 av 2) · under målet');
    const table = screen.getByRole('table', { name: 'Per lärare, grupp, ämne och termin' });
    expect(within(table).getAllByRole('row').length).toBeGreaterThan(2);

    const days = screen.getByLabelText(/kontaktas inom \(skoldagar\)/) as HTMLInputElement;
    fireEvent.change(days, { target: { value: '1' } });
    await waitFor(() => expect(document.querySelector('[data-figure="share"]')!.textContent).toContain('0 % (0 av 4)'));
  });
});
