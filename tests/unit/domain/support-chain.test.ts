import { describe, expect, it } from 'vitest';
import { schoolWeeksLater } from '@/utils/domain/school-days';
import { chainTimeline, stuckOnly, type ChainDeadlines, type ChainFacts } from '@/utils/domain/support-chain';
import { DEFAULT_SETTINGS } from '@/utils/settings/schema';

const calendar = DEFAULT_SETTINGS.terms; // Ht 08-15 – 12-20, Vt 01-08 – 06-12
const deadlines: ChainDeadlines = DEFAULT_SETTINGS.rules.support;
const local = (iso: string) => new Date(`${iso}T10:00:00`).getTime();

const risk: ChainFacts = { risks: [{ firstSeen: local('2025-11-05') }], told: [], adaptations: [], referrals: [] };
const adapted: ChainFacts = { ...risk, adaptations: [{ from: '2025-11-06', evaluationDue: '2025-12-04' }] };
const notEnough: ChainFacts = {
  ...risk,
  adaptations: [{ from: '2025-11-06', evaluationDue: '2025-12-04', evaluation: 'not-enough', evaluatedOn: '2025-12-04' }],
};
const referred = (more: Partial<ChainFacts['referrals'][number]> = {}): ChainFacts => ({
  ...notEnough,
  referrals: [{ madeOn: '2025-12-08', ...more }],
});

const step = (facts: ChainFacts, name: string, today: string) =>
  chainTimeline(facts, deadlines, today, calendar).steps.find((s) => s.step === name);

