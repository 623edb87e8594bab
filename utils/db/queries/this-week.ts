import Dexie from 'dexie';
import type { InsynDatabase } from '../database';
import type { ChecklistRecord, PupilRecord } from '../records';
import { endOfWeek } from '../../domain/dates';
import { pupilsById } from './pupils';

/** How many pupils "Den här veckan" lists; the checklist has the rest. */
export const WEEK_PUPILS = 10;

export interface WeekPupil {
  pupilId: string;
  pupil?: PupilRecord;
  /** Soonest first; the overdue ones first of all. */
  items: ChecklistRecord[];
}

export interface ThisWeek {
  /** Open items due by Sunday, overdue ones included. */
  total: number;
  pupils: WeekPupil[];
  /** Pupils left out of `pupils`. */
  morePupils: number;
}

/**
 * What is due this week (to Sunday) and overdue, grouped by pupil, the pupil with the most urgent item
 * first. Read through the [status+due] index, so only open items due by Sunday are read.
 */
export async function thisWeek(db: InsynDatabase, today: string): Promise<ThisWeek> {
  const items = await db.checklist
    .where('[status+due]')
    .between(['open', Dexie.minKey], ['open', endOfWeek(today)], true, true)
    .toArray();
  const byPupil = new Map<string, ChecklistRecord[]>();
  for (const item of items) byPupil.set(item.pupilId, [...(byPupil.get(item.pupilId) ?? []), item]);
  // The index gives them by due date: each pupil's list and the order of first appearance are already soonest first.
  const shown = [...byPupil.keys()].slice(0, WEEK_PUPILS);
  const pupils = await pupilsById(db, shown);
  return {
    total: items.length,
    pupils: shown.map((pupilId) => ({ pupilId, pupil: pupils.get(pupilId), items: byPupil.get(pupilId)! })),
    morePupils: Math.max(0, byPupil.size - shown.length),
  };
}
