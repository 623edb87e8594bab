import Dexie from 'dexie';
import type { InsynDatabase } from '../database';
import type { PupilRecord, RiskRecord, RiskStatus } from '../records';
import { clampPage, slicePage, type PageRequest, type PageResult } from './page';
import { pupilIdsInGroup, pupilIdsMatching, pupilsById } from './pupils';
import { hasSnapshot, ORDER, snapshot } from './snapshot';
import { foldText, isSearch } from './text';

export interface RiskFilter {
  status?: RiskStatus;
  subject?: string;
  group?: string;
  term?: string;
  /** Words that must all appear in the pupil's name or group. */
  text?: string;
}

export interface RiskRow extends RiskRecord {
  pupil?: PupilRecord;
}

const longestWaitingFirst = ORDER.risks;

/**
 * Risks, longest waiting first. A teacher has at most a few thousand: the filters run over the
 * in-memory copy of the table (see snapshot.ts), one group's risks being read pupil by pupil by the
 * `pupilId` index; one status alone (the overview's open risks) is a page off `[status+firstSeen]`
 * while no copy is in memory, the total counted exactly (a few thousand keys at most).
 */
export async function listRisks(db: InsynDatabase, filter: RiskFilter, page: PageRequest): Promise<PageResult<RiskRow>> {
  const groupIds = filter.group ? await pupilIdsInGroup(db, filter.group) : undefined;
  const inGroup = groupIds ? new Set(groupIds) : undefined;
  const subject = filter.subject ? foldText(filter.subject) : undefined;
  const named = isSearch(filter.text) ? await pupilIdsMatching(db, filter.text) : undefined;
  const keep = (risk: RiskRecord) =>
    (!filter.status || risk.status === filter.status) &&
    (!filter.term || risk.term === filter.term) &&
    (!inGroup || inGroup.has(risk.pupilId)) &&
    (!subject || foldText(risk.subject) === subject) &&
    (!named || named.has(risk.pupilId));
  const onlyStatus = filter.status && !groupIds && !subject && !named && !filter.term;
  let result: PageResult<RiskRecord>;
  if (onlyStatus && !hasSnapshot(db, 'risks')) result = await byStatus(db, filter.status!, page);
  else if (groupIds) {
    const each = await Promise.all(groupIds.map((id) => db.risks.where('pupilId').equals(id).toArray()));
    result = slicePage(each.flat().filter(keep).sort(longestWaitingFirst), page);
  } else result = slicePage((await snapshot(db, 'risks')).filter(keep), page);
  const pupils = await pupilsById(
    db,
    result.rows.map((r) => r.pupilId),
  );
  return { ...result, rows: result.rows.map((r) => ({ ...r, pupil: pupils.get(r.pupilId) })) };
}

async function byStatus(db: InsynDatabase, status: RiskStatus, page: PageRequest): Promise<PageResult<RiskRecord>> {
  const { offset, limit } = clampPage(page);
  const range = () => db.risks.where('[status+firstSeen]').between([status, Dexie.minKey], [status, Dexie.maxKey], true, true);
  const [total, rows] = await Promise.all([range().count(), range().offset(offset).limit(limit).toArray()]);
  return { rows, total, offset };
}

/** Subjects that risks have been seen in, for filter suggestions (read from the index alone). */
export async function riskSubjects(db: InsynDatabase): Promise<string[]> {
  const keys = await db.risks.orderBy('subject').uniqueKeys();
  return keys.map(String).sort((a, b) => a.localeCompare(b, 'sv'));
}
