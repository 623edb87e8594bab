import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { TeachFlow } from '@/components/teach/TeachFlow';
import type { TeachPreview, TeachTables } from '@/utils/content/teach-bridge';
import { setLanguage } from '@/utils/i18n';
import type { PageRecipe } from '@/utils/recipes/types';
import { TeachAnswerError } from '@/utils/messaging/teach-protocol';

afterEach(cleanup);
setLanguage('sv');

const PAGE: TeachTables = {
  url: 'https://skola.infomentor.se/Assessment/#/lagesbedomning/group/812',
  title: 'Lägesbedömning 8B – InfoMentor',
  headings: ['Lägesbedömning', 'Deltagare i 8B'],
  tables: [
    { index: 0, headers: ['Datum', 'Händelse', 'Av'], rows: 2, title: 'Senaste händelser' },
    { index: 1, headers: ['Deltagare', 'Lägesbedömning', 'Lärarens notering', 'Låst'], rows: 7, title: 'Deltagare i 8B' },
  ],
};
const APPLIED: TeachPreview = {
  status: 'applied',
  missing: [],
  kind: 'group-assessment',
  context: { group: '8B', subject: 'Matematik', term: 'Ht 2025' },
  pupils: 7,
  atRisk: [{ pupil: 'Berg, Elias', subject: 'Matematik', source: 'recipe', reasons: ['Ämnesomdöme: otillräckliga kunskaper'] }],
};

function setup(preview: TeachPreview = APPLIED, saveProblem?: string) {
  const onLook = vi.fn();
  const onPreview = vi.fn(async (_recipe: PageRecipe) => preview);
  const onSave = vi.fn(async (_recipe: PageRecipe) => saveProblem);
  const onClose = vi.fn();
  render(<TeachFlow page={PAGE} newId={() => 'r-test'} onLook={onLook} onPreview={onPreview} onSave={onSave} onClose={onClose} />);
  return { onLook, onPreview, onSave, onClose };
}

