import { nameKey, pupilIdFor } from '../db/pupil-ids';
import type { PupilRecord } from '../db/records';
import { schoolYearFromGroup } from '../checklist/school-year';

/**
 * Picks the id for a pupil on a page without a group: the one pupil already known by that name, if
 * exactly one is; otherwise a group-less id. `known` maps normalised names to the ids seen with them.
 */
export function resolvePupilId(
  name: string,
  pageId: string | undefined,
  group: string | undefined,
  known: ReadonlyMap<string, readonly string[]>,
): string {
  if (pageId || group) return pupilIdFor(name, pageId, group);
  const candidates = known.get(nameKey(name)) ?? [];
  return candidates.length === 1 ? candidates[0]! : pupilIdFor(name, undefined, undefined);
}

/** Normalised name → pupil ids, for `resolvePupilId`. */
export function indexByName(pupils: readonly PupilRecord[]): Map<string, string[]> {
  const byName = new Map<string, string[]>();
  for (const pupil of pupils) {
    const key = nameKey(pupil.name);
    byName.set(key, [...(byName.get(key) ?? []), pupil.id]);
  }
  return byName;
}

/** What only the teacher says about a pupil: kept whatever a page shows. */
const TEACHER_FACTS = ['guardians', 'guardianExempt', 'protectedData', 'interpreter'] as const;

/** The pupil as seen now, merged into what was known: first sighting, a teacher-set year and facts are kept. */
export function mergePupil(
  existing: PupilRecord | undefined,
  seen: { id: string; name: string; group?: string },
  now: number,
): PupilRecord {
  const group = seen.group ?? existing?.group;
  const teacherYear = existing?.yearSource === 'teacher';
  const year = teacherYear ? existing.year : (schoolYearFromGroup(group) ?? existing?.year);
  const merged: PupilRecord = {
    id: seen.id,
    name: seen.name,
    firstSeen: existing?.firstSeen ?? now,
    lastSeen: Math.max(existing?.lastSeen ?? now, now),
  };
  if (group !== undefined) merged.group = group;
  if (year !== undefined) {
    merged.year = year;
    merged.yearSource = teacherYear ? 'teacher' : 'group';
  }
  for (const fact of TEACHER_FACTS) if (existing?.[fact] !== undefined) Object.assign(merged, { [fact]: existing[fact] });
  return merged;
}
