import type { RiskView } from '../messaging/protocol';
import { refreshChecklist } from './refresh-checklist';
import { isoDate } from '../domain/dates';
import type { Calendar } from '../domain/terms';
import { informs } from '../domain/contact-outcomes';
import { loadSettings } from '../settings/store';
import { rowsOfPupils } from '../db/by-pupil';
import type { InsynDatabase } from '../db/database';
import { logEvents } from '../db/events';
import { pageIdOf } from '../db/pupil-ids';
import type { ContactRecord, PupilRecord, RiskRecord } from '../db/records';
import { tellState } from './informed';

/** What the page shows of a pupil besides their name: the teacher's facts that change what Insyn offers. */
export type PupilFacts = Pick<PupilRecord, 'guardians' | 'guardianExempt' | 'protectedData' | 'interpreter'>;

/** Where a risk stands for the page and the prompt. `contacts` may hold other pupils' contacts too. */
export function toRiskView(
  risk: RiskRecord,
  shown: { pupil: string; pupilId?: string },
  contacts: readonly ContactRecord[],
  facts: PupilFacts,
  calendar: Calendar,
  now: number,
): RiskView {
  const told = tellState(risk, contacts, facts, calendar);
  const latest = told.covering[0];
  const snoozed = risk.snoozedUntil !== undefined && risk.snoozedUntil > now;
  // No contact yet, or an attempt whose retry day has come: the prompt is back.
  const waiting = !latest || (told.retryDue !== undefined && told.retryDue <= isoDate(now));
  const view: RiskView = {
    riskId: risk.id,
    pupil: shown.pupil,
    subject: risk.subject,
    status: risk.status,
    prompt: risk.status === 'open' && waiting && !snoozed,
    guardians: { owed: told.owed, informed: told.informed },
  };
  if (shown.pupilId !== undefined) view.pupilId = shown.pupilId;
  if (risk.statusReason !== undefined) view.statusReason = risk.statusReason;
  if (facts.protectedData) view.protectedData = true;
  if (facts.interpreter) view.interpreter = facts.interpreter;
  if (latest) {
    view.lastContact = {
      at: latest.at,
      channel: latest.channel,
      outcome: latest.outcome,
      informs: informs(latest.outcome, latest.channel),
    };
    const followUp = told.covering.find((c) => c.followUp)?.followUp;
    if (followUp) view.followUp = followUp;
  }
  if (risk.status === 'open' && told.retryDue) view.retry = told.retryDue;
  return view;
}

/** Views of the given risks (unknown ids are left out), named as Insyn knows the pupil. */
export async function riskViews(db: InsynDatabase, riskIds: readonly string[], now: number): Promise<RiskView[]> {
  return db.transaction('r', [db.risks, db.pupils, db.contacts, db.settings], async () => {
    const risks = (await db.risks.bulkGet([...riskIds])).filter((r): r is RiskRecord => r !== undefined);
    const pupilIds = [...new Set(risks.map((r) => r.pupilId))];
    const [pupils, contacts, settings] = await Promise.all([
      db.pupils.bulkGet(pupilIds),
      rowsOfPupils(db.contacts, pupilIds),
      loadSettings(db),
    ]);
    const known = new Map(pupils.filter((p) => p !== undefined).map((p) => [p.id, p]));
    return risks.map((risk) => {
      const pageId = pageIdOf(risk.pupilId);
      const pupil = known.get(risk.pupilId);
      const shown = { pupil: pupil?.name ?? risk.pupilId, ...(pageId ? { pupilId: pageId } : {}) };
      return toRiskView(risk, shown, contacts, pupil ?? {}, settings.terms, now);
    });
  });
}

async function updateRisks(
  db: InsynDatabase,
  ids: readonly string[],
  change: (risk: RiskRecord) => RiskRecord | undefined,
  action: string,
): Promise<number> {
  return db.transaction('rw', [db.risks, db.events], async () => {
    const risks = (await db.risks.bulkGet([...ids])).filter((r): r is RiskRecord => r !== undefined);
    const changed = risks.map(change).filter((r): r is RiskRecord => r !== undefined);
    await db.risks.bulkPut(changed);
    await logEvents(
      db,
      action,
      changed.map((r) => r.id),
    );
    return changed.length;
  });
}

/** "Påminn mig senare": no prompt for these risks until `until`. Returns how many were changed. */
export function postponeRisks(db: InsynDatabase, ids: readonly string[], until: number): Promise<number> {
  return updateRisks(db, ids, (risk) => ({ ...risk, snoozedUntil: until }), 'risk/postpone');
}

/**
 * "Inte i risk": the teacher's decision, kept with its reason; the prompt never returns for these risks,
 * and their open guardian-contact items go.
 */
export async function dismissRisks(db: InsynDatabase, ids: readonly string[], reason: string, now = Date.now()): Promise<number> {
  const tables = [db.risks, db.events, db.pupils, db.documents, db.referrals, db.settings, db.checklist];
  return db.transaction('rw', tables, async () => {
    const updated = await updateRisks(db, ids, (risk) => ({ ...risk, status: 'dismissed', statusReason: reason }), 'risk/dismiss');
    const pupilIds = (await db.risks.bulkGet([...ids])).flatMap((r) => (r ? [r.pupilId] : []));
    await refreshChecklist(db, now, pupilIds);
    return updated;
  });
}

/**
 * "Åtgärdad": the pupil is no longer at risk. Kept with the teacher's reason like a dismissal, and their
 * open guardian-contact items go at once rather than at the next daily check.
 */
export async function resolveRisks(db: InsynDatabase, ids: readonly string[], reason: string, now = Date.now()): Promise<number> {
  const tables = [db.risks, db.events, db.pupils, db.documents, db.referrals, db.settings, db.checklist];
  return db.transaction('rw', tables, async () => {
    const updated = await updateRisks(db, ids, (risk) => ({ ...risk, status: 'resolved', statusReason: reason }), 'risk/resolve');
    const pupilIds = (await db.risks.bulkGet([...ids])).flatMap((r) => (r ? [r.pupilId] : []));
    await refreshChecklist(db, now, pupilIds);
    return updated;
  });
}
