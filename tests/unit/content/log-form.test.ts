import { describe, expect, it } from 'vitest';
import { healthWarning, initialLogFields, toDateTimeLocal, validateLog } from '@/utils/content/log-form';

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
      followUp: '',
    });
    expect(initialLogFields(now, { channel: 'brev' }).channel).toBe('brev');
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

describe('healthWarning', () => {
  it('looks at the summary and the with-whom field', () => {
    expect(healthWarning({ withWhom: 'Pappa', summary: 'Berättade om diagnosen' })).toEqual(['diagnosen']);
    expect(healthWarning({ withWhom: 'Kontakt via BUP', summary: '' })).toEqual(['BUP']);
    expect(healthWarning({ withWhom: 'Mamma', summary: 'Möte bokat' })).toEqual([]);
  });
});
