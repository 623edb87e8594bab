import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { guardianContactId } from '@/utils/checklist/ids';
import { logContact } from '@/utils/store/contacts';
import type { InsynDatabase } from '@/utils/db/database';
import type { RiskRecord } from '@/utils/db/records';
import { freshDatabase, pupils } from '../queries/seed';
import { NOW, renderDashboard } from './render-dashboard';

let db: InsynDatabase;
let phoned: string;
let mailed: string;
const risk = (pupilId: string, subject: string): RiskRecord => ({
  id: `${pupilId}|${subject}|Ht 2025`,
  pupilId,
  subject,
  term: 'Ht 2025',
  source: 'assessment',
  evidence: ['Ämnesomdöme: otillräckliga kunskaper'],
  firstSeen: NOW - 86_400_000 * 10,
  lastSeen: NOW,
  status: 'open',
});

beforeEach(async () => {
  db = freshDatabase();
  await db.pupils.bulkAdd(pupils(3));
  const risks = [risk('im:0', 'Matematik'), risk('im:1', 'Svenska')];
  await db.risks.bulkAdd(risks);
  await db.checklist.bulkAdd(
    risks.map((r) => ({
      id: guardianContactId(r.id),
      pupilId: r.pupilId,
      kind: 'guardian-contact' as const,
      term: 'Ht 2025',
      subject: r.subject,
      due: '2025-11-20',
      status: 'open' as const,
    })),
  );
  phoned = (
    await logContact(
      db,
      {
        riskIds: [risks[0]!.id],
        at: new Date('2025-11-03T15:00:00').getTime(),
        channel: 'telefon',
        withWhom: 'Mamma',
        summary: 'Möte bokat om bråk',
        outcome: 'mote-bokat',
        guardians: [1, 2],
        author: 'Lena',
      },
      NOW,
    )
  ).id;
  mailed = (
    await logContact(
      db,
      {
        riskIds: [risks[1]!.id],
        at: new Date('2025-11-05T09:00:00').getTime(),
        channel: 'e-post',
        withWhom: 'Pappa',
        summary: 'Skickade läsläxor',
        outcome: 'nadd',
        author: 'Lena',
      },
      NOW,
    )
  ).id;
});
afterEach(cleanup);

const table = () => screen.getByRole('table');
const pupilsShown = () => Array.from(table().querySelectorAll('tbody th'), (th) => th.textContent);

