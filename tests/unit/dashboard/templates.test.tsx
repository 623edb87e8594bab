import { cleanup, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InsynDatabase } from '@/utils/db/database';
import { seedTemplates } from '@/utils/store/templates';
import { DEFAULT_TEMPLATES } from '@/utils/templates/defaults';
import { PLACEHOLDERS } from '@/utils/templates/render';
import { freshDatabase } from '../queries/seed';
import { renderDashboard } from './render-dashboard';

let db: InsynDatabase;
beforeEach(async () => {
  db = freshDatabase();
  await seedTemplates(db);
});
afterEach(cleanup);

describe('Mallar', () => {
  it('lists the templates and explains every placeholder', async () => {
    renderDashboard(db, 'templates');
    const table = await screen.findByRole('table', { name: 'Mallar för meddelanden till vårdnadshavare' });
    expect(table.querySelectorAll('tbody tr')).toHaveLength(DEFAULT_TEMPLATES.length);
    const help = screen.getByRole('heading', { name: 'Platshållare' }).parentElement!;
    for (const name of PLACEHOLDERS) expect(help.textContent).toContain(`{${name}}`);
    expect(help.textContent).toContain('elevens namn');
  });

  it('adds a template, refusing it first without a name', async () => {
    renderDashboard(db, 'templates');
    await screen.findByRole('table');
    await userEvent.click(screen.getByRole('button', { name: 'Ny mall' }));
    const dialog = screen.getByRole('dialog', { name: 'Ny mall' });
    await userEvent.type(within(dialog).getByLabelText('Text'), 'Hej! {{pupil} behöver öva mer i {{subject}.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(within(dialog).getByLabelText('Namn').getAttribute('aria-invalid')).toBe('true'));
    expect(await db.templates.count()).toBe(DEFAULT_TEMPLATES.length);

    await userEvent.type(within(dialog).getByLabelText('Namn'), 'Kort påminnelse');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Spara' }));
    await screen.findByText('Mallen "Kort påminnelse" är sparad.');
    const saved = (await db.templates.toArray()).find((t) => t.name === 'Kort påminnelse');
    expect(saved).toMatchObject({ lang: 'sv', body: 'Hej! {pupil} behöver öva mer i {subject}.', builtIn: false });
  });

  it('edits a built-in template in place', async () => {
    renderDashboard(db, 'templates');
    await screen.findByRole('table');
    const first = DEFAULT_TEMPLATES[0]!;
    await userEvent.click(screen.getByRole('button', { name: `Ändra ${first.name}` }));
    const subject = within(screen.getByRole('dialog')).getByLabelText('Ämnesrad');
    await userEvent.clear(subject);
    await userEvent.type(subject, 'Om {{pupil}');
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Spara' }));
    await screen.findByText(`Mallen "${first.name}" är sparad.`);
    expect(await db.templates.get(first.id)).toMatchObject({ subject: 'Om {pupil}', builtIn: true });
    expect(await db.templates.count()).toBe(DEFAULT_TEMPLATES.length);
  });

  it('deletes a template after confirmation, and undo brings it back', async () => {
    renderDashboard(db, 'templates');
    await screen.findByRole('table');
    const first = DEFAULT_TEMPLATES[0]!;
    await userEvent.click(screen.getByRole('button', { name: `Ta bort ${first.name}` }));
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Ta bort' }));
    await screen.findByText(`Mallen "${first.name}" är borttagen.`);
    expect(await db.templates.get(first.id)).toBeUndefined();
    await userEvent.click(within(screen.getByRole('status')).getByRole('button', { name: 'Ångra' }));
    await waitFor(async () => expect(await db.templates.get(first.id)).toEqual(first));
  });
});
