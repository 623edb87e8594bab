import { informs, type ContactOutcome } from './contact-outcomes';
import type { ContactChannel } from './contact-channels';

/**
 * A pupil's guardians, without names: "vårdnadshavare 1" and "vårdnadshavare 2". Both usually have the
 * right to be told, so a risk is informed only when every guardian owed the information has had it.
 */
export const GUARDIAN_NUMBERS = [1, 2] as const;
export type GuardianNumber = (typeof GUARDIAN_NUMBERS)[number];
/** Why a guardian is not contacted: no right to the information, or reached through the other by agreement. */
export const GUARDIAN_EXEMPTIONS = ['ingen-ratt', 'via-annan'] as const;
export type GuardianExemptionReason = (typeof GUARDIAN_EXEMPTIONS)[number];

export interface GuardianExemption {
  guardian: GuardianNumber;
  reason: GuardianExemptionReason;
}

/** What Insyn knows of a pupil's guardians; absent fields are the defaults (two guardians, none exempt). */
export interface GuardianFacts {
  guardians?: 1 | 2;
  guardianExempt?: GuardianExemption;
}

/**
 * A contact as far as informing goes. `guardians` is absent only in contacts logged before Insyn asked
 * which guardians: those count for every guardian, as the teacher logged them then (Insyn now always stores it).
 */
export interface InformingContact {
  outcome: ContactOutcome;
  channel: ContactChannel;
  guardians?: readonly GuardianNumber[];
}

export const DEFAULT_GUARDIANS = 2;

/** The guardians owed the information: all the pupil has, less one the teacher said is not to be contacted. */
export function guardiansOwed(facts: GuardianFacts): GuardianNumber[] {
  const count = facts.guardians ?? DEFAULT_GUARDIANS;
  return GUARDIAN_NUMBERS.filter((g) => g <= count && facts.guardianExempt?.guardian !== g);
}

export function guardiansOf(contact: InformingContact, owed: readonly GuardianNumber[]): readonly GuardianNumber[] {
  return contact.guardians && contact.guardians.length > 0 ? contact.guardians : owed;
}

export interface Informed {
  /** Owed guardians who have been told, by a contact that informs. */
  informed: GuardianNumber[];
  owed: GuardianNumber[];
  /** Every owed guardian told. */
  complete: boolean;
}

export function informedGuardians(contacts: readonly InformingContact[], facts: GuardianFacts): Informed {
  const owed = guardiansOwed(facts);
  const told = new Set(contacts.filter((c) => informs(c.outcome, c.channel)).flatMap((c) => guardiansOf(c, owed)));
  const informed = owed.filter((g) => told.has(g));
  return { informed, owed, complete: owed.length > 0 ? informed.length === owed.length : told.size > 0 };
}
