import { beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '@/utils/background/handlers';
import type { InsynDatabase } from '@/utils/db/database';
import { dispatch } from '@/utils/messaging/router';
import { saveSettings } from '@/utils/store/settings';
import { storeReading } from '@/utils/store/readings';
import { allowedSender, contentSender, own } from '../messaging/senders';
import { ALVA, at, freshDb, mathsPage } from '../db/test-db';

const OWN = 'insyn-test-id';
let db: InsynDatabase;
let now: number;
const ask = async (type: string, payload: unknown) => {
  const reply = await dispatch(
    createHandlers(db, () => now),
    { insyn: 1, type, payload },
    allowedSender(type, OWN),
    own(OWN),
  );
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as never;
};

beforeEach(async () => {
  db = freshDb();
  now = at('2025-11-05');
  await saveSettings(db, { teacherName: 'Lena Ek' });
  await storeReading(db, mathsPage(), now);
});

describe('the support chain through the background', () => {
  it('extra anpassningar are stored with who and an evaluation four school weeks later; "continue" moves it', async () => {
    const { adaptationId, evaluationDue } = await ask('support/adapt', {
      pupilId: ALVA,
      subject: 'Matematik',
      what: 'extra genomgång',
      from: '2025-11-06',
    });
    expect(evaluationDue).toBe('2025-12-04');
    expect(await db.adaptations.get(adaptationId)).toMatchObject({
      pupilId: ALVA,
      by: 'Lena Ek',
      what: 'extra genomgång',
      from: '2025-11-06',
    });
    expect(await ask('support/evaluate', { adaptationId, outcome: 'continue', on: '2025-12-04' })).toEqual({ evaluationDue: '2026-01-20' });
    await ask('support/evaluate', { adaptationId, outcome: 'not-enough', on: '2026-01-20' });
    expect(await db.adaptations.get(adaptationId)).toMatchObject({
      evaluation: 'not-enough',
      evaluatedOn: '2026-01-20',
      evaluationDue: '2026-01-20',
    });
    expect((await db.events.toArray()).map((e) => e.action)).toEqual(expect.arrayContaining(['support/adapt', 'support/evaluate']));
  });

  it('an anmälan opens an item until the utredning is noted; a decision opens "sent home" until the appeal check and receipt', async () => {
    const { referralId } = await ask('support/refer', { pupilId: ALVA, subjects: ['Matematik'], madeOn: '2025-12-08' });
    const item = (kind: string) => db.checklist.where('kind').equals(kind).first();
    expect(await item('referral-answered')).toMatchObject({
      pupilId: ALVA,
      status: 'open',
      due: '2026-01-08',
      subject: 'Matematik',
      term: 'Ht 2025',
    });
    expect(await item('decision-appeal')).toBeUndefined();

    await ask('support/note', { referralId, investigationStarted: '2026-01-12' });
    expect(await item('referral-answered')).toMatchObject({ status: 'done', closedBy: 'support' });

    await ask('support/note', { referralId, decision: 'no-action-programme', decidedOn: '2026-02-02' });
    expect(await item('decision-appeal')).toMatchObject({ status: 'open', due: '2026-02-09' });
    await ask('support/note', { referralId, receivedOn: '2026-02-05' });
    expect(await item('decision-appeal')).toMatchObject({ status: 'open' });
    await ask('support/note', { referralId, appealInstructions: true });
    expect(await item('decision-appeal')).toMatchObject({ status: 'done', closedBy: 'support' });
  });

  it('refuses steps out of order, and nothing changes', async () => {
    const { referralId } = await ask('support/refer', { pupilId: ALVA, subjects: ['Matematik'], madeOn: '2025-12-08' });
    await expect(ask('support/note', { referralId, investigationStarted: '2025-12-01' })).rejects.toThrow(/after the anmälan/);
    await expect(ask('support/note', { referralId, decision: 'action-programme' })).rejects.toThrow(/type and a date/);
    await expect(ask('support/note', { referralId, receivedOn: '2025-12-10' })).rejects.toThrow(/received after/);
    await expect(
      ask('support/note', { referralId, decision: 'adapted-study-plan', decidedOn: '2025-12-09', followUpDue: '2026-03-01' }),
    ).rejects.toThrow(/only an åtgärdsprogram/);
    expect(await db.referrals.get(referralId)).toMatchObject({ madeOn: '2025-12-08' });
    expect(await db.referrals.get(referralId)).not.toHaveProperty('decision');
  });

  it('refuses an unknown pupil, an empty "what", and a content script as sender', async () => {
    await expect(
      ask('support/adapt', { pupilId: 'name:nobody|5a', subject: 'Matematik', what: 'annan', from: '2025-11-06' }),
    ).rejects.toThrow(/unknown pupil/);
    await expect(ask('support/adapt', { pupilId: ALVA, subject: 'Matematik', what: '  ', from: '2025-11-06' })).rejects.toThrow();
    const fromPage = await dispatch(
      createHandlers(db, () => now),
      { insyn: 1, type: 'support/refer', payload: { pupilId: ALVA, subjects: ['Matematik'], madeOn: '2025-12-08' } },
      contentSender(OWN),
      own(OWN),
    );
    expect(fromPage.ok).toBe(false);
    expect(await db.adaptations.count()).toBe(0);
    expect(await db.referrals.count()).toBe(0);
  });
});
