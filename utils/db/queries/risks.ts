import type { InsynDatabase } from '../database';
import type { PupilRecord, RiskRecord, RiskStatus } from '../records';
import { narrowest } from './narrowest';
import { slicePage, type PageRequest, type PageResult } from './page';
import { pupilIdsInGroup, pupilNames, pupilsById } from './pupils';
import { foldText, matchesQuery } from './text';

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

/**
 * Risks, longest waiting first. A teacher has at most a few thousand risks, so the narrowest index
 * range (status, term or group) is read and the rest is filtered in memory.
 */
export async function listRisks(db: InsynDatabase, filter: RiskFilter, page: PageRequest): Promise<PageResult<RiskRow>> {
  const candidates = [() => db.risks.toCollection()];
  if (filter.status) candidates.push(() => db.risks.where('status').equals(filter.status!));
  if (filter.term) candidates.push(() => db.risks.where('term').equals(filter.term!));
  let groupIds: Set<string> | undefined;
  if (filter.group) {
    const ids = await pupilIdsInGroup(db, filter.group);
    groupIds = new Set(ids);
    candidates.push(() => db.risks.where('pupilId').anyOf(ids));
  }
  const { open } = await narrowest(candidates);
  const subject = filter.subject ? foldText(filter.subject) : undefined;
  const matches = filter.text ? matchesQuery(filter.text) : undefined;
  const names = matches ? await pupilNames(db) : undefined;
  const rows = (await open().toArray()).filter(
    (risk) =>
      (!filter.status || risk.status === filter.status) &&
      (!filter.term || risk.term === filter.term) &&
      (!groupIds || groupIds.has(risk.pupilId)) &&
      (!subject || foldText(risk.subject) === subject) &&
      (!matches || matches(names!.get(risk.pupilId) ?? '')),
  );
  rows.sort((a, b) => a.firstSeen - b.firstSeen || a.id.localeCompare(b.id));
  const result = slicePage(rows, page);
  const pupils = await pupilsById(db, result.rows.map((r) => r.pupilId));
  return { ...result, rows: result.rows.map((r) => ({ ...r, pupil: pupils.get(r.pupilId) })) };
}

/** Subjects that risks have been seen in, for filter suggestions (read from the index alone). */
export async function riskSubjects(db: InsynDatabase): Promise<string[]> {
  const keys = await db.risks.orderBy('subject').uniqueKeys();
  return keys.map(String).sort((a, b) => a.localeCompare(b, 'sv'));
}
