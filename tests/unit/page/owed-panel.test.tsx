import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { useEffect, useReducer } from 'preact/hooks';
import { Panel } from '@/components/page/Panel';
import { InlineForms } from './inline-forms';
import { createHandlers } from '@/utils/background/handlers';
import { createContactFlow, type ContactFlow, type Send } from '@/utils/content/contact-flow';
import { createOwedFlow, type OwedFlow } from '@/utils/content/owed-flow';
import type { InsynDatabase } from '@/utils/db/database';
import { setLanguage } from '@/utils/i18n';
import { analysePage } from '@/utils/infomentor/analyse';
import { quietPageOf } from '@/utils/infomentor/quiet-pages';
import { dispatch } from '@/utils/messaging/router';
import { loadSettings } from '@/utils/settings/store';
import { saveSettings } from '@/utils/store/settings';
import { at, freshDb } from '../db/test-db';
import { contentSender, own } from '../messaging/senders';

/**
 * The panel where the work is, against the real background (handlers, router, database): the IUP list
 * shows what is owed for its pupils and ticks it; the start page shows what is due.
 */
const OWN = 'insyn-test-id';
const IUP_URL = 'https://skola.infomentor.se/#/iup/2A';
const START_URL = 'https://skola.infomentor.se/#/start';
// After every publication date the IUP list shows (10–18 Dec).
const today = new Date(2025, 11, 19, 14, 30);
let db: InsynDatabase;
afterEach(cleanup);
beforeEach(() => {
  db = freshDb();
  setLanguage('sv');
});

const idOf = async (name: string) => (await db.pupils.filter((pupil) => pupil.name === name).first())?.id;
const fixture = (path: string) => new DOMParser().parseFromString(readFileSync(`tests/fixtures/${path}.html`, 'utf8'), 'text/html');
const backgroundOf = (url: string): Send =>
  (async (type, payload) => {
    const reply = await dispatch(
      createHandlers(db, () => at('2025-12-19')),
      { insyn: 1, type, payload },
      contentSender(OWN, 7, url),
      own(OWN),
    );
    if (!reply.ok) throw new Error(reply.error);
    return reply.value;
  }) as Send;

function LivePanel({ flow, owed }: { flow: ContactFlow; owed: OwedFlow }) {
  const [, repaint] = useReducer((n: number, _action: undefined) => n + 1, 0);
  useEffect(() => flow.subscribe(() => repaint(undefined)), [flow]);
  useEffect(() => owed.subscribe(() => repaint(undefined)), [owed]);
  return (
    <Panel
      state={flow.getState()}
      flow={flow}
      copy={async () => true}
      Forms={InlineForms}
      now={() => today}
      owed={{ state: owed.getState(), flow: owed }}
      onTeach={() => {}}
    />
  );
}

async function panelOn(path: string, url: string) {
  const page = fixture(path);
  const send = backgroundOf(url);
  const owed = createOwedFlow({ send, quietPage: () => quietPageOf(page, url) });
  const flow = createContactFlow({ send: owed.watch(send), now: () => today });
  render(<LivePanel flow={flow} owed={owed} />);
  await act(() => flow.pageRead(analysePage(page, url), url, ''));
  return { flow, owed };
}

