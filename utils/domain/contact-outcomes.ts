import type { ContactChannel } from './contact-channels';

/**
 * What came of a contact attempt. A contact is an attempt (channel, when, with whom); only some outcomes
 * mean the guardians were told (`informs`). `ej-nadd` is an attempt that reached nobody.
 */
export const CONTACT_OUTCOMES = ['nadd', 'ej-nadd', 'mote-bokat', 'skickat'] as const;
export type ContactOutcome = (typeof CONTACT_OUTCOMES)[number];

/** Channels that carry a written message: only these can be "sent" and inform without a reply. */
export const WRITTEN_CHANNELS = ['e-post', 'infomentor', 'brev', 'sms'] as const satisfies readonly ContactChannel[];

export function isWritten(channel: ContactChannel): boolean {
  return (WRITTEN_CHANNELS as readonly ContactChannel[]).includes(channel);
}

/**
 * The one rule of "told means told": guardians reached (by phone, in a meeting, or who answered), a
 * meeting booked with them, or a written message or letter sent to them. A call nobody answered, or a
 * "sent" by phone, informs no one.
 */
export function informs(outcome: ContactOutcome, channel: ContactChannel): boolean {
  switch (outcome) {
    case 'nadd':
    case 'mote-bokat':
      return true;
    case 'skickat':
      return isWritten(channel);
    case 'ej-nadd':
      return false;
  }
}
