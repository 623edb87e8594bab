import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, render } from '@testing-library/preact';
import { useEffect, useReducer } from 'preact/hooks';
import { Panel } from '@/components/page/Panel';
import { InlineForms } from '../page/inline-forms';
import { createHandlers } from '@/utils/background/handlers';
import { createContactFlow, type ContactFlow, type Send } from '@/utils/content/contact-flow';
import { badgeText } from '@/utils/content/status-text';
import { useSealing } from '@/utils/db/encrypted-fields';
import type { InsynDatabase } from '@/utils/db/database';
import { setLanguage } from '@/utils/i18n';
import { createLock } from '@/utils/lock/crypto';
import { LockHolder } from '@/utils/lock/state';
import { dispatch } from '@/utils/messaging/router';
import { storeReading } from '@/utils/store/readings';
import { at, freshDb, mathsPage } from '../db/test-db';
import { contentSender, own } from '../messaging/senders';

/** With the lock closed, InfoMentor's page still gets a panel, but one that shows counts and nothing stored. */
const OWN = 'insyn-test-id';
const URL = 'https://skola.infomentor.se/#/grupp/5A/matematik';
const today = new Date(2025, 10, 12, 10, 0);
let db: InsynDatabase;
let holder: LockHolder;
afterEach(cleanup);
beforeEach(async () => {
  setLanguage('sv');
  holder = new LockHolder();
  holder.hold((await createLock('lärarrummets fras', 1_000)).keys);
  db = freshDb();
  useSealing(db, () => holder.state());
  await storeReading(db, mathsPage(), at('2025-11-05'));
});

const send = (async (type, payload) => {
  const reply = await dispatch(
    createHandlers(db, () => at('2025-11-12')),
    { insyn: 1, type, payload },
    contentSender(OWN, 7, URL),
    own(OWN),
  );
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}) as Send;

function LivePanel({ flow }: { flow: ContactFlow }) {
  const [, repaint] = useReducer((n: number, _action: undefined) => n + 1, 0);
  useEffect(() => flow.subscribe(() => repaint(undefined)), [flow]);
  return <Panel state={flow.getState()} flow={flow} copy={async () => true} Forms={InlineForms} now={() => today} onTeach={() => {}} />;
}

describe('the panel while the lock is closed', () => {
  it('is told the reading was not stored because of the lock, and stores nothing', async () => {
    holder.forget();
    const rows = await db.risks.count();
    expect(await send('page/read', { url: URL, analysis: mathsPage() })).toEqual({ stored: false, risks: [], locked: true });
    expect(await db.risks.count()).toBe(rows);
  });

  it('shows the count of pupils at risk and where to unlock, and no name, status or action', async () => {
    const page = mathsPage();
    const names = page.pupils.map((pupil) => pupil.name);
    holder.forget();
    const flow = createContactFlow({ send, now: () => today });
    render(<LivePanel flow={flow} />);
    await act(() => flow.pageRead(page, URL, ''));
    act(() => flow.setExpanded(true));
    const text = document.body.textContent ?? '';
    const atRisk = new Set(page.atRisk.map((risk) => risk.pupil)).size;
    expect(atRisk).toBeGreaterThan(0);
    expect(text).toContain(`Insyn är låst · elever i risk på sidan: ${atRisk}`);
    expect(text).toContain('Lås upp Insyn i översikten');
    for (const name of names) expect(text).not.toContain(name);
    expect([...document.querySelectorAll('button')].map((b) => b.textContent)).not.toContain('Skriv');
  });

  it('has the badges say the status is unknown, never "Ej kontaktad" for guardians who may have been told', async () => {
    const flow = createContactFlow({ send, now: () => today });
    await flow.pageRead(mathsPage(), URL, '');
    const open = flow.getState().pupils;
    expect(open.map(badgeText)).toContain('Risk · Ej kontaktad');
    holder.forget();
    await flow.pageRead(mathsPage(), URL, '');
    const locked = flow.getState().pupils;
    expect(locked.length).toBe(open.length);
    expect(new Set(locked.map(badgeText))).toEqual(new Set(['Risk · Status okänd']));
  });
});
