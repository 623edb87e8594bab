import { describe, expect, it } from 'vitest';
import { CONTACT_CHANNELS } from '@/utils/domain/contact-channels';
import { CONTACT_OUTCOMES, informs, WRITTEN_CHANNELS } from '@/utils/domain/contact-outcomes';
import { guardiansOwed, informedGuardians } from '@/utils/domain/guardians';

describe('informs: only what told the guardians', () => {
  it('reached and meeting booked inform by any channel; "not reached" never does', () => {
    for (const channel of CONTACT_CHANNELS) {
      expect(informs('nadd', channel)).toBe(true);
      expect(informs('mote-bokat', channel)).toBe(true);
      expect(informs('ej-nadd', channel)).toBe(false);
    }
  });

  it('a message sent informs only when it was written', () => {
    expect(CONTACT_CHANNELS.filter((channel) => informs('skickat', channel))).toEqual([...WRITTEN_CHANNELS]);
    expect(informs('skickat', 'telefon')).toBe(false);
    expect(informs('skickat', 'mote')).toBe(false);
  });

  it('covers every outcome', () => {
    expect(CONTACT_OUTCOMES.filter((o) => informs(o, 'brev'))).toEqual(['nadd', 'mote-bokat', 'skickat']);
  });
});

describe('guardians', () => {
  it('are two unless the teacher says one, less one not to be contacted', () => {
    expect(guardiansOwed({})).toEqual([1, 2]);
    expect(guardiansOwed({ guardians: 1 })).toEqual([1]);
    expect(guardiansOwed({ guardianExempt: { guardian: 2, reason: 'via-annan' } })).toEqual([1]);
    expect(guardiansOwed({ guardianExempt: { guardian: 1, reason: 'ingen-ratt' } })).toEqual([2]);
  });

  it('are informed one by one, by informing contacts only; a contact from before guardians were asked counts for all', () => {
    const call = { channel: 'telefon' } as const;
    const one = { ...call, outcome: 'nadd', guardians: [1] } as const;
    const other = { ...call, outcome: 'nadd', guardians: [2] } as const;
    expect(informedGuardians([{ ...call, outcome: 'ej-nadd', guardians: [1, 2] }], {})).toEqual({
      informed: [],
      owed: [1, 2],
      complete: false,
    });
    expect(informedGuardians([one], {})).toEqual({ informed: [1], owed: [1, 2], complete: false });
    expect(informedGuardians([one, other], {}).complete).toBe(true);
    expect(informedGuardians([{ ...call, outcome: 'nadd' }], {})).toEqual({ informed: [1, 2], owed: [1, 2], complete: true });
    expect(informedGuardians([{ ...call, outcome: 'ej-nadd' }], {}).complete).toBe(false);
    expect(informedGuardians([other], { guardians: 1 })).toEqual({ informed: [], owed: [1], complete: false });
    expect(informedGuardians([one], { guardianExempt: { guardian: 2, reason: 'ingen-ratt' } }).complete).toBe(true);
  });
});
