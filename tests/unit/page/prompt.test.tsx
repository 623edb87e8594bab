import { describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { analysisWith, fakeBackground } from './fakes';
import { renderPanel } from './render-panel';

const URL = 'https://skola.infomentor.se/x';
const page = analysisWith([
  { pupil: 'Carlsson, Maja', pupilId: '4102' },
  { pupil: 'Lund, Ella', pupilId: '4109' },
  { pupil: 'Sandberg, Saga', pupilId: '4117' },
]);
const prompt = () => screen.queryByRole('region', { name: 'Kontakta vårdnadshavare till 3 elever?' });

async function readPage(flow: ReturnType<typeof renderPanel>['flow']) {
  await act(() => flow.pageRead(page, URL, ''));
}

describe('the prompt', () => {
  it('appears, non-modal, for risks the background flags, naming the pupils, without taking focus', async () => {
    const { flow } = renderPanel();
    const before = document.activeElement;
    await readPage(flow);
    const region = prompt();
    expect(region).not.toBeNull();
    expect(
      within(region!)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Carlsson, Maja', 'Lund, Ella', 'Sandberg, Saga']);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(before);
    expect(screen.getByText('3 elever riskerar att inte nå godtagbara kunskaper i matematik — vårdnadshavare ej kontaktade')).toBeTruthy();
  });

  it('does not appear when nothing is flagged', async () => {
    const { flow } = renderPanel({ background: fakeBackground({ prompt: false }) });
    await readPage(flow);
    expect(screen.queryByRole('region', { name: /Kontakta vårdnadshavare/ })).toBeNull();
    // Nothing to ask: the panel stays folded (counts only) until the teacher opens it.
    expect(screen.queryByText('Ej kontaktad')).toBeNull();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Visa Insyn' }));
    expect(screen.getAllByText('Ej kontaktad')).toHaveLength(3);
  });

  it('"Påminn mig i morgon" postpones to tomorrow 07:00, says so, and goes away', async () => {
    const user = userEvent.setup();
    const { flow, background } = renderPanel();
    await readPage(flow);
    await user.click(within(prompt()!).getByRole('button', { name: 'Påminn mig i morgon' }));
    expect(background.callsOf('risk/postpone')).toEqual([
      {
        riskIds: ['4102|Matematik|Ht 2025', '4109|Matematik|Ht 2025', '4117|Matematik|Ht 2025'],
        until: new Date(2025, 10, 22, 7).getTime(),
      },
    ]);
    expect(prompt()).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Insyn påminner dig i morgon.');
    await readPage(flow);
    expect(prompt()).toBeNull();
  });

  it('"Inte i risk" needs a reason, then records it and shows it', async () => {
    const user = userEvent.setup();
    const { flow, background } = renderPanel();
    await readPage(flow);
    await user.click(within(prompt()!).getByRole('button', { name: 'Inte i risk …' }));
    const reason = screen.getByLabelText('Skäl (krävs)');
    expect(document.activeElement).toBe(reason);
    await user.click(screen.getByRole('button', { name: 'Spara bedömning' }));
    expect(screen.getByRole('alert').textContent).toBe('⚠ Skriv varför eleven inte är i risk.');
    expect(background.callsOf('risk/dismiss')).toEqual([]);
    await user.type(reason, 'Nya prov visar godtagbara kunskaper');
    await user.click(screen.getByRole('button', { name: 'Spara bedömning' }));
    expect(background.callsOf('risk/dismiss')).toEqual([
      {
        riskIds: ['4102|Matematik|Ht 2025', '4109|Matematik|Ht 2025', '4117|Matematik|Ht 2025'],
        reason: 'Nya prov visar godtagbara kunskaper',
      },
    ]);
    expect(prompt()).toBeNull();
    expect(screen.getAllByText('Inte i risk (Nya prov visar godtagbara kunskaper)')).toHaveLength(3);
    await readPage(flow);
    expect(prompt()).toBeNull();
  });

  it('closed by the teacher, it stays closed for the page session although the background still flags it', async () => {
    const user = userEvent.setup();
    const { flow, background } = renderPanel();
    await readPage(flow);
    await user.click(screen.getByRole('button', { name: 'Dölj för nu' }));
    expect(prompt()).toBeNull();
    await readPage(flow);
    expect(background.risks.get('4102|Matematik|Ht 2025')!.prompt).toBe(true);
    expect(prompt()).toBeNull();
    expect(background.callsOf('risk/postpone')).toEqual([]);
  });

  it('"Skriv till vårdnadshavare" drafts for every prompted pupil, one at a time', async () => {
    const user = userEvent.setup();
    const { flow } = renderPanel();
    await readPage(flow);
    await user.click(within(prompt()!).getByRole('button', { name: 'Skriv till vårdnadshavare' }));
    expect(screen.getByRole('heading', { name: 'Meddelande till Maja Carlssons vårdnadshavare' })).toBeTruthy();
    expect(screen.getByText('Elev 1 av 3')).toBeTruthy();
  });
});
