import { cleanup, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHECKLIST_RULES, checklistKindWhy } from '@/utils/checklist/registry';
import type { InsynDatabase } from '@/utils/db/database';
import type { ChecklistRecord } from '@/utils/db/records';
import { checklistSheet, pupilLookup } from '@/utils/export/sheets';
import { freshDatabase, pupils } from '../queries/seed';
import { renderDashboard } from './render-dashboard';

let db: InsynDatabase;
const PAGE = 'https://skola.infomentor.se/#/iup/2A';
/** One open item of every kind, each with what Insyn saw of it. */
const items: ChecklistRecord[] = CHECKLIST_RULES.map((rule, i) => ({
  id: `item-${rule.kind}`,
  pupilId: `im:${i}`,
  kind: rule.kind,
  term: 'Ht 2025',
  due: '2025-11-20',
  status: 'open',
  seen: '2025-11-03',
  page: PAGE,
}));
const rowOf = (kind: string) => document.querySelector(`tr[data-row="item-${kind}"]`)!;

beforeEach(async () => {
  db = freshDatabase();
  await db.pupils.bulkAdd(pupils(CHECKLIST_RULES.length + 2));
  await db.checklist.bulkAdd([
    ...items.map((item) =>
      item.kind === 'decision-sent-home'
        ? { ...item, decision: 'action-programme' as const, dated: '2025-10-01' }
        : item.kind === 'iup-posted'
          ? { ...item, dated: '2025-11-11' }
          : item,
    ),
    {
      ...items[0]!,
      id: 'expected',
      pupilId: `im:${CHECKLIST_RULES.length}`,
      expected: true,
      seen: undefined,
      page: 'https://evil.example/',
    },
  ]);
});
afterEach(cleanup);

describe('Checklista: why each item exists', () => {
  it('every item type shows its rule and basis where the rule gives one, and what Insyn saw, when and where', async () => {
    renderDashboard(db, 'checklist');
    await screen.findByRole('table', { name: `Checklistan: ${items.length + 1} punkter` });
    for (const rule of CHECKLIST_RULES) {
      const row = rowOf(rule.kind);
      const why = checklistKindWhy(rule.kind);
      if (why) {
        expect(row.textContent, rule.kind).toContain(why.rule);
        expect(row.textContent, rule.kind).toContain(`Grund: ${why.basis}`);
      }
      expect(row.textContent, rule.kind).toContain('Insyn såg det 3 nov. 2025.');
      expect(row.querySelector('details a')?.getAttribute('href'), rule.kind).toBe(PAGE);
    }
    expect(rowOf('decision-sent-home').textContent).toContain('Beslut: åtgärdsprogram, beslutat 1 okt. 2025.');
    expect(rowOf('iup-posted').textContent).toContain('Publicerad 11 nov. 2025 enligt sidan');
  });

  it('an item owed though nothing was seen says so, and an address off InfoMentor is no link', async () => {
    renderDashboard(db, 'checklist');
    await screen.findByRole('table');
    const row = document.querySelector('tr[data-row="expected"]')!;
    expect(row.textContent).toContain('Inget sett ännu');
    expect(row.textContent).not.toContain('Insyn såg det');
    expect(row.querySelector('details a')).toBeNull();
  });

  it('"Redan gjort" with a date closes an item as done outside Insyn, and the export says so', async () => {
    renderDashboard(db, 'checklist');
    await screen.findByRole('table');
    await userEvent.click(screen.getByRole('checkbox', { name: /Markera .*IUP skickad hem per post/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Redan gjort (1)' }));
    await screen.findByText('1 punkt markerad som redan gjord 12 nov. 2025.');
    const done = await db.checklist.get('item-iup-posted');
    expect(done).toMatchObject({ status: 'done', closedBy: 'teacher', confirmedDate: '2025-11-12', doneOutside: true });
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'done');
    await waitFor(() => expect(rowOf('iup-posted').textContent).toContain('Redan gjort 12 nov. 2025'));
    const sheet = checklistSheet([done!], pupilLookup(await db.pupils.toArray()));
    expect(sheet.rows[0]).toContain('Redan gjort (före eller utanför Insyn)');
  });
});
