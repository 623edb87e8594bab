import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Pager } from '@/components/common/Pager';

afterEach(cleanup);

describe('the pager of a long list', () => {
  it('says "fler än" and lets the teacher page on when the total is only a lower bound', () => {
    const onPage = vi.fn();
    render(<Pager label="Sidor" offset={400} limit={100} total={500} more onPage={onPage} />);
    expect(screen.getByText('Visar 401–500 av fler än 500')).toBeTruthy();
    const next = screen.getByRole('button', { name: 'Nästa sida' }) as HTMLButtonElement;
    expect(next.disabled).toBe(false);
    fireEvent.click(next);
    expect(onPage).toHaveBeenCalledWith(500);
  });

  it('stops at the last page when the total is exact', () => {
    render(<Pager label="Sidor" offset={400} limit={100} total={500} onPage={() => undefined} />);
    expect(screen.getByText('Visar 401–500 av 500')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Nästa sida' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
