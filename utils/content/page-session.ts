import type { PageAnalysis } from '@/utils/infomentor/analysis';
import { type ReadFailure, readFailure } from '@/utils/infomentor/read-failure';
import type { Badges } from './badges';
import type { ContactFlow } from './contact-flow';
import { pupilsNeedingContact, type PupilAtRisk } from './page-risks';
import { badgeLabel, badgeText } from './status-text';
import { watchPage } from './watch-page';

/**
 * One InfoMentor page's life with Insyn: read it when idle and after changes (one read per debounce),
 * hand the reading to the contact flow, and keep the badges beside the at-risk pupils in step with the
 * flow. Everything stops, and every badge goes, when the signal aborts.
 */
export interface PageReading {
  analysis: PageAnalysis;
  rowOf(pupil: string, pupilId?: string): Element | undefined;
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
    const waiting = new Set(pupilsNeedingContact(pupils).map((p) => p.key));
    badges.show(
      pupils.flatMap((pupil) => {
        const row = rowOf(pupil.pupil, pupil.pupilId);
        if (!row) return [];
        const tone = waiting.has(pupil.key) ? ('open' as const) : ('answered' as const);
        return [{ key: pupil.key, pupil: pupil.pupil, row, text: badgeText(pupil), label: badgeLabel(pupil), tone }];
      }),
    );
  };

  const readNow = () => {
    if (signal.aborted || !doc.body) return;
    const url = doc.location.href;
    let failure: ReadFailure | undefined;
    try {
      const reading = read(doc, url);
      rowOf = reading.rowOf;
      shown = undefined;
      failure = reading.failure;
      if (!failure) void flow.pageRead(reading.analysis, url, doc.title.slice(0, 500));
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
  return watchPage({ root: doc.body, read: readNow, ignore: isOurs, signal, schedule });
}
