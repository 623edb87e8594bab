import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import type { PupilAtRisk } from '@/utils/content/page-risks';
import { FIRST_PUPILS, RiskList } from '@/components/page/RiskList';
import { RiskPrompt } from '@/components/page/RiskPrompt';

/**
 * A 1,000-row page can have hundreds of pupils at risk: the panel draws a class's worth of them until the
 * teacher asks for all (drawing every one cost more than reading the page, issue 20), and always the pupil
 * a badge asks for.
 */
const pupils: PupilAtRisk[] = Array.from({ length: 100 }, (_, i) => ({
  key: `id:${i}`,
  pupil: `Elev ${String(i).padStart(3, '0')}`,
  pupilId: String(i),
  risks: [{ pupil: `Elev ${i}`, pupilId: String(i), subject: 'Matematik', reasons: ['Otillräckliga kunskaper'] }],
}));
const none = () => undefined;
const listed = () => within(screen.getByRole('list', { name: 'Elever i risk på den här sidan' })).getAllByRole('heading', { level: 3 });

describe('long lists in the panel', () => {
  afterEach(cleanup);

  it('draws the first pupils, then every one when the teacher asks', async () => {
    render(<RiskList pupils={pupils} canAct onWrite={none} onLog={none} onLogSeveral={none} onDismiss={none} />);
    expect(listed().map((h) => h.textContent)).toEqual(pupils.slice(0, FIRST_PUPILS).map((p) => p.pupil));
    await userEvent.click(screen.getByRole('button', { name: 'Visa alla 100 elever i risk' }));
    expect(listed()).toHaveLength(100);
    expect(screen.queryByRole('button', { name: /Visa alla/ })).toBeNull();
  });

  it('draws the pupil a badge asks for, however far down, and moves focus to them', () => {
    render(
      <RiskList
        pupils={pupils}
        canAct
        focus={{ pupilKey: 'id:80', seq: 1 }}
        onWrite={none}
        onLog={none}
        onLogSeveral={none}
        onDismiss={none}
      />,
    );
    expect(listed()).toHaveLength(81);
    expect(document.activeElement?.textContent).toBe('Elev 080');
  });

  it('names the first pupils in the prompt and counts the rest, and the prompt still acts for all', async () => {
    const written: string[][] = [];
    render(<RiskPrompt pupils={pupils} onWrite={(keys) => written.push(keys)} onPostpone={none} onDismiss={none} onClose={none} />);
    const names = within(screen.getByRole('region'))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(names).toEqual([...pupils.slice(0, FIRST_PUPILS).map((p) => p.pupil), `… och ${100 - FIRST_PUPILS} till`]);
    await userEvent.click(screen.getByRole('button', { name: 'Skriv till vårdnadshavare' }));
    expect(written).toEqual([pupils.map((p) => p.key)]);
  });
});
