import { describe, expect, it } from 'vitest';
import { guardianChoiceOf, healthWarning, initialLogFields, leavesOpen, toDateTimeLocal, validateLog } from '@/utils/content/log-form';
import type { PupilAtRisk } from '@/utils/content/page-risks';

const now = new Date(2025, 10, 21, 14, 30);

describe('validateLog', () => {
  const filled = { ...initialLogFields(now), outcome: 'nadd' as const, withWhom: ' Mamma ', summary: ' Pratade om bråk. ' };

  it('starts at now, by phone, with no outcome chosen', () => {
    expect(initialLogFields(now)).toEqual({
      channel: 'telefon',
      withWhom: '',
      when: '2025-11-21T14:30',
      summary: '',
      outcome: '',
      guardians: [1],
      retry: '',
      followUp: '',
    });
    expect(initialLogFields(now, { channel: 'brev' }).channel).toBe('brev');
    // The guardian not yet told is the one proposed.
    expect(initialLogFields(now, {}, { owed: [1, 2], informed: [1] }).guardians).toEqual([2]);
    expect(initialLogFields(now, {}, { owed: [2], informed: [] }).guardians).toEqual([2]);
  });

  it('turns valid fields into the contact/log request (trimmed, local time)', () => {
    const result = validateLog({ ...filled, followUp: '2025-12-01' }, now);
    expect(result).toEqual({
      ok: true,
      log: {
        at: now.getTime(),
        channel: 'telefon',
        withWhom: 'Mamma',
        summary: 'Pratade om bråk.',
        outcome: 'nadd',
        guardians: [1],
        followUp: '2025-12-01',
      },
    });
    const noFollowUp = validateLog(filled, now);
    expect(noFollowUp.ok && 'followUp' in noFollowUp.log).toBe(false);
  });

  it('requires an outcome and a real time, not in the future', () => {
    expect(validateLog({ ...filled, outcome: '' }, now)).toEqual({ ok: false, errors: { outcome: 'logErrorOutcome' } });
    expect(validateLog({ ...filled, when: '' }, now)).toEqual({ ok: false, errors: { when: 'logErrorWhen' } });
    expect(validateLog({ ...filled, when: '2025-02-30T10:00' }, now)).toEqual({ ok: false, errors: { when: 'logErrorWhen' } });
    expect(validateLog({ ...filled, when: toDateTimeLocal(new Date(2025, 10, 22, 9, 0)) }, now)).toEqual({
      ok: false,
      errors: { when: 'logErrorWhenFuture' },
    });
  });

  it('refuses a follow-up before the contact and overlong text, keeping every field', () => {
    const result = validateLog({ ...filled, followUp: '2025-11-20', summary: 'x'.repeat(2001) }, now);
    expect(result).toEqual({ ok: false, errors: { followUp: 'logErrorFollowUpBefore', summary: 'logErrorTooLong' } });
  });
});

describe('attempts and guardians in the form', () => {
  const filled = { ...initialLogFields(now), outcome: 'ej-nadd' as const };

  it('asks when to try again while someone is not informed, and keeps the day chosen', () => {
    const both = { owed: [1, 2] as const, informed: [] };
    expect(leavesOpen(filled, both)).toBe(true);
    expect(leavesOpen({ ...filled, outcome: 'nadd' }, both)).toBe(true);
    expect(leavesOpen({ ...filled, outcome: 'nadd', guardians: [1, 2] }, both)).toBe(false);
    expect(leavesOpen({ ...filled, outcome: 'nadd' }, { owed: [1, 2], informed: [2] })).toBe(false);
    expect(leavesOpen({ ...filled, outcome: 'skickat' }, { owed: [1], informed: [] })).toBe(true);
    const result = validateLog({ ...filled, retry: '2025-11-24' }, now);
    expect(result.ok && result.log).toMatchObject({ outcome: 'ej-nadd', retry: '2025-11-24' });
  });

  it('refuses a retry before the contact, no guardian, and a message "sent" by phone', () => {
    expect(validateLog({ ...filled, retry: '2025-11-20', guardians: [] }, now)).toEqual({
      ok: false,
      errors: { retry: 'logErrorRetryBefore', guardians: 'logErrorGuardians' },
    });
    expect(validateLog({ ...filled, outcome: 'skickat' }, now)).toEqual({ ok: false, errors: { outcome: 'logErrorSentNotWritten' } });
    expect(validateLog({ ...filled, outcome: 'skickat', channel: 'e-post' }, now).ok).toBe(true);
  });

  it("takes the pupil's guardians from their risks: those told about every open risk count as told", () => {
    const view = (informed: (1 | 2)[], status: 'open' | 'contacted' = 'open') => ({
      riskId: 'r',
      pupil: 'P',
      subject: 'S',
      status,
      prompt: false,
      guardians: { owed: [1, 2] as (1 | 2)[], informed },
    });
    const pupil = (...views: ReturnType<typeof view>[]): PupilAtRisk => ({
      key: 'k',
      pupil: 'P',
      risks: views.map((v) => ({ pupil: 'P', subject: 'S', reasons: [], view: v })),
    });
    expect(guardianChoiceOf([pupil(view([1]), view([1, 2]))])).toEqual({ owed: [1, 2], informed: [1] });
    expect(guardianChoiceOf([pupil(view([1]), view([2]))])).toEqual({ owed: [1, 2], informed: [] });
    expect(guardianChoiceOf([pupil(view([1]), view([], 'contacted'))])).toEqual({ owed: [1, 2], informed: [1] });
    expect(guardianChoiceOf([pupil(view([1])), pupil(view([1]))])).toBeUndefined();
  });
});

describe('healthWarning', () => {
  it('looks at the summary and the with-whom field', () => {
    expect(healthWarning({ withWhom: 'Pappa', summary: 'Berättade om diagnosen' })).toEqual(['diagnosen']);
    expect(healthWarning({ withWhom: 'Kontakt via BUP', summary: '' })).toEqual(['BUP']);
    expect(healthWarning({ withWhom: 'Mamma', summary: 'Möte bokat' })).toEqual([]);
  });
});
