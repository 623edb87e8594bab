import type { DueCounts, OwedOnPage, OwedView } from '../checklist/owed-view';
import type { GroupRole } from '../domain/group-roles';
import type { PageAnalysis } from '../infomentor/analysis';
import type { QuietPage } from '../infomentor/quiet-pages';
import { t } from '../i18n';
import type { Send } from './contact-flow';

/** What the panel shows of the checklist on this page. */
export interface OwedState {
  /** What is owed for the page's pupils where their work is done (the IUP list, the decisions, a pupil's page). */
  items: OwedView[];
  /** The page's groups whose role the teacher has not given, less those she put off for now. */
  askRole: string[];
  /** On InfoMentor's own pages with nothing to read: which, and what is due (once the background says). */
  quiet?: { page: QuietPage; due?: DueCounts };
  /** An action the background refused, in the teacher's words. */
  error?: string;
}

export interface OwedFlow {
  getState(): OwedState;
  subscribe(listener: () => void): () => void;
  /** The send the contact flow uses: once the background has stored a reading of this frame, the panel asks. */
  watch(send: Send): Send;
  /** "Skickad per post" on a day, or (`outside`) "Redan gjort". False when it was refused. */
  confirm(itemIds: string[], on: string, outside: boolean): Promise<boolean>;
  answerRole(group: string, role: GroupRole): Promise<void>;
  /** "Inte nu": not asked again while this page lives. */
  putOffRole(group: string): void;
  openWeek(): void;
}

/**
 * The panel's checklist in the content script: it asks the background after each stored reading (so the
 * background knows the tab's pupils first) and keeps what it answered. Decides nothing about the items.
 */
export function createOwedFlow({ send, quietPage }: { send: Send; quietPage: () => QuietPage | undefined }): OwedFlow {
  const listeners = new Set<() => void>();
  const putOff = new Set<string>();
  let state: OwedState = { items: [], askRole: [] };
  let seq = 0;
  const set = (patch: Partial<OwedState>) => {
    state = { ...state, ...patch };
    for (const listener of listeners) listener();
  };
  const show = ({ items, askRole }: OwedOnPage) => set({ items, askRole: askRole.filter((group) => !putOff.has(group)), error: undefined });
  const failed = () => set({ error: t('panelOwedFailed') });

  const stored = async (analysis: PageAnalysis) => {
    const mine = ++seq;
    const quiet = analysis.kind === 'unknown' && analysis.pupils.length === 0 ? quietPage() : undefined;
    if (quiet) {
      set({ items: [], askRole: [], quiet: { page: quiet } });
      const due = await send('checklist/due', {}).catch(() => undefined);
      if (mine === seq && due) set({ quiet: { page: quiet, due } });
      return;
    }
    const none = analysis.pupils.length === 0;
    if (state.quiet || none) set({ quiet: undefined, ...(none ? { items: [], askRole: [] } : {}) });
    if (none) return;
    const owed = await send('checklist/for-page', {}).catch(() => undefined);
    if (mine === seq && owed) show(owed);
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    watch(inner) {
      return (async (type, payload) => {
        const answer = await inner(type, payload);
        if (type === 'page/read') void stored((payload as { analysis: PageAnalysis }).analysis);
        return answer;
      }) as Send;
    },
    async confirm(itemIds, on, outside) {
      try {
        show(await send('checklist/confirm', { itemIds, on, outside }));
        return true;
      } catch {
        failed();
        return false;
      }
    },
    async answerRole(group, role) {
      await send('roles/answer', { group, role }).then(show, failed);
    },
    putOffRole(group) {
      putOff.add(group);
      set({ askRole: state.askRole.filter((g) => g !== group) });
    },
    openWeek() {
      void send('week/open', {}).catch(failed);
    },
  };
}
