import type { AtRisk } from '@/utils/infomentor/analysis';
import type { RiskView } from '@/utils/messaging/protocol';

/**
 * The page's at-risk entries joined with what the background knows about each (status, last contact,
 * whether to prompt), grouped per pupil: a badge, a list row and a logged contact are per pupil.
 */
export interface PageRisk {
  pupil: string;
  pupilId?: string;
  subject: string;
  reasons: string[];
  /** Absent until the background has answered (or when it could not). */
  view?: RiskView;
}

export interface PupilAtRisk {
  key: string;
  pupil: string;
  pupilId?: string;
  risks: PageRisk[];
}

export function pupilKey(pupil: string, pupilId?: string): string {
  return pupilId ? `id:${pupilId}` : `name:${pupil}`;
}

function sameRisk(entry: AtRisk | PageRisk, view: RiskView): boolean {
  if (entry.subject !== view.subject) return false;
  return entry.pupilId && view.pupilId ? entry.pupilId === view.pupilId : entry.pupil === view.pupil;
}

export function joinRisks(atRisk: readonly AtRisk[], views: readonly RiskView[]): PupilAtRisk[] {
  const pupils = new Map<string, PupilAtRisk>();
  for (const entry of atRisk) {
    const key = pupilKey(entry.pupil, entry.pupilId);
    const pupil = pupils.get(key) ?? { key, pupil: entry.pupil, pupilId: entry.pupilId, risks: [] };
    pupils.set(key, pupil);
    if (pupil.risks.some((r) => r.subject === entry.subject)) continue;
    pupil.risks.push({
      pupil: entry.pupil,
      pupilId: entry.pupilId,
      subject: entry.subject,
      reasons: entry.reasons,
      view: views.find((view) => sameRisk(entry, view)),
    });
  }
  return [...pupils.values()];
}

/** Replaces the views the background sent back after an action, leaving the others as they were. */
export function updateViews(pupils: readonly PupilAtRisk[], views: readonly RiskView[]): PupilAtRisk[] {
  return pupils.map((pupil) => ({
    ...pupil,
    risks: pupil.risks.map((risk) => ({ ...risk, view: views.find((v) => v.riskId === risk.view?.riskId) ?? risk.view })),
  }));
}

export function riskIdsOf(pupils: readonly PupilAtRisk[]): string[] {
  return pupils.flatMap((p) => p.risks.flatMap((r) => (r.view ? [r.view.riskId] : [])));
}

export function subjectsOf(pupil: PupilAtRisk): string[] {
  return [...new Set(pupil.risks.map((r) => r.subject))];
}

/** Pupils with a risk no one has answered yet (no contact, no decision), or whose status is unknown. */
export function pupilsNeedingContact(pupils: readonly PupilAtRisk[]): PupilAtRisk[] {
  return pupils.filter((p) => p.risks.some((r) => !r.view || r.view.status === 'open'));
}

/** "Skyddade personuppgifter" on any of the pupils: no draft, no letter, the mark beside the name. */
export function isProtected(pupils: readonly PupilAtRisk[]): boolean {
  return pupils.some((p) => p.risks.some((r) => r.view?.protectedData));
}

/** The language the pupil's guardians need an interpreter for, when the teacher said so. */
export function interpreterOf(pupil: PupilAtRisk): string | undefined {
  return pupil.risks.find((r) => r.view?.interpreter)?.view?.interpreter;
}
