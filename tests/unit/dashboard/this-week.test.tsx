import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Popup } from '@/components/popup/Popup';
import type { InsynDatabase } from '@/utils/db/database';
import { thisWeek } from '@/utils/db/queries/this-week';
import type { ChecklistRecord } from '@/utils/db/records';
import { checklistItem, freshDatabase, pupils } from '../queries/seed';
import { renderDashboard } from './render-dashboard';

let db: InsynDatabase;
const item = checklistItem;

// Wednesday 12 November 2025 (render-dashboard's NOW): the week ends on Sunday 16 November.
beforeEach(async () => {
  db = freshDatabase();
  await db.pupils.bulkAdd(pupils(4)); // im:0 Öström, Åsa (5A), im:1 Elev1, Test (5B), im:2 Elev2, Test …
  await db.checklist.bulkAdd([
    item('overdue', { pupilId: 'im:2', kind: 'decision-sent-home', due: '2025-11-03' }),
    item('friday', { pupilId: 'im:1', due: '2025-11-14', page: 'https://skola.infomentor.se/#/iup' }),
    item('sunday', { pupilId: 'im:1', kind: 'written-assessment', subject: 'Svenska', due: '2025-11-16' }),
    item('next-week', { pupilId: 'im:0', due: '2025-11-17' }),
    item('done', { pupilId: 'im:0', due: '2025-11-13', status: 'done', closedBy: 'teacher' }),
  ]);
});
afterEach(cleanup);

describe('Den här veckan', () => {
  it('is what is open and due by Sunday, overdue included, grouped by pupil, most urgent pupil first', async () => {
    const week = await thisWeek(db, '2025-11-12');
    expect(week.total).toBe(3);
    expect(week.pupils.map((p) => [p.pupil?.name, p.items.map((i) => i.id)])).toEqual([
      ['Elev2, Test', ['overdue']],
      ['Elev1, Test', ['friday', 'sunday']],
    ]);
  });

  it('shows in the overview, with the page where it is done when Insyn knows it', async () => {
    renderDashboard(db, 'overview');
    await screen.findByRole('heading', { name: 'Den här veckan: 3' });
    const elev1 = document.querySelector('[data-week-pupil="Elev1, Test"]')!;
    expect(elev1.textContent).toContain('IUP skickad hem per post, senast 14 nov. 2025');
    expect(elev1.textContent).toContain('Omdöme publicerat – Svenska, senast 16 nov. 2025');
    expect(elev1.querySelector('a')?.getAttribute('href')).toBe('https://skola.infomentor.se/#/iup');
    expect(document.querySelector('[data-week-pupil="Elev2, Test"]')?.textContent).toContain('(försenad)');
    expect(document.querySelector('[data-week-pupil="Öström, Åsa"]')).toBeNull();
  });

  it('shows in the popup, and says so calmly when nothing is due', async () => {
    const week = await thisWeek(db, '2025-11-12');
    const { unmount } = render(<Popup tab={null} stats={null} week={{ week, today: '2025-11-12' }} onOpenDashboard={() => {}} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Den här veckan: 3' })).toBeTruthy();
    expect(document.querySelector('[data-week-pupil="Elev1, Test"]')?.textContent).toContain('senast 14 nov. 2025');
    unmount();
    render(
      <Popup tab={null} stats={null} week={{ week: await thisWeek(db, '2025-10-01'), today: '2025-10-01' }} onOpenDashboard={() => {}} />,
    );
    expect(screen.getByText('Inget att göra den här veckan och inget försenat.')).toBeTruthy();
  });
});
