import { cleanup, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SamplePreview } from '@/components/sample/SamplePreview';
import { setLanguage } from '@/utils/i18n';

afterEach(() => {
  cleanup();
  setLanguage('sv');
});

const HOSTILE = '<p>Xxxx, Xxxx</p><img src=q onerror="alert(1)">';

describe('SamplePreview', () => {
  it('shows the whole file as text, what stays and what is replaced, and saves only when asked', async () => {
    const onSave = vi.fn();
    render(<SamplePreview html={HOSTILE} address="https://hub.infomentor.se/#/xxx" onSave={onSave} onClose={() => {}} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Anonymt sidprov');
    expect(screen.getByText(/Ingenting skickas någonstans/)).toBeTruthy();
    // The file is text in a <pre>, never markup: no image element was made from it.
    expect(document.querySelector('[data-sample-file]')?.textContent).toBe(HOSTILE);
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByText('Sidans adress i provet: https://hub.infomentor.se/#/xxx')).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Spara filen' }));
    expect(onSave).toHaveBeenCalledOnce();
  });

  it('cannot save before the sample is made or when the page cannot be reached, and says which', () => {
    const { rerender } = render(<SamplePreview html={undefined} onSave={() => {}} onClose={() => {}} />);
    expect(screen.getByRole('status').textContent).toBe('Gör sidprovet …');
    expect((screen.getByRole('button', { name: 'Spara filen' }) as HTMLButtonElement).disabled).toBe(true);
    rerender(<SamplePreview html={null} onSave={() => {}} onClose={() => {}} />);
    expect(screen.getByRole('alert').textContent).toContain('Insyn når inte sidan');
    expect((screen.getByRole('button', { name: 'Spara filen' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('says where the file went, in English when the teacher chose it', () => {
    setLanguage('en');
    render(<SamplePreview html="<p></p>" savedAs="insyn-sidprov-2026-12-01-0905.html" onSave={() => {}} onClose={() => {}} />);
    expect(screen.getByRole('status').textContent).toBe(
      "Saved as insyn-sidprov-2026-12-01-0905.html in your downloads. Attach the file when you write to Insyn's developers.",
    );
  });
});
