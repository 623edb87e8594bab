import type { z } from 'zod';
import type { InsynDatabase } from '../db/database';
import { logEvent } from '../db/events';
import type { AdaptationRecord, ReferralRecord } from '../db/records';
import { schoolWeeksLater } from '../domain/school-days';
import type { requestSchemas } from '../messaging/protocol';
import { loadSettings } from '../settings/store';
import { refreshChecklist } from './refresh-checklist';

/**
 * The support chain's writes (docs/support-chain.md): extra anpassningar and their evaluation, the
 * anmälan till rektor, and what followed it. Each checks the step before it, keeps an event, and brings
 * the pupil's checklist up to date (an anmälan opens an item, a decision opens "sent home").
 */
type Input<K extends keyof typeof requestSchemas> = z.output<(typeof requestSchemas)[K]>;
export type AdaptInput = Input<'support/adapt'>;
export type EvaluateInput = Input<'support/evaluate'>;
export type ReferInput = Input<'support/refer'>;
export type NoteInput = Input<'support/note'>;

export async function addAdaptation(db: InsynDatabase, input: AdaptInput, now: number): Promise<AdaptationRecord> {
  const adaptation = await db.transaction('rw', [db.pupils, db.settings, db.adaptations, db.events], async () => {
    if (!(await db.pupils.get(input.pupilId))) throw new Error('unknown pupil');
    const settings = await loadSettings(db);
    const row: AdaptationRecord = {
      id: crypto.randomUUID(),
      pupilId: input.pupilId,
      subject: input.subject,
      what: input.what,
      ...(input.note ? { note: input.note } : {}),
      from: input.from,
      evaluationDue: schoolWeeksLater(input.from, settings.rules.support.evaluateAfterSchoolWeeks, settings.terms),
      by: settings.teacherName,
      created: now,
      updated: now,
    };
    await db.adaptations.add(row);
    await logEvent(db, 'support/adapt', row.id, now);
    return row;
  });
  await refreshChecklist(db, now, [adaptation.pupilId]);
  return adaptation;
}

/** "Continue" keeps them going and sets the next evaluation as many school weeks after this one. */
export async function evaluateAdaptation(
  db: InsynDatabase,
  { adaptationId, outcome, on }: EvaluateInput,
  now: number,
): Promise<AdaptationRecord> {
  return db.transaction('rw', [db.settings, db.adaptations, db.events], async () => {
    const adaptation = await db.adaptations.get(adaptationId);
    if (!adaptation) throw new Error('unknown adaptation');
    if (on < adaptation.from) throw new Error('evaluated before the adaptations began');
    const settings = await loadSettings(db);
    const evaluationDue =
      outcome === 'continue'
        ? schoolWeeksLater(on, settings.rules.support.evaluateAfterSchoolWeeks, settings.terms)
        : adaptation.evaluationDue;
    const next: AdaptationRecord = { ...adaptation, evaluation: outcome, evaluatedOn: on, evaluationDue, updated: now };
    await db.adaptations.put(next);
    await logEvent(db, 'support/evaluate', adaptationId, now);
    return next;
  });
}

export async function logReferral(db: InsynDatabase, input: ReferInput, now: number): Promise<ReferralRecord> {
  const referral = await db.transaction('rw', [db.pupils, db.settings, db.referrals, db.events], async () => {
    if (!(await db.pupils.get(input.pupilId))) throw new Error('unknown pupil');
    const row: ReferralRecord = {
      id: crypto.randomUUID(),
      pupilId: input.pupilId,
      subjects: [...new Set(input.subjects)],
      madeOn: input.madeOn,
      by: (await loadSettings(db)).teacherName,
      created: now,
      updated: now,
    };
    await db.referrals.add(row);
    await logEvent(db, 'support/refer', row.id, now);
    return row;
  });
  await refreshChecklist(db, now, [referral.pupilId]);
  return referral;
}

/** Notes what followed an anmälan. A date before the step it follows is refused: it would be a typing slip. */
export async function noteReferral(db: InsynDatabase, { referralId, ...patch }: NoteInput, now: number): Promise<ReferralRecord> {
  const referral = await db.transaction('rw', [db.referrals, db.events], async () => {
    const before = await db.referrals.get(referralId);
    if (!before) throw new Error('unknown referral');
    const given = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
    const next: ReferralRecord = { ...before, ...given, updated: now };
    const problem = orderProblem(next);
    if (problem) throw new Error(problem);
    await db.referrals.put(next);
    await logEvent(db, 'support/note', referralId, now);
    return next;
  });
  await refreshChecklist(db, now, [referral.pupilId]);
  return referral;
}

/** The chain's dates in order: anmälan ≤ utredning ≤ decision ≤ received; a decision has both its type and date. */
export function orderProblem(r: ReferralRecord): string | undefined {
  if (r.investigationStarted && r.investigationStarted < r.madeOn) return 'the utredning starts after the anmälan';
  if ((r.decision === undefined) !== (r.decidedOn === undefined)) return 'a decision has a type and a date';
  if (r.decidedOn && r.decidedOn < (r.investigationStarted ?? r.madeOn)) return 'the decision comes after the utredning';
  if (r.receivedOn && (!r.decidedOn || r.receivedOn < r.decidedOn)) return 'the decision is received after it is made';
  if ((r.followUpDue || r.followUpOutcome) && r.decision !== 'action-programme') return 'only an åtgärdsprogram is followed up';
  if ((r.followUpOutcome === undefined) !== (r.followedUpOn === undefined)) return 'a follow-up has an outcome and a date';
  return undefined;
}
