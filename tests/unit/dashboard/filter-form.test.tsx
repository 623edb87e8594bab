import { act, cleanup, fireEvent, render, renderHook, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FilterForm, type FilterSpec } from '@/components/dashboard/FilterForm';
import { channelLabel } from '@/components/dashboard/labels';
import { useFilters } from '@/components/dashboard/use-filters';
import { CONTACT_CHANNELS, type ContactChannel } from '@/utils/domain/contact-channels';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

type Values = { channel: ContactChannel | ''; subject: string; text: string };
const filters: FilterSpec<Values>[] = [
  { key: 'channel', id: 'f-channel', label: 'Kanal', choices: CONTACT_CHANNELS, choiceLabel: (c) => channelLabel(c as ContactChannel) },
  { key: 'subject', id: 'f-subject', label: 'Ämne', type: 'text', suggestions: ['Matematik', 'Svenska'] },
  { key: 'text', id: 'f-search', label: 'Sök', hint: 'Namn eller klass', type: 'search' },
];

describe('the dashboard lists’ one filter form', () => {
  it('draws each filter as a labelled field: a domain list’s values after "Alla", a text with its suggestions', () => {
    render(<FilterForm filters={filters} values={{ channel: 'telefon', subject: '', text: '' }} onChange={() => undefined} />);
    const form = screen.getByRole('search', { name: 'Filter' });
    const channel = within(form).getByLabelText('Kanal') as HTMLSelectElement;
    expect([...channel.options].map((o) => o.value)).toEqual(['', ...CONTACT_CHANNELS]);
    expect(channel.options[0]!.textContent).toBe('Alla');
    expect(channel.options[1]!.textContent).toBe(channelLabel(CONTACT_CHANNELS[0]));
    expect(channel.value).toBe('telefon');
    const subject = within(form).getByLabelText('Ämne') as HTMLInputElement;
    const list = document.getElementById(subject.getAttribute('list')!)!;
    expect([...list.querySelectorAll('option')].map((o) => o.value)).toEqual(['Matematik', 'Svenska']);
    const search = within(form).getByLabelText('Sök');
    expect(search.getAttribute('type')).toBe('search');
    expect(document.getElementById(search.getAttribute('aria-describedby')!)!.textContent).toBe('Namn eller klass');
  });

  it('hands back the one value changed, under its key', () => {
    const onChange = vi.fn();
    render(<FilterForm filters={filters} values={{ channel: '', subject: '', text: '' }} onChange={onChange} />);
    fireEvent.change(screen.getByLabelText('Kanal'), { target: { value: 'brev' } });
    expect(onChange).toHaveBeenLastCalledWith({ channel: 'brev' });
    fireEvent.input(screen.getByLabelText('Ämne'), { target: { value: 'Sv' } });
    expect(onChange).toHaveBeenLastCalledWith({ subject: 'Sv' });
  });
});

describe('useFilters', () => {
  it('leaves out what is not chosen, and takes the search only once typing pauses', () => {
    vi.useFakeTimers();
    const { result } = renderHook(() => useFilters<Values>({ channel: 'telefon', subject: '', text: '' }));
    expect(result.current.filter).toEqual({ channel: 'telefon' });
    act(() => result.current.onChange({ text: 'Ali', channel: '' }));
    expect(result.current.values).toEqual({ channel: '', subject: '', text: 'Ali' });
    expect(result.current.filter).toEqual({});
    act(() => void vi.advanceTimersByTime(300));
    expect(result.current.filter).toEqual({ text: 'Ali' });
    expect(result.current.key).toBe(JSON.stringify({ text: 'Ali' }));
  });
});
