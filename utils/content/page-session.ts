import type { PageAnalysis } from '@/utils/infomentor/analysis';
import { type ReadFailure, readFailure } from '@/utils/infomentor/read-failure';
import type { BadgeItem, Badges } from './badges';
import type { ContactFlow } from './contact-flow';
import { pupilsNeedingContact, type PupilAtRisk } from './page-risks';
import { badgeLabel, badgeWords } from './status-text';
import { watchPage } from './watch-page';

/**
 * One InfoMentor page's life with Insyn: read it when idle and after changes (one read per debounce),
 * hand the reading to the contact flow, and keep the badges beside the at-risk pupils in step with the
 * flow. Everything stops, and every badge goes, when the signal aborts.
 */
export interface PageReading {
  analysis: PageAnalysis;
  /** With a subject, on a one-pupil page: that subject's row (each at-risk subject gets its own badge). */
  rowOf(pupil: string, pupilId?: string, subject?: string): Element | undefined;
  /** A reader threw (read-failure.ts): the page is not "unknown", Insyn failed on it. */
  failure?: ReadFailure;
}

export interface PageSessionOptions {
  document: Document;
  flow: ContactFlow;
  badges: Badges;
  read(root: ParentNode, url: string): PageReading;
  /** Nodes that are Insyn's own UI: their changes never cause a read. */
  isOurs(node: Node): boolean;
  /** A read failed; the cause names the step and the error's kind, never its message (it may quote the page). */
  onFailure(url: string, cause: string): void;
  signal: AbortSignal;
  schedule?: (callback: () => void) => void;
}

export function startPageSession({ document: doc, flow, badges, read, isOurs, onFailure, signal, schedule }: PageSessionOptions) {
  let rowOf: PageReading['rowOf'] = () => undefined;
  let shown: readonly PupilAtRisk[] | undefined;

  const showBadges = () => {
    const { pupils } = flow.getState();
    if (pupils === shown) return;
    shown = pupils;
    badges.show(pupils.flatMap((pupil) => badgesOf(pupil, rowOf)));
  };

  const readNow = () => {
    if (signal.aborted || !doc.body) return;
    const url = doc.location.href;
    let failure: ReadFailure | undefined;
    try {
      const current = read(doc, url);
      rowOf = current.rowOf;
      shown = undefined;
      failure = current.failure;
      if (!failure) void flow.pageRead(current.analysis, url, doc.title.slice(0, 500));
    } catch (error) {
      rowOf = () => undefined;
      failure = readFailure('content read', error);
    }
    if (failure) {
      flow.pageFailed();
      onFailure(url, failure.cause);
    }
  };

  const unsubscribe = flow.subscribe(showBadges);
  signal.addEventListener('abort', () => {
    unsubscribe();
    badges.clear();
  });
  const { readSoon } = watchPage({ root: doc.body, read: readNow, ignore: isOurs, signal, schedule });
  /** The badges' words again, in the language now chosen (issue 16): at once, without reading the page. */
  const relabel = () => {
    shown = undefined;
    showBadges();
  };
  return { readSoon, relabel };
}

/**
 * A pupil's badges: one beside the name, or, where the page shows each at-risk subject in a row of its
 * own (a one-pupil page), one on each of those rows, so the teacher sees exactly which subjects.
 */
function badgesOf(pupil: PupilAtRisk, rowOf: PageReading['rowOf']): BadgeItem[] {
  const row = rowOf(pupil.pupil, pupil.pupilId);
  // rowOf gives the pupil's own element for a subject it has no row of: then one badge, beside the name.
  const subjectRows = pupil.risks.map((risk) => rowOf(pupil.pupil, pupil.pupilId, risk.subject));
  if (subjectRows.length > 0 && subjectRows.every((subjectRow) => subjectRow !== undefined && subjectRow !== row)) {
    return pupil.risks.map((risk, i) => {
      const one: PupilAtRisk = { ...pupil, risks: [risk] };
      const item = { key: `${pupil.key}\u0000${risk.subject}`, pupilKey: pupil.key, pupil: risk.subject, row: subjectRows[i] as Element };
      return { ...item, text: badgeWords(one), label: badgeLabel(one), tone: toneOf(one) };
    });
  }
  return row ? [{ key: pupil.key, pupil: pupil.pupil, row, text: badgeWords(pupil), label: badgeLabel(pupil), tone: toneOf(pupil) }] : [];
}

const toneOf = (pupil: PupilAtRisk) => (pupilsNeedingContact([pupil]).length > 0 ? ('open' as const) : ('answered' as const));
