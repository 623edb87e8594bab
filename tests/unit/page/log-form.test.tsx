import { describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { analysisWith, fakeBackground } from './fakes';
import { renderPanel } from './render-panel';

const page = analysisWith([
  { pupil: 'Carlsson, Maja', pupilId: '4102' },
  { pupil: 'Olsson, Nils', pupilId: '4112' },
]);

async function openLog(options: Parameters<typeof renderPanel>[0] = {}) {
  const view = renderPanel(options);
  await act(() => view.flow.pageRead(page, 'https://skola.infomentor.se/x', ''));
  const user = userEvent.setup();
  const opener = screen.getByRole('button', { name: 'Logga kontakt för Olsson, Nils' });
  await user.click(opener);
  return { ...view, user, opener, form: () => screen.getByRole('form', { name: 'Logga kontakt med vårdnadshavare för Olsson, Nils' }) };
}

describe('logging a guardian contact', () => {
  it('labels every control and starts at now, by phone; focus goes to the first field', async () => {
    const { form } = await openLog();
    const f = within(form());
    expect((f.getByLabelText('Kanal') as HTMLSelectElement).value).toBe('telefon');
    expect(document.activeElement).toBe(f.getByLabelText('Kanal'));
    expect((f.getByLabelText('När') as HTMLInputElement).value).toBe('2025-11-21T14:30');
    for (const label of ['Med vem', 'Kort sammanfattning', 'Uppföljning (valfritt)', 'Nådd', 'Ej nådd', 'Möte bokat'])
      expect(f.getByLabelText(label)).toBeTruthy();
    expect(f.getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Telefon',
      'E-post',
      'InfoMentor-meddelande',
      'Möte',
      'Brev',
      'Sms',
      'Annat',
    ]);
  });

  it('refuses to save without an outcome, shows why at the field and moves focus there', async () => {
    const { form, user, background } = await openLog();
    await user.click(within(form()).getByRole('button', { name: 'Spara kontakt' }));
    expect(background.callsOf('contact/log')).toEqual([]);
    expect(within(form()).getByText('Välj ett resultat.')).toBeTruthy();
    expect(document.activeElement).toBe(within(form()).getByLabelText('Nådd'));
  });

  it('warns, without blocking, when the summary looks like health information', async () => {
    const { form, user, background } = await openLog();
    const f = within(form());
    expect(f.queryByText(/inte platsen för hälsouppgifter/)).toBeNull();
    await user.type(f.getByLabelText('Kort sammanfattning'), 'Pappa berättade om en ADHD-utredning på BUP');
    const warning = f.getByText(/Insyn är inte platsen för hälsouppgifter/);
    expect(warning.textContent).toContain('ADHD, BUP');
    expect(f.getByLabelText('Kort sammanfattning').getAttribute('aria-describedby')).toContain(warning.parentElement!.id);
    await user.click(f.getByLabelText('Nådd'));
    await user.click(f.getByRole('button', { name: 'Spara kontakt' }));
    expect(background.callsOf('contact/log')).toHaveLength(1);
  });

  it('saves the contact; the list shows the outcome with date and channel, and the live region confirms', async () => {
    const { form, user, background, opener } = await openLog();
    const f = within(form());
    await user.type(f.getByLabelText('Med vem'), 'Mamma');
    await user.type(f.getByLabelText('Kort sammanfattning'), 'Pratade om bråk, möte bokat');
    await user.click(f.getByLabelText('Möte bokat'));
    await user.type(f.getByLabelText('Uppföljning (valfritt)'), '2025-12-03');
    await user.click(f.getByRole('button', { name: 'Spara kontakt' }));
    expect(background.callsOf('contact/log')).toEqual([
      {
        riskIds: ['4112|Matematik|Ht 2025'],
        at: new Date(2025, 10, 21, 14, 30).getTime(),
        channel: 'telefon',
        withWhom: 'Mamma',
        summary: 'Pratade om bråk, möte bokat',
        outcome: 'mote-bokat',
        guardians: [1],
        followUp: '2025-12-03',
      },
    ]);
    expect(screen.queryByRole('form')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Kontakt loggad');
    const nils = screen.getByRole('heading', { name: 'Olsson, Nils' }).closest('li')!;
    expect(nils.querySelector('.status')!.textContent).toBe('Möte bokat 21 nov (telefon) · Uppföljning 3 dec');
    expect(document.activeElement).toBe(opener);
  });

  it('keeps what was typed when the background refuses, and says so', async () => {
    const { form, user } = await openLog({ background: fakeBackground({ failing: ['contact/log'] }) });
    const f = within(form());
    await user.type(f.getByLabelText('Kort sammanfattning'), 'Viktig anteckning');
    await user.click(f.getByLabelText('Ej nådd'));
    await user.click(f.getByRole('button', { name: 'Spara kontakt' }));
    expect(f.getByRole('alert').textContent).toContain('Insyn kunde inte spara');
    expect((f.getByLabelText('Kort sammanfattning') as HTMLTextAreaElement).value).toBe('Viktig anteckning');
  });

  it('Escape closes the form and returns focus to "Logga kontakt"', async () => {
    const { user, opener } = await openLog();
    await user.type(screen.getByLabelText('Med vem'), 'Pappa');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('form')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('is not offered while the background cannot say where the risks stand', async () => {
    const view = renderPanel({ background: fakeBackground({ failing: ['page/read'] }) });
    await act(() => view.flow.pageRead(page, 'https://skola.infomentor.se/x', ''));
    await userEvent.setup().click(screen.getByRole('button', { name: 'Visa Insyn' }));
    // Drafting needs no status: one per pupil, and one for both.
    expect(screen.getAllByRole('button', { name: /^Skriv till vårdnadshavare för / })).toHaveLength(3);
    expect(screen.queryByRole('button', { name: /^Logga kontakt/ })).toBeNull();
    expect(screen.getByText(/Insyn kunde inte hämta om vårdnadshavare redan kontaktats/)).toBeTruthy();
    expect(screen.getAllByText('Status okänd')).toHaveLength(2);
  });
});

describe('logging the same contact for several pupils', () => {
  async function openSeveral(options: Parameters<typeof renderPanel>[0] = {}) {
    const view = renderPanel(options);
    await act(() =>
      view.flow.pageRead(
        analysisWith([
          { pupil: 'Carlsson, Maja', pupilId: '4102' },
          { pupil: 'Lund, Ella', pupilId: '4109' },
          { pupil: 'Olsson, Nils', pupilId: '4112' },
        ]),
        'https://skola.infomentor.se/x',
        '',
      ),
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Logga kontakt för flera elever' }));
    const form = screen.getByRole('form', { name: 'Logga samma kontakt för flera elever' });
    return { ...view, user, f: within(form) };
  }

  it('asks for at least one pupil, then logs one contact for each ticked pupil', async () => {
    const { f, user, background } = await openSeveral();
    expect(document.activeElement).toBe(f.getByLabelText('Carlsson, Maja'));
    await user.click(f.getByLabelText('Möte bokat'));
    await user.click(f.getByRole('button', { name: 'Spara kontakt' }));
    expect(f.getByText('Kryssa för minst en elev.')).toBeTruthy();
    expect(background.callsOf('contact/log')).toEqual([]);

    await user.click(f.getByLabelText('Carlsson, Maja'));
    await user.click(f.getByLabelText('Olsson, Nils'));
    await user.selectOptions(f.getByLabelText('Kanal'), 'mote');
    await user.click(f.getByRole('button', { name: 'Spara kontakt' }));
    expect(background.callsOf('contact/log').map((c) => [c.riskIds, c.channel])).toEqual([
      [['4102|Matematik|Ht 2025'], 'mote'],
      [['4112|Matematik|Ht 2025'], 'mote'],
    ]);
    expect(screen.getByRole('status').textContent).toBe('Kontakt loggad för 2 elever');
    const statusOf = (pupil: string) => screen.getByRole('heading', { name: pupil }).closest('li')!.querySelector('.status')!.textContent;
    expect(statusOf('Carlsson, Maja')).toBe('Möte bokat 21 nov (möte)');
    expect(statusOf('Lund, Ella')).toBe('Ej kontaktad');
    expect(statusOf('Olsson, Nils')).toBe('Möte bokat 21 nov (möte)');
  });

  it('when the background fails part-way, those saved are unticked and the rest can be saved again', async () => {
    const background = fakeBackground();
    const { f, user } = await openSeveral({ background });
    const real = background.spy.getMockImplementation()!;
    let logged = 0;
    background.spy.mockImplementation(async (type, payload) => {
      if (type === 'contact/log' && ++logged === 2) throw new Error('database closed');
      return real(type, payload);
    });
    await user.click(f.getByLabelText('Carlsson, Maja'));
    await user.click(f.getByLabelText('Lund, Ella'));
    await user.click(f.getByLabelText('Nådd'));
    await user.click(f.getByRole('button', { name: 'Spara kontakt' }));
    expect(f.getByRole('alert').textContent).toContain('database closed');
    expect((f.getByLabelText('Carlsson, Maja') as HTMLInputElement).checked).toBe(false);
    expect((f.getByLabelText('Lund, Ella') as HTMLInputElement).checked).toBe(true);
    await user.click(f.getByRole('button', { name: 'Spara kontakt' }));
    // Three requests: Maja (saved), Ella (refused), Ella again (saved); Maja was not logged twice.
    expect(background.spy.mock.calls.filter(([type]) => type === 'contact/log')).toHaveLength(3);
    expect(background.callsOf('contact/log').map((c) => c.riskIds[0])).toEqual(['4102|Matematik|Ht 2025', '4109|Matematik|Ht 2025']);
    expect(screen.queryByRole('form')).toBeNull();
  });
});
