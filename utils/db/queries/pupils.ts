import type { InsynDatabase } from '../database';
import type { PupilRecord } from '../records';
import { snapshot } from './snapshot';
import { foldText, searchWords } from './text';

/** The pupils behind a page of rows, by id; one indexed bulk read however long the list it came from. */
export async function pupilsById(db: InsynDatabase, ids: Iterable<string>): Promise<Map<string, PupilRecord>> {
  const unique = [...new Set(ids)];
  const found = await db.pupils.bulkGet(unique);
  const byId = new Map<string, PupilRecord>();
  for (const pupil of found) if (pupil) byId.set(pupil.id, pupil);
  return byId;
}

/** Every group the teacher's pages have shown, for the group filter (read from the index alone). */
export async function listGroups(db: InsynDatabase): Promise<string[]> {
  const keys = await db.pupils.orderBy('group').uniqueKeys();
  return keys.map(String).sort((a, b) => a.localeCompare(b, 'sv'));
}

/** Ids of the pupils in one group. */
export async function pupilIdsInGroup(db: InsynDatabase, group: string): Promise<string[]> {
  return (await db.pupils.where('group').equals(group).primaryKeys()) as string[];
}

/** The folded names of each in-memory copy of the pupils: folded once per copy, not once per search. */
const foldedNames = new WeakMap<readonly PupilRecord[], ReadonlyMap<string, string>>();

/** Every pupil's name and group, folded for search (see text.ts), by id; the pupil table is small (one row per pupil taught). */
export async function foldedPupilNames(db: InsynDatabase): Promise<ReadonlyMap<string, string>> {
  const pupils = await snapshot(db, 'pupils');
  let names = foldedNames.get(pupils);
  if (!names) {
    names = new Map(pupils.map((pupil) => [pupil.id, foldText(`${pupil.name} ${pupil.group ?? ''}`)]));
    foldedNames.set(pupils, names);
  }
  return names;
}

/** Ids of the pupils whose name or group contains every word of the query. */
export async function pupilIdsMatching(db: InsynDatabase, query: string): Promise<Set<string>> {
  const words = searchWords(query);
  const ids = new Set<string>();
  for (const [id, name] of await foldedPupilNames(db)) if (words.every((w) => name.includes(w))) ids.add(id);
  return ids;
}

/** Pupils for a pupil picker, by name. */
export async function listPupils(db: InsynDatabase): Promise<PupilRecord[]> {
  const all = await db.pupils.toArray();
  return all.sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}