describe('due dates of the support chain, on school days', () => {
  it('the evaluation comes four school weeks (20 school days) after the extra anpassningar began', () => {
    expect(schoolWeeksLater('2025-11-06', 4, calendar)).toBe('2025-12-04');
    // Across the Christmas break: the days between the terms are not school days.
    expect(schoolWeeksLater('2025-12-15', 1, calendar)).toBe('2026-01-08');
  });

  it('extra anpassningar are owed ten school days after the risk, then overdue', () => {
    expect(step(risk, 'adaptations', '2025-11-19')).toEqual({ step: 'adaptations', state: 'open', due: '2025-11-19' });
    expect(step(risk, 'adaptations', '2025-11-20')).toEqual({ step: 'adaptations', state: 'overdue', due: '2025-11-19' });
    expect(step(adapted, 'adaptations', '2025-11-20')).toEqual({ step: 'adaptations', state: 'done', on: '2025-11-06' });
  });

  it('the evaluation is due on its date; "not enough" makes the anmälan due five school days later', () => {
    expect(step(adapted, 'evaluation', '2025-12-05')).toMatchObject({ state: 'overdue', due: '2025-12-04' });
    expect(step(adapted, 'referral', '2025-12-05')).toMatchObject({ state: 'later' });
    expect(step(notEnough, 'evaluation', '2025-12-05')).toEqual({ step: 'evaluation', state: 'done', on: '2025-12-04' });
    expect(step(notEnough, 'referral', '2025-12-11')).toEqual({ step: 'referral', state: 'open', due: '2025-12-11' });
    expect(step(notEnough, 'referral', '2025-12-12')).toMatchObject({ state: 'overdue' });
  });

  it('"continue" keeps the evaluation owed at its new date', () => {
    const going: ChainFacts = {
      ...risk,
      adaptations: [{ from: '2025-11-06', evaluationDue: '2026-01-15', evaluation: 'continue', evaluatedOn: '2025-12-04' }],
    };
    expect(step(going, 'evaluation', '2025-12-10')).toEqual({ step: 'evaluation', state: 'open', due: '2026-01-15' });
  });

  it("the principal's decision about an utredning is due ten school days after the anmälan, past the break", () => {
    expect(step(referred(), 'investigation', '2026-01-08')).toEqual({ step: 'investigation', state: 'open', due: '2026-01-08' });
    expect(step(referred(), 'decision', '2026-01-08')).toMatchObject({ state: 'later' });
    const started = referred({ investigationStarted: '2026-01-12' });
    expect(step(started, 'decision', '2026-01-12')).toEqual({ step: 'decision', state: 'open', due: '2026-02-09' });
  });

  it('a decision is sent home within seven days; received with its appeal instructions, the three weeks run', () => {
    const decided = referred({ investigationStarted: '2026-01-12', decision: 'action-programme', decidedOn: '2026-02-02' });
    expect(step(decided, 'sent-home', '2026-02-10')).toEqual({ step: 'sent-home', state: 'overdue', due: '2026-02-09' });
    // Received without the appeal instructions checked is not sent home.
    expect(
      step({ ...decided, referrals: [{ ...decided.referrals[0]!, receivedOn: '2026-02-05' }] }, 'sent-home', '2026-02-10'),
    ).toMatchObject({
      state: 'overdue',
    });
    const home = referred({
      investigationStarted: '2026-01-12',
      decision: 'action-programme',
      decidedOn: '2026-02-02',
      appealInstructions: true,
      receivedOn: '2026-02-05',
    });
    const timeline = chainTimeline(home, deadlines, '2026-02-10', calendar);
    expect(timeline.steps.find((s) => s.step === 'sent-home')).toEqual({ step: 'sent-home', state: 'done', on: '2026-02-05' });
    expect(timeline.appealUntil).toBe('2026-02-26');
  });

  it('only an åtgärdsprogram has a follow-up, due on its evaluation date', () => {
    const base = { investigationStarted: '2026-01-12', decidedOn: '2026-02-02', appealInstructions: true, receivedOn: '2026-02-05' };
    expect(step(referred({ ...base, decision: 'no-action-programme' }), 'follow-up', '2026-06-01')).toMatchObject({ state: 'later' });
    const programme = referred({ ...base, decision: 'action-programme', followUpDue: '2026-05-01' });
    expect(step(programme, 'follow-up', '2026-05-04')).toEqual({ step: 'follow-up', state: 'overdue', due: '2026-05-01' });
    const followed = referred({
      ...base,
      decision: 'action-programme',
      followUpDue: '2026-05-01',
      followUpOutcome: 'revise',
      followedUpOn: '2026-04-30',
    });
    expect(step(followed, 'follow-up', '2026-05-04')).toEqual({ step: 'follow-up', state: 'done', on: '2026-04-30' });
  });

  it('guardians are informed only by a contact that reached them, on or after the risk', () => {
    expect(step({ ...risk, told: [{ at: local('2025-11-01') }] }, 'informed', '2025-11-10')).toMatchObject({ state: 'open' });
    expect(step({ ...risk, told: [{ at: local('2025-11-07') }] }, 'informed', '2025-11-10')).toEqual({
      step: 'informed',
      state: 'done',
      on: '2025-11-07',
    });
  });
});

describe('the "stuck" filter', () => {
  it('keeps the pupils with a step overdue today, and no others', () => {
    const today = '2025-12-05';
    const chains = [
      { pupil: 'waiting for anpassningar', timeline: chainTimeline(risk, deadlines, today, calendar) },
      { pupil: 'evaluation overdue', timeline: chainTimeline(adapted, deadlines, today, calendar) },
      { pupil: 'anmälan not yet due', timeline: chainTimeline(notEnough, deadlines, today, calendar) },
      {
        pupil: 'nothing owed',
        timeline: chainTimeline({ risks: [], told: [], adaptations: [], referrals: [] }, deadlines, today, calendar),
      },
    ];
    expect(stuckOnly(chains).map((c) => c.pupil)).toEqual(['waiting for anpassningar', 'evaluation overdue']);
  });

  it('a chain moving on time is not stuck', () => {
    const onTime = referred({ investigationStarted: '2025-12-10' });
    expect(chainTimeline(onTime, deadlines, '2025-12-12', calendar).stuck).toBe(false);
  });
});
