import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PrincipalView } from '@/components/principal/PrincipalView';
import { buildExport } from '@/utils/export/json';
import { buildSchoolView } from '@/utils/principal/metrics';
import { sampleTables } from '../export/sample-data';

afterEach(cleanup);

const file = (teacher: string, school: string) =>
  buildExport(sampleTables(), { teacher, school, appVersion: '1', exportedAt: Date.parse('2025-12-09T09:00:00Z') });

describe("the coordinator's table", () => {
  const view = buildSchoolView([file('Lena', 'Ängsskolan'), file('Ahmed', 'Ängsskolan'), file('Sara', 'Björkskolan')], {
    withinSchoolDays: 5,
    asOf: '2025-12-10',
    staleAfterDays: 14,
  });
  const cells = (row: HTMLElement) => [...row.querySelectorAll('th, td')].map((c) => c.textContent);

  it('shows each school, then its year groups and subjects, when the files span more than one school', () => {
    render(<PrincipalView view={view} days={5} pseudonymised={false} />);
    const table = screen.getByRole('table', { name: 'Per skola, årskurs och ämne' });
    const rows = within(table).getAllByRole('row').slice(1).map(cells);
    expect(rows.map((r) => r.slice(0, 7))).toEqual([
      ['Björkskolan', 'Alla årskurser', 'Alla ämnen', '2', '2', '1', '1'],
      ['Björkskolan', '5', 'Matematik', '1', '1', '0', '1'],
      ['Björkskolan', '5', 'Svenska', '1', '1', '1', '0'],
      ['Ängsskolan', 'Alla årskurser', 'Alla ämnen', '2', '4', '2', '2'],
      ['Ängsskolan', '5', 'Matematik', '1', '2', '0', '2'],
      ['Ängsskolan', '5', 'Svenska', '1', '2', '2', '0'],
    ]);
  });

  it('pseudonymised, masks its small counts like every other table', () => {
    render(<PrincipalView view={view} days={5} pseudonymised={true} />);
    const table = screen.getByRole('table', { name: 'Per skola, årskurs och ämne' });
    const counts = within(table)
      .getAllByRole('row')
      .slice(1)
      .flatMap((r) => cells(r).slice(3));
    expect(counts.filter((c) => c === '1' || c === '2')).toEqual([]);
    expect(counts).toContain('färre än 3');
  });

  it('is not shown for one school', () => {
    render(
      <PrincipalView
        view={buildSchoolView([file('Lena', 'Ängsskolan')], { withinSchoolDays: 5, asOf: '2025-12-10', staleAfterDays: 14 })}
        days={5}
        pseudonymised={false}
      />,
    );
    expect(screen.queryByRole('table', { name: 'Per skola, årskurs och ämne' })).toBeNull();
  });
});