describe('the panel on the IUP list', () => {
  it('shows what is owed for its pupils, and "skickad per post" with a date closes the item', async () => {
    await saveSettings(db, { roles: { '2A': 'mentor' } });
    const { flow } = await panelOn('infomentor/iup-lista-2a', IUP_URL);
    await waitFor(() => expect(document.querySelector('[data-insyn-owed-line]')?.textContent).toMatch(/^Att göra för sidans elever: \d+/));
    act(() => flow.setExpanded(true));
    const ines = within(document.querySelector('[data-insyn-owed-pupil="Andersson, Ines"]') as HTMLElement);
    expect(ines.getByText(/IUP skickad hem per post/).textContent).toMatch(/senast/);
    await userEvent.click(ines.getByRole('button', { name: 'Skickad per post: IUP skickad hem per post, Andersson, Ines' }));
    const date = ines.getByLabelText('Datum') as HTMLInputElement;
    expect(date.value).toBe('2025-12-19');
    await userEvent.clear(date);
    await userEvent.type(date, '2025-12-22');
    await userEvent.click(ines.getByRole('button', { name: 'Spara' }));
    expect(ines.getByRole('alert').textContent).toBe('Ange ett datum, senast i dag.');
    // Her IUP was published on 11 December, as the page shows: it was not posted before.
    await userEvent.clear(date);
    await userEvent.type(date, '2025-12-10');
    await userEvent.click(ines.getByRole('button', { name: 'Spara' }));
    expect(ines.getByRole('alert').textContent).toBe('Ange ett datum från och med 11 dec. 2025, dagen sidan visar.');
    const byTeacher = async () =>
      (await db.checklist.where('status').equals('done').toArray()).filter((item) => item.closedBy === 'teacher');
    expect(await byTeacher()).toEqual([]);
    await userEvent.clear(date);
    await userEvent.type(date, '2025-12-12');
    await userEvent.click(ines.getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(ines.getByText(/skickad per post 12 dec. 2025/)).toBeTruthy());
    expect(await byTeacher()).toEqual([
      expect.objectContaining({ kind: 'iup-posted', pupilId: await idOf('Andersson, Ines'), confirmedDate: '2025-12-12' }),
    ]);
    expect(screen.getByText('Sparat: IUP skickad hem per post, Andersson, Ines.')).toBeTruthy();
  });

  it('"Redan gjort" closes an item that is not posted home, as done outside Insyn', async () => {
    await saveSettings(db, { roles: { '2A': 'mentor' } });
    const { flow } = await panelOn('infomentor/iup-lista-2a', IUP_URL);
    act(() => flow.setExpanded(true));
    const row = await waitFor(() => {
      const element = document.querySelector('[data-insyn-owed-pupil="Ali, Noah"]');
      expect(element).not.toBeNull();
      return element as HTMLElement;
    });
    const noah = within(row);
    expect(noah.queryByRole('button', { name: /Skickad per post/ })).toBeNull();
    await userEvent.click(noah.getByRole('button', { name: 'Redan gjort: IUP publicerad, Ali, Noah' }));
    await userEvent.click(noah.getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(noah.getByText(/redan gjort 19 dec. 2025/)).toBeTruthy());
    expect(await db.checklist.filter((item) => item.doneOutside === true).toArray()).toEqual([
      expect.objectContaining({ kind: 'iup-published', pupilId: await idOf('Ali, Noah'), status: 'done' }),
    ]);
  });

  it('asks once about a group the teacher has not placed, without holding up the rest, and remembers the answer', async () => {
    await panelOn('infomentor/iup-lista-2a', IUP_URL);
    const question = await screen.findByRole('group', { name: 'Är du mentor/klasslärare för 2A eller undervisar du i ett ämne där?' });
    expect(document.querySelector('[data-insyn-kind]')?.textContent).toBe('IUP-lista');
    await userEvent.click(within(question).getByRole('button', { name: 'Mentor eller klasslärare' }));
    await waitFor(() => expect(screen.queryByRole('group', { name: /2A/ })).toBeNull());
    expect((await loadSettings(db)).roles).toEqual({ '2A': 'mentor' });
    await waitFor(() => expect(document.querySelector('[data-insyn-owed-line]')).not.toBeNull());
  });

  it('"Inte nu" puts the question off while the page lives, and saves nothing', async () => {
    await panelOn('infomentor/iup-lista-2a', IUP_URL);
    await userEvent.click(await screen.findByRole('button', { name: 'Inte nu' }));
    expect(screen.queryByRole('group', { name: /2A/ })).toBeNull();
    expect((await loadSettings(db)).roles).toEqual({});
  });
});

describe('the panel on InfoMentor’s start page', () => {
  it('shows the due summary and the way to "Den här veckan", never "känner inte igen"', async () => {
    await saveSettings(db, { roles: { '2A': 'mentor' } });
    await panelOn('infomentor/iup-lista-2a', IUP_URL);
    cleanup();
    // One item due this week, the rest overdue.
    const open = await db.checklist.where('status').equals('open').toArray();
    await Promise.all(open.map((item, i) => db.checklist.update(item.id, { due: i === 0 ? '2025-12-21' : '2025-12-18' })));
    const { flow } = await panelOn('infomentor/startsida', START_URL);
    await waitFor(() =>
      expect(document.querySelector('[data-insyn-due]')?.textContent).toBe(`Den här veckan: 1 att göra · ${open.length - 1} försenade`),
    );
    expect(document.querySelector('[data-insyn-kind]')?.textContent).toBe('InfoMentors startsida');
    expect(document.body.textContent).not.toContain('känner inte igen');
    expect(screen.queryByRole('button', { name: 'Lär Insyn den här sidan' })).toBeNull();
    act(() => flow.setExpanded(true));
    expect(screen.getByRole('button', { name: 'Lär Insyn den här sidan' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Öppna Den här veckan' })).toBeTruthy();
  });
});
