/** Insyn's languages, Swedish first: its own words, and the templates written in them. */
export const LANGUAGES = ['sv', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];
