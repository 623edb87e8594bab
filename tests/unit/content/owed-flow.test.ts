import { describe, expect, it, vi } from 'vitest';
import type { Send } from '@/utils/content/contact-flow';
import { createOwedFlow } from '@/utils/content/owed-flow';
import type { PageAnalysis } from '@/utils/infomentor/analysis';
import type { QuietPage } from '@/utils/infomentor/quiet-pages';
import { setLanguage } from '@/utils/i18n';

const OWED = { items: [], askRole: ['2A', '5A'] };
const page = (pupils: number, kind: PageAnalysis['kind'] = 'iup-list'): PageAnalysis => ({
  kind,
  context: {},
  pupils: Array.from({ length: pupils }, (_, i) => ({ name: `Elev ${i}` })),
  atRisk: [],
  documents: [],
});

function setUp(quiet?: QuietPage, failing: string[] = []) {
  const calls: string[] = [];
  const send = vi.fn(async (type: string) => {
    calls.push(type);
    if (failing.includes(type)) throw new Error('closed');
    if (type === 'checklist/due') return { thisWeek: 2, overdue: 1 };
    if (type === 'page/read') return { stored: true, risks: [] };
    return OWED;
  }) as unknown as Send;
  const owed = createOwedFlow({ send, quietPage: () => quiet });
  return {
    owed,
    calls,
    read: (analysis: PageAnalysis) => owed.watch(send)('page/read', { url: 'https://skola.infomentor.se/', analysis }),
  };
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the panel’s checklist flow in the content script', () => {
  it('asks what is owed only after the background has stored the reading, never for a page without pupils', async () => {
    const { owed, calls, read } = setUp();
    await read(page(3));
    await settle();
    expect(calls).toEqual(['page/read', 'checklist/for-page']);
    expect(owed.getState().askRole).toEqual(['2A', '5A']);
    await read(page(0, 'unknown'));
    await settle();
    expect(calls).toEqual(['page/read', 'checklist/for-page', 'page/read']);
    expect(owed.getState()).toMatchObject({ items: [], askRole: [] });
  });

  it('on a quiet page asks for the due counts instead', async () => {
    const { owed, calls, read } = setUp('start');
    await read(page(0, 'unknown'));
    await settle();
    expect(calls).toEqual(['page/read', 'checklist/due']);
    expect(owed.getState().quiet).toEqual({ page: 'start', due: { thisWeek: 2, overdue: 1 } });
  });

  it('"Inte nu" leaves the group out while the page lives; a refused tick says so and answers false', async () => {
    setLanguage('sv');
    const { owed, read } = setUp(undefined, ['checklist/confirm']);
    await read(page(3));
    await settle();
    owed.putOffRole('2A');
    expect(owed.getState().askRole).toEqual(['5A']);
    await read(page(3));
    await settle();
    expect(owed.getState().askRole).toEqual(['5A']);
    expect(await owed.confirm(['i1'], '2025-12-18', false)).toBe(false);
    expect(owed.getState().error).toBe('Insyn kunde inte spara. Försök igen.');
  });
});
