import { isoDate } from '../domain/dates';
import type { InsynExport } from '../export/schema';

/**
 * The support chain in the principal's view (issue 18), from teachers' exports: per teacher and group,
 * the anmälningar till rektor still waiting for the principal's decision about an utredning and how long
 * they have waited, utredningar without a decision, and decisions without appeal instructions or without
 * the day the guardians received them. Pure. Ages are calendar days from the anmälan to the file's
 * export: what the file can tell.
 */
export interface OpenReport {
  pupil: string;
  madeOn: string;
  /** Days from the anmälan to the export. */
  waitedDays: number;
}

export interface SupportChainRow {
  teacher: string;
  group: string;
  openReports: OpenReport[];
  investigationsWithoutDecision: number;
  decisionsWithoutAppealInstructions: number;
  decisionsWithoutReceipt: number;
}

const DAY = 24 * 60 * 60 * 1000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / DAY);

export function supportChainRows(files: readonly { teacher: string; data: InsynExport }[]): SupportChainRow[] {
  const rows = new Map<string, SupportChainRow>();
  for (const { teacher, data } of files) {
    const exported = isoDate(data.exportedAt);
    const pupils = new Map(data.tables.pupils.map((p) => [p.id, p]));
    for (const referral of data.tables.referrals) {
      const pupil = pupils.get(referral.pupilId);
      const group = pupil?.group ?? '';
      const key = `${teacher}\u0000${group}`;
      const row = rows.get(key) ?? {
        teacher,
        group,
        openReports: [],
        investigationsWithoutDecision: 0,
        decisionsWithoutAppealInstructions: 0,
        decisionsWithoutReceipt: 0,
      };
      rows.set(key, row);
      const decided = referral.decision !== undefined;
      if (!referral.investigationStarted && !decided)
        row.openReports.push({
          pupil: pupil?.name ?? referral.pupilId,
          madeOn: referral.madeOn,
          waitedDays: daysBetween(referral.madeOn, exported),
        });
      if (referral.investigationStarted && !decided) row.investigationsWithoutDecision++;
      if (decided && !referral.appealInstructions) row.decisionsWithoutAppealInstructions++;
      if (decided && !referral.receivedOn) row.decisionsWithoutReceipt++;
    }
  }
  for (const row of rows.values()) row.openReports.sort((a, b) => b.waitedDays - a.waitedDays);
  return [...rows.values()].sort((a, b) => a.teacher.localeCompare(b.teacher, 'sv') || a.group.localeCompare(b.group, 'sv'));
}
