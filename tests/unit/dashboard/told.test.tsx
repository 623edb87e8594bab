import { cleanup, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { guardianContactId } from '@/utils/checklist/ids';
import { logContact } from '@/utils/store/contacts';
import type { InsynDatabase } from '@/utils/db/database';
import { freshDatabase, pupils } from '../queries/seed';
import { NOW, renderDashboard } from './render-dashboard';

/** The dashboard shows how telling stands, corrects an attempt, and keeps the teacher's facts about a pupil. */
let db: InsynDatabase;
const RISK = 'im:0|Matematik|Ht 2025';
let tried: string;

beforeEach(async () => {
  db = freshDatabase();
  await db.pupils.bulkAdd(pupils(2));
  await db.risks.add({
    id: RISK,
    pupilId: 'im:0',
    subject: 'Matematik',
    term: 'Ht 2025',
    source: 'assessment',
    evidence: [],
    firstSeen: NOW - 86_400_000 * 10,
    lastSeen: NOW,
    status: 'open',
  });
  await db.checklist.add({
    id: guardianContactId(RISK),
    pupilId: 'im:0',
    kind: 'guardian-contact',
    term: 'Ht 2025',
    subject: 'Matematik',
    due: '2025-11-20',
    status: 'open',
  });
  const at = new Date('2025-11-03T15:00:00').getTime();
  tried = (
    await logContact(db, { riskIds: [RISK], at, channel: 'telefon', withWhom: '', summary: '', outcome: 'ej-nadd', guardians: [1] }, NOW)
  ).id;
});
afterEach(cleanup);

const statusOfRisk = () => screen.getByRole('table').querySelector('[data-status]')!.textContent;

describe('told means told on the dashboard', () => {
  it('the risk list shows the attempt and its retry; the risk stays open', async () => {
    renderDashboard(db, 'risks');
    await screen.findByRole('table');
    await waitFor(() => expect(statusOfRisk()).toBe('Öppen · Försökt 3 nov (telefon) · ej nådd · Nytt försök 4 nov'));
  });

  it('a correction to "Nådd" with both guardians informs: the risk and its item close', async () => {
    renderDashboard(db, 'contacts');
    await screen.findByRole('table');
    await userEvent.click(screen.getAllByRole('button', { name: /^Ändra/ })[0]!);
    const dialog = screen.getByRole('dialog');
    await userEvent.selectOptions(within(dialog).getByLabelText('Resultat'), 'nadd');
    await userEvent.click(within(dialog).getByLabelText('Vårdnadshavare 2'));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Spara' }));
    await waitFor(async () => expect((await db.contacts.get(tried))?.guardians).toEqual([1, 2]));
    expect((await db.risks.get(RISK))?.status).toBe('contacted');
    expect((await db.checklist.get(guardianContactId(RISK)))?.status).toBe('done');
  });

  it('one guardian, protected data and an interpreter are saved per pupil and shown with the name', async () => {
    await logContact(
      db,
      { riskIds: [RISK], at: NOW - 3_600_000, channel: 'telefon', withWhom: '', summary: '', outcome: 'nadd', guardians: [1] },
      NOW,
    );
    expect((await db.risks.get(RISK))?.status).toBe('open');
    renderDashboard(db, 'risks');
    await screen.findByRole('table');
    const name = (await db.pupils.get('im:0'))!.name;
    await userEvent.click(screen.getByRole('button', { name: `Vårdnadshavare och skydd för ${name}` }));
    const dialog = screen.getByRole('dialog');
    await userEvent.selectOptions(within(dialog).getByLabelText('Antal vårdnadshavare'), '1');
    await userEvent.click(within(dialog).getByLabelText('Skyddade personuppgifter'));
    await userEvent.type(within(dialog).getByLabelText('Tolk behövs, språk'), 'tigrinja');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Spara' }));
    await waitFor(async () =>
      expect(await db.pupils.get('im:0')).toMatchObject({ guardians: 1, protectedData: true, interpreter: 'tigrinja' }),
    );
    // With one guardian, the "nådd" already logged informs everyone owed.
    expect((await db.risks.get(RISK))?.status).toBe('contacted');
    expect((await db.checklist.get(guardianContactId(RISK)))?.status).toBe('done');
    cleanup();
    renderDashboard(db, 'contacts');
    await waitFor(() => expect(screen.getByRole('table').textContent).toContain(`${name} · Skyddade personuppgifter`));
  });
});
