import { describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { badgeWords } from '@/utils/content/status-text';
import { draftFor } from '@/utils/content/draft';
import type { RiskView } from '@/utils/messaging/protocol';
import { analysisWith, drafting, fakeBackground } from './fakes';
import { renderPanel } from './render-panel';

/** Told means told in the panel: attempts, both guardians, protected personal data, an interpreter. */
const page = analysisWith([{ pupil: 'Olsson, Nils', pupilId: '4112' }]);

async function open(view: Partial<RiskView> = {}) {
  const panel = renderPanel({ background: fakeBackground({ view }) });
  await act(() => panel.flow.pageRead(page, 'https://skola.infomentor.se/x', ''));
  return { ...panel, user: userEvent.setup(), row: () => screen.getByRole('heading', { name: 'Olsson, Nils' }).closest('li')! };
}

async function openLog(panel: Awaited<ReturnType<typeof open>>) {
  await panel.user.click(screen.getByRole('button', { name: 'Logga kontakt för Olsson, Nils' }));
  return within(screen.getByRole('form', { name: 'Logga kontakt med vårdnadshavare för Olsson, Nils' }));
}

describe('an unanswered call in the panel', () => {
  it('asks when to try again, and the row and badge say "Försökt … · ej nådd" with the retry, never informed', async () => {
    const panel = await open();
    const f = await openLog(panel);
    expect(f.queryByLabelText('Nytt försök')).not.toBeNull(); // no outcome yet: nobody is informed
    await panel.user.click(f.getByLabelText('Nådd'));
    expect(f.queryByLabelText('Nytt försök')).toBeNull();
    await panel.user.click(f.getByLabelText('Ej nådd'));
    await panel.user.type(f.getByLabelText('Nytt försök'), '2025-11-24');
    await panel.user.click(f.getByRole('button', { name: 'Spara kontakt' }));
    expect(panel.background.callsOf('contact/log')).toEqual([expect.objectContaining({ outcome: 'ej-nadd', retry: '2025-11-24' })]);
    expect(panel.row().querySelector('.status')!.textContent).toBe('Försökt 21 nov (telefon) · ej nådd · Nytt försök 24 nov');
    const [pupil] = panel.flow.getState().pupils;
    expect(badgeWords(pupil!)).toBe('Försökt 21 nov · ej nådd');
  });
});

describe('two guardians', () => {
  it('asks which guardians the contact was with, proposes the one not yet told, and needs at least one', async () => {
    const panel = await open({ guardians: { owed: [1, 2], informed: [1] } });
    const f = await openLog(panel);
    const [first, second] = [f.getByLabelText('Vårdnadshavare 1'), f.getByLabelText('Vårdnadshavare 2')] as HTMLInputElement[];
    expect([first!.checked, second!.checked]).toEqual([false, true]);
    await panel.user.click(second!);
    await panel.user.click(f.getByLabelText('Nådd'));
    await panel.user.click(f.getByRole('button', { name: 'Spara kontakt' }));
    expect(panel.background.callsOf('contact/log')).toEqual([]);
    expect(f.getByText('Välj minst en vårdnadshavare.')).toBeTruthy();
    expect(document.activeElement).toBe(first);
    await panel.user.click(first!);
    await panel.user.click(second!);
    await panel.user.click(f.getByRole('button', { name: 'Spara kontakt' }));
    expect(panel.background.callsOf('contact/log')).toEqual([expect.objectContaining({ guardians: [1, 2] })]);
  });

  it('says "en av två informerad" while one guardian is told', async () => {
    const panel = await open({
      guardians: { owed: [1, 2], informed: [1] },
      lastContact: { at: new Date(2025, 10, 20, 9).getTime(), channel: 'telefon', outcome: 'nadd', informs: true },
    });
    expect(panel.row().querySelector('.status')!.textContent).toBe('En av två informerad · senast 20 nov (telefon)');
    expect(badgeWords(panel.flow.getState().pupils[0]!)).toBe('En av två informerad');
  });

  it('shows no guardian choice for a pupil with one guardian', async () => {
    const f = await openLog(await open({ guardians: { owed: [1], informed: [] } }));
    expect(f.queryByLabelText('Vårdnadshavare 1')).toBeNull();
  });
});

describe('protected personal data', () => {
  it('offers no draft or letter, says to follow the school’s routine, and marks the badge', async () => {
    const panel = await open({ protectedData: true });
    expect(within(panel.row()).queryByRole('button', { name: 'Skriv till vårdnadshavare för Olsson, Nils' })).toBeNull();
    expect(within(panel.row()).getByText(/Följ skolans rutin/)).toBeTruthy();
    const prompt = screen.getByRole('region', { name: /Nils Olsson/ });
    expect(within(prompt).queryByRole('button', { name: 'Skriv till vårdnadshavare' })).toBeNull();
    await act(() => panel.flow.openForm({ kind: 'draft', pupilKeys: ['id:4112'] }));
    expect(panel.flow.getState().form).toBeUndefined();
    expect(screen.queryByRole('form')).toBeNull();
    expect(badgeWords(panel.flow.getState().pupils[0]!)).toBe('Risk · Ej kontaktad · Skyddade personuppgifter');
    // Logging a contact made through the school's routine still works.
    expect(within(panel.row()).getByRole('button', { name: 'Logga kontakt för Olsson, Nils' })).toBeTruthy();
  });

  it('says the school’s own routine when its settings hold one, in the row, the prompt and the refused draft', async () => {
    const routine = 'Kontakta rektor, som når vårdnadshavarna genom Skatteverket.';
    const panel = renderPanel({
      background: fakeBackground({ view: { protectedData: true }, context: { ...drafting, protectedRoutine: routine } }),
    });
    await act(() => panel.flow.pageRead(page, 'https://skola.infomentor.se/x', ''));
    const expected = `Skyddade personuppgifter: Insyn skriver inget e-postmeddelande och inget brev för den här eleven. Skolans rutin: ${routine}`;
    const row = () => screen.getByRole('heading', { name: 'Olsson, Nils' }).closest('li')!;
    await waitFor(() => expect(row().querySelector('[data-insyn-protected]')!.textContent).toBe(expected));
    const prompt = screen.getByRole('region', { name: /Nils Olsson/ });
    expect(prompt.querySelector('[data-insyn-protected]')!.textContent).toBe(expected);
    expect(document.body.textContent).not.toContain('Följ skolans rutin');
    await act(() => panel.flow.openForm({ kind: 'draft', pupilKeys: ['id:4112'] }));
    expect(panel.flow.getState().announcement?.text).toBe(expected);
  });

  it('an interpreter need is shown with its language, and never the child', async () => {
    const panel = await open({ interpreter: 'arabiska' });
    expect(within(panel.row()).getByText(/Tolk behövs \(arabiska\)/).textContent).toContain('Låt aldrig eleven tolka.');
  });
});

describe('the draft for guardians who need an interpreter', () => {
  it('offers to book an interpreter in the template’s language, and not without the need', () => {
    const view = (extra: Partial<RiskView>): RiskView => ({
      riskId: 'r',
      pupil: 'Olsson, Nils',
      subject: 'Matematik',
      status: 'open',
      prompt: true,
      ...extra,
    });
    const pupil = (extra: Partial<RiskView>) => ({
      key: 'k',
      pupil: 'Olsson, Nils',
      risks: [{ pupil: 'Olsson, Nils', subject: 'Matematik', reasons: [], view: view(extra) }],
    });
    const sv = drafting.templates.find((t) => t.lang === 'sv')!;
    expect(draftFor(sv, pupil({ interpreter: 'arabiska' }), drafting, '').body).toContain(
      'Skolan bokar en tolk på arabiska till vårt samtal',
    );
    expect(draftFor(sv, pupil({}), drafting, '').body).not.toContain('tolk');
  });
});
