import { cleanup, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '@/utils/background/handlers';
import type { InsynDatabase } from '@/utils/db/database';
import type { send } from '@/utils/messaging/client';
import { dispatch } from '@/utils/messaging/router';
import { saveLanguageChoice } from '@/utils/i18n/language-store';
import { saveSettings } from '@/utils/store/settings';
import { storeReading } from '@/utils/store/readings';
import { createSupportApi } from '@/entrypoints/dashboard/support-api';
import { ALVA, at, freshDb, mathsPage } from '../db/test-db';
import { own, pageSender } from '../messaging/senders';
import { NOW, renderDashboard } from './render-dashboard';

/** The section's writes go through the real router and handlers, as from the dashboard page. */
const OWN = 'insyn-test-id';
let db: InsynDatabase;
const viaRouter = (async (type: string, payload: unknown) => {
  const reply = await dispatch(
    createHandlers(db, () => NOW),
    { insyn: 1, type, payload },
    pageSender(OWN),
    own(OWN),
  );
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}) as typeof send;

const open = () => renderDashboard(db, 'support', { support: createSupportApi(db, () => NOW, viaRouter) });
const card = (name: RegExp) => screen.getByRole('heading', { name }).closest('li')!;
const step = (li: HTMLElement, name: string) => li.querySelector(`[data-step="${name}"]`)!;

beforeEach(async () => {
  db = freshDb();
  await saveSettings(db, { teacherName: 'Lena Ek', school: 'Ängsskolan' });
  // The risks were first seen on 1 October: ten school days later, extra anpassningar were owed.
  await storeReading(db, mathsPage(), at('2025-10-01'));
  // Insyn's language is the teacher's stored choice: pinned to Swedish, as the labels below are.
  await saveLanguageChoice('sv');
});
afterEach(cleanup);

describe('Stödkedjan', () => {
  it('shows each pupil at risk with a timeline, and "stuck" keeps only those with a step overdue', async () => {
    open();
    const alva = await waitFor(() => card(/Andersson, Alva \(5A\)/));
    expect(step(alva, 'risk').textContent).toContain('klart 2025-10-01');
    expect(step(alva, 'adaptations').getAttribute('data-state')).toBe('overdue');
    expect(step(alva, 'adaptations').textContent).toContain('försenat, skulle vara klart 2025-10-15');
    expect(step(alva, 'decision').textContent).toContain('inte än');
    expect(within(alva).getByRole('heading', { level: 4 }).textContent).toContain('Fastnat');

    await userEvent.click(within(alva).getByText('Ny extra anpassning'));
    await userEvent.clear(within(alva).getByLabelText('Från och med'));
    await userEvent.type(within(alva).getByLabelText('Från och med'), '2025-10-15');
    await userEvent.click(within(alva).getByRole('button', { name: 'Spara extra anpassning' }));
    await screen.findByText('Extra anpassning sparad. Utvärdera senast 2025-11-12.');

    await userEvent.click(screen.getByLabelText('Visa bara elever som har fastnat (ett steg är försenat)'));
    await waitFor(() => expect(screen.queryByRole('heading', { name: /Andersson, Alva/ })).toBeNull());
    expect(screen.getByRole('heading', { name: /Carlsson, Maja/ })).toBeTruthy();
  });

  it('evaluation "not enough" → the anmälan draft → logged: the checklist waits for the utredning; a decision opens "sent home"', async () => {
    await viaRouter('support/adapt', { pupilId: ALVA, subject: 'Matematik', what: 'extra genomgång', from: '2025-10-15' });
    open();
    const alva = await waitFor(() => card(/Andersson, Alva/));
    await userEvent.selectOptions(within(alva).getByLabelText('Utvärdering av extra genomgång i Matematik'), 'not-enough');
    await userEvent.click(within(alva).getByRole('button', { name: 'Spara utvärdering' }));
    await screen.findByText('Utvärderingen sparad.');

    const draft = (await within(card(/Andersson, Alva/)).findByLabelText(/Utkast till anmälan/)) as HTMLTextAreaElement;
    for (const part of [
      'Elev: Andersson, Alva (5A)',
      'Ämnen: Matematik',
      '- Matematik, Ht 2025: Ämnesomdöme: otillräckliga kunskaper',
      '- extra genomgång i Matematik från 2025-10-15 (Lena Ek), utvärdering 2025-11-12: Räcker inte (2025-11-12)',
      'Lena Ek, Ängsskolan, 2025-11-12',
    ])
      expect(draft.value).toContain(part);

    await userEvent.type(draft, ' Hon har en diagnos.');
    expect(within(card(/Andersson, Alva/)).getByText(/Insyn är inte platsen för hälsouppgifter/).textContent).toContain('diagnos');

    await userEvent.click(within(card(/Andersson, Alva/)).getByRole('button', { name: 'Logga att anmälan är gjord' }));
    await screen.findByText(/Anmälan loggad/);
    expect(await db.checklist.where('kind').equals('referral-answered').toArray()).toEqual([
      expect.objectContaining({ pupilId: ALVA, status: 'open', due: '2025-11-26' }),
    ]);
    expect((await db.referrals.toArray())[0]).not.toHaveProperty('text');

    const notes = within(card(/Andersson, Alva/));
    await userEvent.type(notes.getByLabelText('Utredningen startade'), '2025-11-12');
    await userEvent.selectOptions(notes.getByLabelText('Beslut'), 'action-programme');
    await userEvent.type(notes.getByLabelText('Beslutsdatum'), '2025-11-12');
    await userEvent.click(notes.getByRole('button', { name: 'Spara' }));
    await screen.findByText('Sparat.');
    expect(await db.checklist.where('kind').equals('referral-answered').first()).toMatchObject({ status: 'done', closedBy: 'support' });
    expect(await db.checklist.where('kind').equals('decision-appeal').first()).toMatchObject({ status: 'open', due: '2025-11-19' });
    await waitFor(() => expect(step(card(/Andersson, Alva/), 'sent-home').textContent).toContain('senast 2025-11-19'));
  });

  it('says what went wrong when the background refuses a step, and keeps the form', async () => {
    await viaRouter('support/refer', { pupilId: ALVA, subjects: ['Matematik'], madeOn: '2025-11-10' });
    open();
    const notes = within(await waitFor(() => card(/Andersson, Alva/)));
    await userEvent.type(notes.getByLabelText('Utredningen startade'), '2025-11-01');
    await userEvent.click(notes.getByRole('button', { name: 'Spara' }));
    await screen.findByText(/after the anmälan/);
    expect((notes.getByLabelText('Utredningen startade') as HTMLInputElement).value).toBe('2025-11-01');
    expect(await db.referrals.toArray()).toEqual([expect.not.objectContaining({ investigationStarted: expect.anything() })]);
  });
});
