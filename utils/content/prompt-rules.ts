import type { PupilAtRisk } from './page-risks';

/**
 * When Insyn prompts the teacher. The background's `prompt` flag is the truth across visits (open, no
 * contact this term, not postponed, not decided); within one page session a prompt the teacher closed
 * or acted on stays away too, so Insyn never nags.
 */
export function pupilsToPrompt(pupils: readonly PupilAtRisk[], settled: ReadonlySet<string>): PupilAtRisk[] {
  return pupils
    .map((pupil) => ({ ...pupil, risks: pupil.risks.filter((r) => r.view?.prompt && !settled.has(r.view.riskId)) }))
    .filter((pupil) => pupil.risks.length > 0);
}

/** "Påminn mig i morgon": 07:00 local time the next day. */
export function tomorrowMorning(now: Date, hour = 7): number {
  const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, hour, 0, 0, 0);
  return next.getTime();
}
