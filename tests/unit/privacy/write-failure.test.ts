import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allowedSender, own } from '../messaging/senders';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/utils/background/handlers';
import type { PageAnalysis } from '@/utils/infomentor/analysis';
import { dispatch } from '@/utils/messaging/router';
import { freshDatabase } from './rows';

/**
 * A write that fails (a full disk: QuotaExceededError) must lose nothing already stored and must be
 * reported: the background answers {ok:false, error} so the page and the dashboard can tell the teacher.
 * The failure is injected with Dexie's hooks at the storage layer, after earlier writes of the same
 * operation have succeeded, so only a real transaction keeps the database as it was.
 */
const NOW = new Date(2026, 10, 16, 10).getTime();
let db = freshDatabase();
const ownId = () => fakeBrowser.runtime.id;

const quotaExceeded = () => {
  throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
};

const reading = (pupils: [string, string][], atRisk: string[]): PageAnalysis => ({
  kind: 'group-assessment',
  context: { group: '5A', subject: 'Matematik', term: 'Ht 2026' },
  pupils: pupils.map(([id, name]) => ({ id, name })),
  atRisk: pupils
    .filter(([id]) => atRisk.includes(id))
    .map(([id, name]) => ({
      pupil: name,
      pupilId: id,
      subject: 'Matematik',
      source: 'assessment' as const,
      reasons: ['Ämnesomdöme: otillräckliga kunskaper'],
    })),
  documents: pupils.map(([id, name]) => ({
    pupil: name,
    pupilId: id,
    type: 'written-assessment' as const,
    subject: 'Matematik',
    term: 'Ht 2026',
    status: 'complete' as const,
    published: false,
  })),
});

async function snapshot() {
  return Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const)));
}

async function send(type: string, payload: unknown) {
  return dispatch(
    createHandlers(db, () => NOW),
    { insyn: 1, type, payload },
    allowedSender(type, ownId()),
    own(ownId()),
  );
}

beforeEach(async () => {
  const first = await send('page/read', {
    url: 'https://skola.infomentor.se/5a',
    analysis: reading(
      [
        ['1', 'Berg, Alva'],
        ['2', 'Ek, Omar'],
      ],
      ['1'],
    ),
  });
  expect(first.ok).toBe(true);
});
afterEach(async () => {
  await db.delete();
  db = freshDatabase();
});

describe('a write that fails', () => {
  it('while storing a page reading leaves what was stored as it was, and answers with the error', async () => {
    const before = await snapshot();
    // Pupils and risks are written first; the documents fail.
    db.documents.hook('creating', quotaExceeded);
    const reply = await send('page/read', {
      url: 'https://skola.infomentor.se/5a',
      analysis: reading(
        [
          ['1', 'Berg, Alva'],
          ['2', 'Ek, Omar'],
          ['3', 'Lund, Sara'],
        ],
        ['1', '2', '3'],
      ),
    });
    expect(reply).toEqual({ ok: false, error: expect.stringContaining('quota') });
    expect(await snapshot()).toEqual(before);
  });

  it('while logging a contact leaves risks, checklist and log as they were, and answers with the error', async () => {
    const riskId = (await db.risks.toArray())[0]!.id;
    const before = await snapshot();
    // The contact, the risk's new status and the closed item are written; the event fails last.
    db.events.hook('creating', quotaExceeded);
    const reply = await send('contact/log', {
      riskIds: [riskId],
      at: NOW,
      channel: 'telefon',
      withWhom: 'Mamma',
      summary: 'Pratade.',
      outcome: 'nadd',
    });
    expect(reply).toEqual({ ok: false, error: expect.stringContaining('quota') });
    expect(await snapshot()).toEqual(before);
    expect((await db.risks.get(riskId))?.status).toBe('open');
  });

  it('succeeds again once space is free: nothing was left half-done in between', async () => {
    const riskId = (await db.risks.toArray())[0]!.id;
    const unhook = () => db.events.hook('creating').unsubscribe(quotaExceeded);
    db.events.hook('creating', quotaExceeded);
    const payload = {
      riskIds: [riskId],
      at: NOW,
      channel: 'telefon',
      withWhom: 'Mamma och pappa',
      summary: 'Pratade.',
      outcome: 'nadd',
      guardians: [1, 2],
    };
    expect((await send('contact/log', payload)).ok).toBe(false);
    unhook();
    expect((await send('contact/log', payload)).ok).toBe(true);
    expect(await db.contacts.count()).toBe(1);
    expect((await db.risks.get(riskId))?.status).toBe('contacted');
  });
});
