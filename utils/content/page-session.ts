import type { PageAnalysis } from '@/utils/infomentor/analysis';
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
}

export interface PageSessionOptions {
  document: Document;
  flow: ContactFlow;
  badges: Badges;
  read(root: ParentNode, url: string): PageReading;
  /** Nodes that are Insyn's own UI: their changes never cause a read. */
  isOurs(node: Node): boolean;
  onFailure(url: string, message: string): void;
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
    try {
      const reading = read(doc, url);
      rowOf = reading.rowOf;
      shown = undefined;
      void flow.pageRead(reading.analysis, url, doc.title.slice(0, 500));
    } catch (error) {
      rowOf = () => undefined;
      flow.pageFailed();
      onFailure(url, (error instanceof Error ? error.message : String(error)).slice(0, 500));
    }
  };

  const unsubscribe = flow.subscribe(showBadges);
  signal.addEventListener('abort', () => {
    unsubscribe();
    badges.clear();
  });
  return watchPage({ root: doc.body, read: readNow, ignore: isOurs, signal, schedule });
}
