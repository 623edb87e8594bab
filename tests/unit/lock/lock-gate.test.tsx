import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LockGate } from '@/components/lock/LockGate';
import { closeLock, contextLock } from '@/utils/lock/session';
import { setLanguage } from '@/utils/i18n';
import { lockApi } from './lock-api';
import type { LockApi } from '@/components/lock/lock-api';

beforeEach(async () => {
  setLanguage('sv');
  await closeLock();
  contextLock.setEnabled(false);
});
afterEach(cleanup);

describe('the lock in the dashboard', () => {
  it(
    'offers the lock with the warning and an export first; set, closed, the dashboard asks before it shows anything',
    { timeout: 60_000 },
    async () => {
      const user = userEvent.setup();
      const api = lockApi();
      const view = render(
        <LockGate api={api} offer>
          <p>Elevlistan</p>
        </LockGate>,
      );
      await screen.findByText('Elevlistan');
      expect(screen.getByText(/Glömmer du lösenfrasen går uppgifterna inte att få tillbaka/)).toBeTruthy();
      expect(screen.getByRole('link', { name: 'Exportera först' }).getAttribute('href')).toBe('#export');

      await user.type(screen.getByLabelText('Lösenfras'), 'kort');
      await user.type(screen.getByLabelText('Samma lösenfras igen'), 'kort');
      await user.click(screen.getByRole('button', { name: 'Sätt låset' }));
      expect(screen.getByText(/Lösenfrasen behöver minst 10 tecken/)).toBeTruthy();

      await user.clear(screen.getByLabelText('Lösenfras'));
      await user.type(screen.getByLabelText('Lösenfras'), 'lärarrummets långa fras');
      await user.clear(screen.getByLabelText('Samma lösenfras igen'));
      await user.type(screen.getByLabelText('Samma lösenfras igen'), 'lärarrummets långa fras');
      await user.click(screen.getByRole('button', { name: 'Sätt låset' }));
      await screen.findByText(/Låset är öppet/, {}, { timeout: 30_000 });

      await closeLock();
      view.unmount();
      render(
        <LockGate api={api}>
          <p>Elevlistan</p>
        </LockGate>,
      );
      await screen.findByText('Insyn är låst');
      expect(screen.queryByText('Elevlistan')).toBeNull();
      await user.type(screen.getByLabelText('Lösenfras'), 'fel fras');
      await user.click(screen.getByRole('button', { name: 'Lås upp' }));
      await screen.findByText(/Fel lösenfras: Insyn förblir låst/, {}, { timeout: 30_000 });
      expect(screen.queryByText('Elevlistan')).toBeNull();
      await user.clear(screen.getByLabelText('Lösenfras'));
      await user.type(screen.getByLabelText('Lösenfras'), 'lärarrummets långa fras');
      await user.click(screen.getByRole('button', { name: 'Lås upp' }));
      await waitFor(() => expect(screen.getByText('Elevlistan')).toBeTruthy(), { timeout: 30_000 });
    },
  );

  it('"Lås nu" closes the open lock at once, and the teacher\'s use of the dashboard counts as use', { timeout: 60_000 }, async () => {
    const user = userEvent.setup();
    const real = lockApi();
    let touched = 0;
    const api: LockApi = { ...real, touch: async () => void (touched++, await real.touch()) };
    await api.set('lärarrummets långa fras');
    render(
      <LockGate api={api} offer>
        <p>Elevlistan</p>
      </LockGate>,
    );
    await screen.findByText(/Låset är öppet/);
    await user.keyboard('a');
    await user.keyboard('b');
    // Once a minute at most: the second key within the minute asks nothing more.
    expect(touched).toBe(1);
    await user.click(screen.getByRole('button', { name: 'Lås nu' }));
    await screen.findByText('Insyn är låst');
    expect(screen.queryByText('Elevlistan')).toBeNull();
  });
});
