import type { InsynDatabase } from '../database';
import type { PupilRecord, RiskRecord, RiskStatus } from '../records';
import { slicePage, type PageRequest, type PageResult } from './page';
import { pupilIdsInGroup, pupilIdsMatching, pupilsById } from './pupils';
import { ORDER, snapshot } from './snapshot';
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
 * Risks, longest waiting first. A teacher has at most a few thousand, so the filters run over the
 * in-memory copy of the table (see snapshot.ts), one group's risks being read by the `pupilId` index.
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
  const rows = groupIds
    ? (await db.risks.where('pupilId').anyOf(groupIds).toArray()).filter(keep).sort(longestWaitingFirst)
    : (await snapshot(db, 'risks')).filter(keep);
  const result = slicePage(rows, page);
  const pupils = await pupilsById(
    db,
    result.rows.map((r) => r.pupilId),
  );
  return { ...result, rows: result.rows.map((r) => ({ ...r, pupil: pupils.get(r.pupilId) })) };
}

/** Subjects that risks have been seen in, for filter suggestions (read from the index alone). */
export async function riskSubjects(db: InsynDatabase): Promise<string[]> {
  const keys = await db.risks.orderBy('subject').uniqueKeys();
  return keys.map(String).sort((a, b) => a.localeCompare(b, 'sv'));
}