describe('Kontaktlogg', () => {
  it('lists contacts newest first and filters by channel, outcome, dates, pupil and search', async () => {
    renderDashboard(db, 'contacts');
    await screen.findByRole('table', { name: 'Kontaktloggen: 2 kontakter' });
    expect(pupilsShown()).toEqual(['Elev1, Test', 'Öström, Åsa']);

    await userEvent.selectOptions(screen.getByLabelText('Kanal'), 'telefon');
    await waitFor(() => expect(pupilsShown()).toEqual(['Öström, Åsa']));
    await userEvent.selectOptions(screen.getByLabelText('Kanal'), '');
    await userEvent.selectOptions(screen.getByLabelText('Resultat'), 'nadd');
    await waitFor(() => expect(pupilsShown()).toEqual(['Elev1, Test']));
    await userEvent.selectOptions(screen.getByLabelText('Resultat'), '');

    fireEvent.input(screen.getByLabelText('Till och med'), { target: { value: '2025-11-04' } });
    await waitFor(() => expect(pupilsShown()).toEqual(['Öström, Åsa']));
    fireEvent.input(screen.getByLabelText('Till och med'), { target: { value: '' } });
    fireEvent.input(screen.getByLabelText('Från och med'), { target: { value: '2025-11-04' } });
    await waitFor(() => expect(pupilsShown()).toEqual(['Elev1, Test']));
    fireEvent.input(screen.getByLabelText('Från och med'), { target: { value: '' } });

    await userEvent.selectOptions(screen.getByLabelText('Elev'), 'im:0');
    await waitFor(() => expect(pupilsShown()).toEqual(['Öström, Åsa']));
    await userEvent.selectOptions(screen.getByLabelText('Elev'), '');

    await userEvent.type(screen.getByLabelText('Sök'), 'läsläxor');
    await waitFor(() => expect(pupilsShown()).toEqual(['Elev1, Test']));
    await userEvent.clear(screen.getByLabelText('Sök'));
    await userEvent.type(screen.getByLabelText('Sök'), 'ostrom');
    await waitFor(() => expect(pupilsShown()).toEqual(['Öström, Åsa']));
  });

  it('corrects a contact through the edit dialog', async () => {
    renderDashboard(db, 'contacts');
    await screen.findByRole('table');
    await userEvent.click(screen.getByRole('button', { name: /^Ändra Öström, Åsa/ }));
    const dialog = screen.getByRole('dialog', { name: 'Ändra kontakten' });
    const summary = within(dialog).getByLabelText('Sammanfattning');
    await userEvent.clear(summary);
    await userEvent.type(summary, 'Möte bokat 3 dec');
    await userEvent.selectOptions(within(dialog).getByLabelText('Kanal'), 'mote');
    fireEvent.input(within(dialog).getByLabelText('Uppföljning'), { target: { value: '2025-12-03' } });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Spara' }));

    await screen.findByText('Kontakten är sparad.');
    expect(await db.contacts.get(phoned)).toMatchObject({
      summary: 'Möte bokat 3 dec',
      channel: 'mote',
      followUp: '2025-12-03',
      updated: NOW,
    });
    await waitFor(() => expect(screen.getByRole('row', { name: /Öström/ }).textContent).toContain('Möte bokat 3 dec'));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('closes the edit dialog with Escape without saving', async () => {
    renderDashboard(db, 'contacts');
    await screen.findByRole('table');
    await userEvent.click(screen.getByRole('button', { name: /^Ändra Elev1/ }));
    await userEvent.type(within(screen.getByRole('dialog')).getByLabelText('Sammanfattning'), ' och mer');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect((await db.contacts.get(mailed))?.summary).toBe('Skickade läsläxor');
  });

  it('deletes a contact after confirmation (the risk opens again) and undo brings both back', async () => {
    renderDashboard(db, 'contacts');
    await screen.findByRole('table');
    await userEvent.click(screen.getByRole('button', { name: /^Ta bort Öström, Åsa/ }));
    const dialog = screen.getByRole('dialog', { name: 'Ta bort kontakten?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ta bort' }));

    const status = screen.getByRole('status');
    await within(status).findByText('Kontakt borttagen.');
    expect(await db.contacts.get(phoned)).toBeUndefined();
    expect((await db.risks.get('im:0|Matematik|Ht 2025'))?.status).toBe('open');
    expect((await db.checklist.get(guardianContactId('im:0|Matematik|Ht 2025')))?.status).toBe('open');
    await waitFor(() => expect(pupilsShown()).toEqual(['Elev1, Test']));

    await userEvent.click(within(status).getByRole('button', { name: 'Ångra' }));
    await within(status).findByText('Kontakten är tillbaka.');
    expect((await db.contacts.get(phoned))?.summary).toBe('Möte bokat om bråk');
    expect((await db.risks.get('im:0|Matematik|Ht 2025'))?.status).toBe('contacted');
    expect(await db.checklist.get(guardianContactId('im:0|Matematik|Ht 2025'))).toMatchObject({ status: 'done', closedBy: 'contact' });
    await waitFor(() => expect(pupilsShown()).toEqual(['Elev1, Test', 'Öström, Åsa']));
  });

  it('keeps the contact when the deletion is cancelled', async () => {
    renderDashboard(db, 'contacts');
    await screen.findByRole('table');
    await userEvent.click(screen.getByRole('button', { name: /^Ta bort Elev1/ }));
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Avbryt' }));
    expect(await db.contacts.get(mailed)).toBeDefined();
  });
});
