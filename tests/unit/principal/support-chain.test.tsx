import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SupportChainView } from '@/components/principal/SupportChainView';
import type { ReferralRecord } from '@/utils/db/records';
import { buildExport } from '@/utils/export/json';
import type { ExportTables } from '@/utils/export/schema';
import { parseExport } from '@/utils/import/parse';
import type { SchoolExportRecord } from '@/utils/principal/school-export';
import { emptyTables } from '../../tools/empty-tables';

afterEach(cleanup);

const at = (iso: string) => Date.parse(`${iso}T09:00:00Z`);
const referral = (id: string, pupilId: string, madeOn: string, more: Partial<ReferralRecord> = {}): ReferralRecord => ({
  id,
  pupilId,
  subjects: ['Matematik'],
  madeOn,
  by: 'x',
  created: at(madeOn),
  updated: at(madeOn),
  ...more,
});

/** A teacher's file as a principal imports it: built by the exporter and read back by the importer. */
function teacherFile(
  teacher: string,
  exportedOn: string,
  pupils: [string, string, string][],
  referrals: ReferralRecord[],
): SchoolExportRecord {
  const tables: ExportTables = {
    ...emptyTables(),
    pupils: pupils.map(([id, name, group]) => ({ id, name, group, firstSeen: at('2025-09-01'), lastSeen: at('2025-11-01') })),
    referrals,
  };
  const parsed = parseExport(
    JSON.stringify(buildExport(tables, { teacher, school: 'Ängsskolan', appVersion: '1', exportedAt: at(exportedOn) })),
  );
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return { id: teacher, teacher, school: 'Ängsskolan', exportedAt: at(exportedOn), importedAt: at('2025-12-01'), data: parsed.data };
}

const files = [
  teacherFile(
    'Lena Ek',
    '2025-11-30',
    [
      ['im:1', 'Andersson, Alva', '5A'],
      ['im:2', 'Berg, Elias', '5A'],
    ],
    [referral('r1', 'im:1', '2025-11-10'), referral('r2', 'im:2', '2025-11-24')],
  ),
  teacherFile(
    'Omar Said',
    '2025-11-28',
    [
      ['im:3', 'Carlsson, Maja', '6B'],
      ['im:4', 'Dahl, Nils', '6B'],
    ],
    [
      referral('r3', 'im:3', '2025-10-01', { investigationStarted: '2025-10-06' }),
      referral('r4', 'im:4', '2025-10-01', {
        investigationStarted: '2025-10-06',
        decision: 'no-action-programme',
        decidedOn: '2025-11-03',
      }),
    ],
  ),
  teacherFile(
    'Pia Öst',
    '2025-12-01',
    [['im:5', 'Ek, Olle', '9C']],
    [
      referral('r5', 'im:5', '2025-11-03', {
        investigationStarted: '2025-11-04',
        decision: 'action-programme',
        decidedOn: '2025-11-20',
        appealInstructions: true,
        receivedOn: '2025-11-24',
      }),
    ],
  ),
];

describe("the principal's view of the support chain, from three teachers' files", () => {
  it('shows per teacher and group the open reports with how long they waited, oldest first', () => {
    render(<SupportChainView files={files} />);
    const table = screen.getByRole('table', { name: 'Stödkedjan per lärare och grupp' });
    const row = (teacher: string) => within(table).getByRole('rowheader', { name: teacher }).closest('tr')!;
    const cells = (teacher: string) => Array.from(row(teacher).querySelectorAll('td'), (td) => td.textContent);

    expect(
      within(row('Lena Ek'))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Andersson, Alva: anmäld 2025-11-10, har väntat 20 dagar', 'Berg, Elias: anmäld 2025-11-24, har väntat 6 dagar']);
    expect(cells('Lena Ek')[0]).toBe('5A');
    // Omar: one utredning without a decision, one decision with neither appeal instructions nor receipt.
    expect(cells('Omar Said')).toEqual(['6B', '0', '1', '1', '1']);
    // Pia: the chain is complete.
    expect(cells('Pia Öst')).toEqual(['9C', '0', '0', '0', '0']);
  });

  it('says so when no file has any anmälan', () => {
    render(<SupportChainView files={[teacherFile('Lena Ek', '2025-11-30', [], [])]} />);
    expect(screen.getByText('Filerna har inga anmälningar till rektor.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
