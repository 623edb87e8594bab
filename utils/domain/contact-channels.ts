/** How a teacher reached, or tried to reach, a guardian. Stored as these codes; labels follow `labelKey`. */
export const CONTACT_CHANNELS = ['telefon', 'e-post', 'infomentor', 'mote', 'brev', 'sms', 'annat'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];
