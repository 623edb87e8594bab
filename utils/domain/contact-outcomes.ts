/** What came of a contact attempt. Only `nadd` and `mote-bokat` mean the guardians were told. */
export const CONTACT_OUTCOMES = ['nadd', 'ej-nadd', 'mote-bokat'] as const;
export type ContactOutcome = (typeof CONTACT_OUTCOMES)[number];

/** The outcomes that mean a guardian was told (told means told). */
export function isTold(outcome: ContactOutcome): boolean {
  return outcome === 'nadd' || outcome === 'mote-bokat';
}
