import { isoDate } from '../domain/dates';
import { informedGuardians, type GuardianFacts, type Informed } from '../domain/guardians';
import { schoolDayDeadline } from '../domain/school-days';
import { termOnCalendar, type Calendar } from '../domain/terms';
import { rowsOfPupils } from '../db/by-pupil';
import type { InsynDatabase } from '../db/database';
import type { ContactRecord, RiskRecord } from '../db/records';
import { refreshChecklist } from './refresh-checklist';

/** A contact answers a risk when it names it, or concerns the same pupil and subject in the risk's term. */
export function contactCovers(contact: ContactRecord, risk: RiskRecord, calendar: Calendar): boolean {
  if (contact.riskIds.includes(risk.id)) return true;
  return (
    contact.pupilId === risk.pupilId &&
    contact.subjects.includes(risk.subject) &&
    termOnCalendar(isoDate(contact.at), calendar) === risk.term
  );
}

/**
 * Where telling the guardians about one risk stands, from the contacts that answer it: who has been
 * informed, and when to try again while someone has not. Attempts that reached nobody count as attempts,
 * never as information.
 */
export interface TellState extends Informed {
  /** The contacts that answer the risk, newest first. */
  covering: ContactRecord[];
  /** ISO date of the next attempt: set while the risk has had a contact but is not yet informed. */
  retryDue?: string;
}

export function tellState(risk: RiskRecord, contacts: readonly ContactRecord[], facts: GuardianFacts, calendar: Calendar): TellState {
  const covering = contacts.filter((c) => contactCovers(c, risk, calendar)).sort((a, b) => b.at - a.at);
  const informed = informedGuardians(covering, facts);
  const latest = covering[0];
  if (informed.complete || !latest) return { ...informed, covering };
  // The next school day after the last attempt, unless the teacher chose another day.
  return { ...informed, covering, retryDue: latest.retry ?? schoolDayDeadline(isoDate(latest.at), 1, calendar) };
}

/** The status contacts give a risk still waiting or answered: 'contacted' only once every owed guardian is told. */
export function informedStatus(risk: RiskRecord, state: TellState): RiskRecord['status'] {
  if (risk.status !== 'open' && risk.status !== 'contacted') return risk.status;
  return state.complete ? 'contacted' : 'open';
}

/**
 * Brings the given pupils' risks in line with their contacts and guardians (after a contact is logged,
 * corrected or deleted, or the pupil's guardians changed), and their checklist with them.
 */
export async function settleInformed(db: InsynDatabase, pupilIds: readonly string[], calendar: Calendar, now: number): Promise<void> {
  const [pupils, risks, contacts] = await Promise.all([
    db.pupils.bulkGet([...pupilIds]),
    rowsOfPupils(db.risks, pupilIds),
    rowsOfPupils(db.contacts, pupilIds),
  ]);
  const facts = new Map(pupils.filter((p) => p !== undefined).map((p) => [p.id, p]));
  const changed = risks.flatMap((risk) => {
    const own = contacts.filter((c) => c.pupilId === risk.pupilId);
    const status = informedStatus(risk, tellState(risk, own, facts.get(risk.pupilId) ?? {}, calendar));
    if (status === risk.status) return [];
    const { statusReason: _reason, ...rest } = risk;
    return [{ ...rest, status }];
  });
  await db.risks.bulkPut(changed);
  await refreshChecklist(db, now, pupilIds);
}
