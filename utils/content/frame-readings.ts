import type { PageAnalysis } from '@/utils/infomentor/analysis';
import { pupilKey } from './page-risks';

/**
 * One tab, one panel: the reading of the frame that shows the panel, joined with the readings of the
 * InfoMentor pages in the tab's other frames. The kind and context are its own when it shows something
 * Insyn reads, else the first frame's that does; pupils and risks are all of them, each once.
 */
export function unionOf(own: PageAnalysis | undefined, frames: readonly PageAnalysis[]): PageAnalysis | undefined {
  const all = own ? [own, ...frames] : [...frames];
  const [first] = all;
  if (!first || all.length === 1) return first;
  const shown = all.find((analysis) => analysis.kind !== 'unknown') ?? first;
  const once = <T>(items: T[], key: (item: T) => string) => [...new Map(items.map((item) => [key(item), item] as const)).values()];
  return {
    kind: shown.kind,
    context: shown.context,
    pupils: once(
      all.flatMap((a) => a.pupils),
      (p) => pupilKey(p.name, p.id),
    ),
    atRisk: once(
      all.flatMap((a) => a.atRisk),
      (r) => `${pupilKey(r.pupil, r.pupilId)}\u0000${r.subject}`,
    ),
    documents: all.flatMap((a) => a.documents),
  };
}
