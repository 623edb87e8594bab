import { addDays, isoDate } from './dates';
import type { DecisionType } from './document-types';
import { schoolDayDeadline } from './school-days';
import type { AdaptationOutcome, ChainStep, FollowUpOutcome } from './support-steps';
import type { Calendar } from './terms';

/**
 * One pupil's support chain as a timeline, and whether it is stuck (a step overdue). Pure: the rows
 * come in, the steps go out; the due dates are school days after the step before (school-days.ts),
 * except sending a decision home and the appeal's three weeks, which are calendar days.
 */

/** How long each step may wait, from the support settings (utils/checklist/support.ts). */
export interface ChainDeadlines {
  /** A risk with no extra anpassningar after this many school days is flagged. */
  adaptWithinSchoolDays: number;
  /** An evaluation that says "not enough" is reported to the principal within this many school days. */
  referWithinSchoolDays: number;
  /** The principal's decision about an utredning, after the anmälan. */
  investigateWithinSchoolDays: number;
  /** The decision, after the utredning started. */
  decideWithinSchoolDays: number;
  /** The decision sent home, with its appeal instructions (calendar days). */
  sendHomeWithinDays: number;
}

/** Guardians may appeal within three weeks of receiving the decision (28 kap.). */
export const APPEAL_DAYS = 21;

export interface ChainFacts {
  /** The pupil's risks still open or contacted. */
  risks: readonly { firstSeen: number }[];
  /** Contacts that reached a guardian (told means told). */
  told: readonly { at: number }[];
  adaptations: readonly { from: string; evaluationDue: string; evaluation?: AdaptationOutcome; evaluatedOn?: string }[];
  referrals: readonly {
    madeOn: string;
    investigationStarted?: string;
    decision?: DecisionType;
    decidedOn?: string;
    appealInstructions?: boolean;
    receivedOn?: string;
    followUpDue?: string;
    followUpOutcome?: FollowUpOutcome;
    followedUpOn?: string;
  }[];
}

export type StepState = 'done' | 'open' | 'overdue' | 'later';

export interface TimelineStep {
  step: ChainStep;
  state: StepState;
  /** When it was done. */
  on?: string;
  /** When it is due (open or overdue). */
  due?: string;
}

export interface Timeline {
  steps: TimelineStep[];
  stuck: boolean;
  /** The last day to appeal, once the guardians received the decision. */
  appealUntil?: string;
}

const earliest = (dates: readonly string[]) => [...dates].sort()[0];
const latest = (dates: readonly string[]) => [...dates].sort().at(-1);

export function chainTimeline(facts: ChainFacts, deadlines: ChainDeadlines, today: string, calendar?: Calendar): Timeline {
  const later = (step: ChainStep): TimelineStep => ({ step, state: 'later' });
  const done = (step: ChainStep, on: string | undefined): TimelineStep => ({ step, state: 'done', ...(on ? { on } : {}) });
  const owed = (step: ChainStep, due: string): TimelineStep => ({ step, state: due < today ? 'overdue' : 'open', due });
  const after = (date: string, schoolDays: number) => schoolDayDeadline(date, schoolDays, calendar);

  const riskOn = earliest(facts.risks.map((risk) => isoDate(risk.firstSeen)));
  const toldOn = earliest(facts.told.map((contact) => isoDate(contact.at)).filter((on) => !riskOn || on >= riskOn));
  const adaptedOn = earliest(facts.adaptations.map((a) => a.from));
  const pending = facts.adaptations.filter((a) => a.evaluation === undefined || a.evaluation === 'continue');
  const notEnoughOn = earliest(facts.adaptations.filter((a) => a.evaluation === 'not-enough').map((a) => a.evaluatedOn ?? a.evaluationDue));
  const referral = [...facts.referrals].sort((a, b) => a.madeOn.localeCompare(b.madeOn)).at(-1);

  const steps: TimelineStep[] = [
    riskOn ? done('risk', riskOn) : later('risk'),
    toldOn ? done('informed', toldOn) : riskOn ? { step: 'informed', state: 'open' } : later('informed'),
    adaptedOn
      ? done('adaptations', adaptedOn)
      : riskOn
        ? owed('adaptations', after(riskOn, deadlines.adaptWithinSchoolDays))
        : later('adaptations'),
    pending.length
      ? owed('evaluation', earliest(pending.map((a) => a.evaluationDue))!)
      : adaptedOn
        ? done('evaluation', latest(facts.adaptations.flatMap((a) => (a.evaluatedOn ? [a.evaluatedOn] : []))))
        : later('evaluation'),
    referral
      ? done('referral', referral.madeOn)
      : notEnoughOn
        ? owed('referral', after(notEnoughOn, deadlines.referWithinSchoolDays))
        : later('referral'),
    ...referralSteps(referral, { owed, done, later, after }, deadlines),
  ];
  const appealUntil = referral?.receivedOn ? addDays(referral.receivedOn, APPEAL_DAYS) : undefined;
  return { steps, stuck: steps.some((s) => s.state === 'overdue'), ...(appealUntil ? { appealUntil } : {}) };
}

interface StepMakers {
  owed: (step: ChainStep, due: string) => TimelineStep;
  done: (step: ChainStep, on: string | undefined) => TimelineStep;
  later: (step: ChainStep) => TimelineStep;
  after: (date: string, schoolDays: number) => string;
}

/** The principal's part: utredning, decision, sent home with the appeal instructions, the åtgärdsprogram's follow-up. */
function referralSteps(referral: ChainFacts['referrals'][number] | undefined, make: StepMakers, deadlines: ChainDeadlines): TimelineStep[] {
  const { owed, done, later, after } = make;
  if (!referral) return (['investigation', 'decision', 'sent-home', 'follow-up'] as const).map(later);
  const started = referral.investigationStarted;
  const decided = referral.decision && referral.decidedOn;
  const sentHome = referral.appealInstructions === true && referral.receivedOn !== undefined;
  return [
    started ? done('investigation', started) : owed('investigation', after(referral.madeOn, deadlines.investigateWithinSchoolDays)),
    decided
      ? done('decision', referral.decidedOn)
      : started
        ? owed('decision', after(started, deadlines.decideWithinSchoolDays))
        : later('decision'),
    sentHome
      ? done('sent-home', referral.receivedOn)
      : decided
        ? owed('sent-home', addDays(referral.decidedOn!, deadlines.sendHomeWithinDays))
        : later('sent-home'),
    referral.decision !== 'action-programme'
      ? later('follow-up')
      : referral.followUpOutcome
        ? done('follow-up', referral.followedUpOn)
        : referral.followUpDue
          ? owed('follow-up', referral.followUpDue)
          : later('follow-up'),
  ];
}

/** The pupils whose chain is stuck: some step is overdue today. */
export function stuckOnly<T extends { timeline: Timeline }>(chains: readonly T[]): T[] {
  return chains.filter((chain) => chain.timeline.stuck);
}
