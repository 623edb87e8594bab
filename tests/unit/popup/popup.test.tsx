import { cleanup, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popup } from '@/components/popup/Popup';
import { setLanguage } from '@/utils/i18n';
import type { Stats, TabStatus } from '@/utils/messaging/protocol';

afterEach(cleanup);

const stats: Stats = { visits: 12, pupils: 24, openRisks: 3, openItems: 1234, overdueItems: 2, failedReads: 0, storage: 'ok' };
const read = (patch: Partial<TabStatus>): TabStatus => ({
  url: 'https://skola.infomentor.se/x',
  at: new Date('2025-11-12T14:05:00').getTime(),
  kind: 'group-assessment',
  pupils: 24,
  atRisk: 3,
  ...patch,
});

describe('Popup', () => {
  it('tells what this tab showed and the counts that need the teacher', () => {
    render(<Popup tab={read({})} stats={stats} onOpenDashboard={() => {}} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Insyn för InfoMentor');
    expect(screen.getByText('Kunskapssammanställning')).toBeTruthy();
    expect(screen.getByText('24 elever på sidan · 3 i risk')).toBeTruthy();
    expect(screen.getByText('Läst 14:05')).toBeTruthy();
    expect(document.querySelector('[data-count="openItems"]')?.textContent).toBe('1\u00a0234');
    expect(document.querySelector('[data-count="overdueItems"]')?.textContent).toContain('2');
    expect(document.querySelector('[data-count="openRisks"]')?.textContent).toBe('3');
  });

  it('says it could not read the page, not that it does not know it, with the cause to copy', async () => {
    const copy = vi.fn(() => Promise.resolve(true));
    const failed = read({ kind: 'unknown', pupils: 0, atRisk: 0, error: 'read group-assessment: TypeError' });
    render(<Popup tab={failed} stats={{ ...stats, failedReads: 3 }} onOpenDashboard={() => {}} copy={copy} />);
    expect(screen.getByText('Insyn kunde inte läsa sidan')).toBeTruthy();
    expect(screen.queryByText(/känner inte igen/)).toBeNull();
    expect(document.querySelector('[data-failure-cause]')?.textContent).toBe('read group-assessment: TypeError');
    expect(document.querySelector('[data-count="failedReads"]')?.textContent).toBe('3');
    await userEvent.click(screen.getByRole('button', { name: 'Kopiera orsaken' }));
    expect(copy).toHaveBeenCalledWith('read group-assessment: TypeError');
    expect((await screen.findByRole('status')).textContent).toBe('Kopierat');
  });

  it('leaves the cause selectable where nothing can copy, and shows no failure count when none failed', () => {
    render(
      <Popup
        tab={read({ kind: 'unknown', pupils: 0, atRisk: 0, error: 'recognise: RangeError' })}
        stats={stats}
        onOpenDashboard={() => {}}
      />,
    );
    expect(document.querySelector('[data-failure-cause]')?.textContent).toBe('recognise: RangeError');
    expect(screen.queryByRole('button', { name: 'Kopiera orsaken' })).toBeNull();
    expect(document.querySelector('[data-count="failedReads"]')).toBeNull();
  });

  it('says which budget kept a page from being stored, and nothing of pupils on it', () => {
    const { rerender } = render(
      <Popup tab={read({ pupils: 20_000, atRisk: 20_000, overBudget: 'reading' })} stats={stats} onOpenDashboard={() => {}} />,
    );
    expect(document.querySelector('[data-tab-kind="over-budget"]')?.textContent).toBe(
      'Insyn sparade inget från sidan. Den visar fler elever som Insyn inte sett förut än Insyn tar emot från en sida (högst 1 000).',
    );
    expect(screen.queryByText(/elever på sidan/)).toBeNull();
    rerender(<Popup tab={read({ overBudget: 'tab-hour' })} stats={stats} onOpenDashboard={() => {}} />);
    expect(screen.getByText(/den senaste timmen/)).toBeTruthy();
  });

  it('tells the teacher when the store is nearly full or full, and says nothing while there is room', () => {
    const { rerender } = render(<Popup tab={null} stats={stats} onOpenDashboard={() => {}} />);
    expect(document.querySelector('[data-storage]')).toBeNull();
    rerender(<Popup tab={null} stats={{ ...stats, storage: 'near' }} onOpenDashboard={() => {}} />);
    expect(document.querySelector('[data-storage="near"]')?.textContent).toMatch(/nästan full/);
    rerender(<Popup tab={null} stats={{ ...stats, storage: 'full' }} onOpenDashboard={() => {}} />);
    expect(document.querySelector('[data-storage="full"]')?.textContent).toMatch(/lägger inte till nya elever/);
  });

  it('says so for a page it does not know, and leaves room for teaching it', () => {
    const { rerender } = render(<Popup tab={read({ kind: 'unknown', pupils: 0, atRisk: 0 })} stats={stats} onOpenDashboard={() => {}} />);
    expect(screen.getByText('Insyn känner inte igen den här sidan')).toBeTruthy();
    expect(screen.queryByText(/elever på sidan/)).toBeNull();
    rerender(
      <Popup
        tab={read({ kind: 'unknown', pupils: 0, atRisk: 0 })}
        stats={stats}
        onOpenDashboard={() => {}}
        unknownPageActions={<button type="button">Lär Insyn den här sidan</button>}
      />,
    );
    expect(screen.getByRole('button', { name: 'Lär Insyn den här sidan' })).toBeTruthy();
  });

  it('offers the page actions on every InfoMentor page it has seen, read or not, and on no other page', () => {
    const actions = <button type="button">Spara ett anonymt sidprov</button>;
    const { rerender } = render(<Popup tab={read({})} stats={stats} onOpenDashboard={() => {}} pageActions={actions} />);
    expect(screen.getByRole('button', { name: 'Spara ett anonymt sidprov' })).toBeTruthy();
    rerender(
      <Popup tab={read({ kind: 'unknown', pupils: 0, atRisk: 0 })} stats={stats} onOpenDashboard={() => {}} pageActions={actions} />,
    );
    expect(screen.getByRole('button', { name: 'Spara ett anonymt sidprov' })).toBeTruthy();
    rerender(<Popup tab={null} stats={stats} onOpenDashboard={() => {}} pageActions={actions} />);
    expect(screen.queryByRole('button', { name: 'Spara ett anonymt sidprov' })).toBeNull();
  });

  it('invites opening InfoMentor when this tab is not an InfoMentor page, and copes without counts', () => {
    render(<Popup tab={null} stats={null} onOpenDashboard={() => {}} />);
    expect(screen.getByText('Öppna en sida i InfoMentor så läser Insyn den.')).toBeTruthy();
    expect(screen.getByText(/kunde inte räkna just nu/)).toBeTruthy();
  });

  it('opens the dashboard, or straight at the checklist', async () => {
    const open = vi.fn();
    render(<Popup tab={null} stats={stats} onOpenDashboard={open} />);
    await userEvent.click(screen.getByRole('button', { name: 'Öppna Insyn' }));
    await userEvent.click(screen.getByRole('button', { name: 'Visa checklistan' }));
    expect(open.mock.calls).toEqual([['overview'], ['checklist']]);
  });

  it('speaks English when the teacher chose it', () => {
    setLanguage('en');
    render(<Popup tab={read({ kind: 'unknown', pupils: 0, atRisk: 0 })} stats={stats} onOpenDashboard={() => {}} />);
    expect(screen.getByRole('button', { name: 'Show the checklist' })).toBeTruthy();
    expect(screen.queryByText(/[åäö]/)).toBeNull();
  });
});
