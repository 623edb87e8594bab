import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { formsSlot } from '@/components/page/FormsSlot';
import { drawForms } from '@/components/page/forms-drawing';
import { lendPanelForms } from '@/utils/content/page-tools';
import { analysisWith, fakeBackground } from './fakes';
import { renderPanel } from './render-panel';

const page = analysisWith([{ pupil: 'Berg, Anna' }, { pupil: 'Lind, Omar' }]);
let takeBack: (() => void) | undefined;
afterEach(() => takeBack?.());

/** The panel as the content script shows it: its forms come from the forms script, started on the first form. */
async function panelWithSlot(start: () => Promise<boolean>) {
  const load = vi.fn(start);
  const view = renderPanel({ background: fakeBackground({ prompt: false }), Forms: formsSlot(load) });
  await act(() => view.flow.pageRead(page, 'https://skola.infomentor.se/x', ''));
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: 'Visa Insyn' }));
  return { ...view, user, load };
}

/** What the forms script does as it starts (entrypoints/infomentor-forms.content/). */
const startTheFormsScript = async () => {
  takeBack = lendPanelForms({ draw: drawForms });
  return true;
};

describe('the panel’s forms from their own script (issue 20)', () => {
  it('starts the forms script at the first form, draws the form inside the panel, and clears it on close', async () => {
    const { user, load, container } = await panelWithSlot(startTheFormsScript);
    expect(load).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Skriv till vårdnadshavare för alla 2 ej kontaktade' }));
    const template = await screen.findByLabelText('Mall');
    expect(load).toHaveBeenCalled();
    expect(container.querySelector('[data-insyn-panel] [data-insyn-forms]')?.contains(template)).toBe(true);
    expect(screen.queryByText('Läser in …')).toBeNull();
    // Focus moved into the form, as it does when the form is part of the panel.
    expect(document.activeElement?.closest('[data-insyn-forms]')).not.toBeNull();
    await user.keyboard('{Escape}');
    expect(screen.queryByLabelText('Mall')).toBeNull();
    const opener = screen.getByRole('button', { name: 'Logga kontakt för Lind, Omar' });
    await user.click(opener);
    expect(await screen.findByRole('form', { name: 'Logga kontakt med vårdnadshavare för Lind, Omar' })).toBeTruthy();
    // Ids count across both scripts: the form's labels point at its own fields.
    expect(document.activeElement).toBe(screen.getByLabelText('Kanal'));
    const calls = load.mock.calls.length;
    await user.keyboard('{Escape}');
    expect(document.activeElement).toBe(opener);
    await user.click(screen.getByRole('button', { name: 'Skriv till vårdnadshavare för alla 2 ej kontaktade' }));
    await screen.findByLabelText('Mall');
    expect(load.mock.calls.length).toBe(calls);
  });

  it('says it is loading until the script has started, and says so when it could not start', async () => {
    let refuse: (started: boolean) => void = () => {};
    const { user } = await panelWithSlot(() => new Promise<boolean>((done) => (refuse = done)));
    await user.click(screen.getByRole('button', { name: 'Skriv till vårdnadshavare för alla 2 ej kontaktade' }));
    expect(screen.getByText('Läser in …')).toBeTruthy();
    await act(() => refuse(false));
    expect((await screen.findByRole('alert')).textContent).toBe('Insyn kunde inte öppna formuläret. Ladda om sidan och försök igen.');
    expect(screen.queryByLabelText('Mall')).toBeNull();
  });
});
