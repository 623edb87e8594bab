import { normaliseName } from '../infomentor/normalise';

/** A pupil's name as a key: the page's normalised form (utils/infomentor/normalise.ts), lower case. */
export function nameKey(name: string): string {
  return normaliseName(name).toLowerCase();
}

/**
 * Insyn's id for a pupil: InfoMentor's id when the page carries one, else the name and group. Without a
 * group (lists of decisions show none) the name alone is used; storeReading first looks for a pupil of
 * that name already known, see `resolvePupilId`.
 */
export function pupilIdFor(name: string, pageId: string | undefined, group: string | undefined): string {
  if (pageId) return `im:${pageId}`;
  return `name:${nameKey(name)}|${group ? nameKey(group) : ''}`;
}

/** InfoMentor's own id inside Insyn's pupil id, when there is one. */
export function pageIdOf(pupilId: string): string | undefined {
  return pupilId.startsWith('im:') ? pupilId.slice(3) : undefined;
}
