import { nameKey, pupilIdFor } from '../db/pupil-ids';
import type { InsynDatabase } from '../db/database';
import type { PupilRecord } from '../db/records';
import { refreshChecklist } from './refresh-checklist';
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

/** The pupil as seen now, merged into what was known: first sighting and a teacher-set year are kept. */
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
  return merged;
}

/**
 * The teacher sets (or, with undefined, clears) a pupil's school year; it then wins over the group name.
 * The pupil's checklist follows in the same transaction (no IUP in year 7, omdömen only in years 1–6).
 */
export async function setPupilYear(db: InsynDatabase, pupilId: string, year: number | undefined, now = Date.now()): Promise<void> {
  if (year !== undefined && !(Number.isInteger(year) && year >= 0 && year <= 10)) throw new Error(`not a school year: ${year}`);
  await db.transaction('rw', [db.pupils, db.risks, db.documents, db.settings, db.checklist], async () => {
    const pupil = await db.pupils.get(pupilId);
    if (!pupil) throw new Error('unknown pupil');
    const next: PupilRecord = { ...pupil };
    if (year === undefined) {
      delete next.year;
      delete next.yearSource;
      const fromGroup = schoolYearFromGroup(pupil.group);
      if (fromGroup !== undefined) Object.assign(next, { year: fromGroup, yearSource: 'group' });
    } else Object.assign(next, { year, yearSource: 'teacher' });
    await db.pupils.put(next);
    await refreshChecklist(db, now, [pupilId]);
  });
}
