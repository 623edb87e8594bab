/** What came of a contact attempt. Only `nadd` and `mote-bokat` mean the guardians were told. */
export const CONTACT_OUTCOMES = ['nadd', 'ej-nadd', 'mote-bokat'] as const;
export type ContactOutcome = (typeof CONTACT_OUTCOMES)[number];