const choose = (label: RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('TeachFlow', () => {
  it('lists the tables by their headers; focusing one outlines it on the page', () => {
    const { onLook } = setup();
    const option = screen.getByRole('radio', { name: /Tabell 2: Deltagare · Lägesbedömning/ });
    fireEvent.focus(option);
    expect(onLook).toHaveBeenLastCalledWith(1);
    expect(screen.queryByLabelText(/Kolumn med elevens namn/)).toBeNull();
  });

  it('builds the recipe from the choices, previews the risks, and saves it', async () => {
    const { onPreview, onSave } = setup();
    fireEvent.click(screen.getByRole('radio', { name: /Tabell 2/ }));
    choose(/Kolumn med elevens namn/, 'Deltagare');
    choose(/Kolumn med bedömning/, 'Lägesbedömning');
    choose(/Kolumn med kommentar/, 'Lärarens notering');
    fireEvent.click(screen.getByRole('button', { name: 'Visa hur Insyn läser sidan' }));
    await screen.findByText(/7 elever, 1 i risk/);
    // Keyboard and screen-reader users are taken to the reading.
    await waitFor(() => expect(document.activeElement?.id).toBe('teach-preview'));
    expect(screen.getByText('Berg, Elias')).toBeTruthy();
    expect(screen.getByText('Grupp 8B · Ämne Matematik · Termin Ht 2025')).toBeTruthy();
    expect(onPreview).toHaveBeenCalledWith({
      version: 1,
      id: 'r-test',
      name: 'Lägesbedömning',
      match: { host: 'skola.infomentor.se', path: '/Assessment/#/lagesbedomning/group/*', heading: 'Lägesbedömning' },
      kind: 'group-assessment',
      columns: { pupil: 'Deltagare', level: 'Lägesbedömning', comment: 'Lärarens notering' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Spara receptet' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/Receptet ”Lägesbedömning” är sparat/));
    expect(onSave).toHaveBeenCalledOnce();
  });

  it('asks for the required columns and a well-written term before previewing', async () => {
    const { onPreview } = setup();
    fireEvent.click(screen.getByRole('radio', { name: /Tabell 2/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Visa hur Insyn läser sidan' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Välj kolumnen med elevens namn/);
    choose(/Kolumn med elevens namn/, 'Deltagare');
    choose(/Kolumn med bedömning/, 'Lägesbedömning');
    fireEvent.input(screen.getByLabelText(/^Termin/), { target: { value: 'hösten' } });
    fireEvent.click(screen.getByRole('button', { name: 'Visa hur Insyn läser sidan' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Ht 2025/);
    expect(screen.getByLabelText(/^Termin/).getAttribute('aria-invalid')).toBe('true');
    expect(onPreview).not.toHaveBeenCalled();
  });

  it('says when the choices do not fit the page, and offers no save', async () => {
    setup({ status: 'stale', missing: ['Datum'], kind: 'unknown', context: {}, pupils: 0, atRisk: [] });
    fireEvent.click(screen.getByRole('radio', { name: /Tabell 1/ }));
    choose(/Kolumn med elevens namn/, 'Datum');
    choose(/Kolumn med bedömning/, 'Händelse');
    fireEvent.click(screen.getByRole('button', { name: 'Visa hur Insyn läser sidan' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/saknas: Datum/);
    expect(screen.queryByRole('button', { name: 'Spara receptet' })).toBeNull();
  });

  it('shows why saving failed, and a changed choice needs a new preview', async () => {
    setup(APPLIED, 'Namn är för långt (högst 80 tecken).');
    fireEvent.click(screen.getByRole('radio', { name: /Tabell 2/ }));
    choose(/Kolumn med elevens namn/, 'Deltagare');
    choose(/Kolumn med bedömning/, 'Lägesbedömning');
    fireEvent.click(screen.getByRole('button', { name: 'Visa hur Insyn läser sidan' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Spara receptet' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/sparades inte: Namn är för långt/);
    choose(/Kolumn med kommentar/, 'Låst');
    expect(screen.queryByRole('button', { name: 'Spara receptet' })).toBeNull();
  });

  it('says so when the page cannot be reached', () => {
    render(<TeachFlow page={null} newId={() => 'x'} onLook={vi.fn()} onPreview={vi.fn()} onSave={vi.fn()} onClose={vi.fn()} />);
    expect(screen.getByRole('alert').textContent).toMatch(/Ladda om InfoMentor-sidan/);
  });

  it('says so when the page’s answer was not understood, and shows nothing of it', async () => {
    render(
      <TeachFlow page="not-understood" newId={() => 'r-test'} onLook={vi.fn()} onPreview={vi.fn()} onSave={vi.fn()} onClose={vi.fn()} />,
    );
    expect(screen.getByRole('alert').textContent).toBe(
      'Insyn förstod inte sidans svar och visar inget av det. Ladda om InfoMentor-sidan och försök igen.',
    );
    expect(screen.queryByRole('radio')).toBeNull();
  });

  it('tells a malformed preview answer apart from a page out of reach', async () => {
    const onPreview = vi.fn(async (_recipe: PageRecipe): Promise<TeachPreview> => {
      throw new TeachAnswerError("the page's answer to teach/preview is not understood");
    });
    render(<TeachFlow page={PAGE} newId={() => 'r-test'} onLook={vi.fn()} onPreview={onPreview} onSave={vi.fn()} onClose={vi.fn()} />);
    fireEvent.click(screen.getByRole('radio', { name: /Tabell 2/ }));
    choose(/Kolumn med elevens namn/, 'Deltagare');
    choose(/Kolumn med bedömning/, 'Lägesbedömning');
    fireEvent.click(screen.getByRole('button', { name: 'Visa hur Insyn läser sidan' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/förstod inte sidans svar/);
    expect(screen.queryByText(/i risk/)).toBeNull();
  });
});
