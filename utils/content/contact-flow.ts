import type { PageAnalysis } from '@/utils/infomentor/analysis';
import type { DraftingContext, RequestPayload, RequestType, Responses, RiskView } from '@/utils/messaging/protocol';
import { t } from '@/utils/i18n';
import type { ContactLog, LogFields } from './log-form';
import { unionOf } from './frame-readings';
import { protectedRoutineText } from './protected-routine';
import { isProtected, joinRisks, riskIdsOf, updateViews, type PupilAtRisk } from './page-risks';
import { pupilsToPrompt, tomorrowMorning } from './prompt-rules';

/**
 * The in-page contact flow's state and the decisions behind it, free of any UI: from "this pupil is at
 * risk" to "guardians contacted and logged". The content script feeds it page readings; the panel
 * renders its state and calls its actions; the badges follow its pupils.
 */
export type Send = <K extends RequestType>(type: K, payload: RequestPayload<K>) => Promise<Responses[K]>;

export type FlowForm =
  | { kind: 'draft'; pupilKeys: string[] }
  /** One pupil, or (`several`) the same contact for the pupils the teacher ticks, e.g. after a meeting evening. */
  | { kind: 'log'; pupilKeys: string[]; several?: boolean; preset?: Partial<LogFields> }
  | { kind: 'dismiss'; pupilKeys: string[] };

export interface FlowState {
  phase: 'reading' | 'read' | 'failed';
  analysis?: PageAnalysis;
  pupils: PupilAtRisk[];
  /** False when the background could not say where the risks stand (then nothing can be logged). */
  statusKnown: boolean;
  /** The lock for shared computers is closed: the panel shows the page's counts and nothing else. */
  locked?: boolean;
  /** The pupils to prompt about now. */
  prompt: PupilAtRisk[];
  /** The teacher's choice; until then the panel opens by itself only to prompt. */
  expanded?: boolean;
  /** The pupil a badge pointed at, shown first and focused in the list. */
  focus?: { pupilKey: string; seq: number };
  form?: FlowForm;
  drafting: { status: 'idle' | 'loading' | 'ready' | 'failed'; context?: DraftingContext };
  /** For the live region; seq makes the same words announce again. */
  announcement: { text: string; seq: number };
  /** An action the background refused; shown in the panel, the form's input kept. */
  error?: string;
}

export type ActionResult = { ok: true } | { ok: false; error: string; saved?: string[] };

export interface ContactFlow {
  getState(): FlowState;
  subscribe(listener: () => void): () => void;
  pageRead(analysis: PageAnalysis, url: string, title: string): Promise<void>;
  pageFailed(): void;
  /** The panel's frame hears what another frame of the tab read, with where its risks stand: it shows both. */
  frameRead(frameId: number, analysis: PageAnalysis, risks: RiskView[]): void;
  setExpanded(expanded: boolean): void;
  showPupil(pupilKey: string): void;
  openForm(form: FlowForm): void;
  closeForm(): void;
  closePrompt(): void;
  postpone(pupilKeys: string[]): Promise<ActionResult>;
  dismiss(pupilKeys: string[], reason: string): Promise<ActionResult>;
  logContact(pupilKey: string, log: ContactLog): Promise<ActionResult>;
  /** The same contact for several pupils: one logged contact each. On failure, `saved` names those done. */
  logContacts(pupilKeys: string[], log: ContactLog): Promise<ActionResult>;
  loadDrafting(): Promise<void>;
  /** Saves the teacher's name and school given in a draft; every open draft shows them at once. */
  saveSignature(signature: { teacher: string; school: string }): Promise<ActionResult>;
  announce(text: string): void;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** What the flow's parts share: its state and how it changes, the risks settled this page session, errors. */
interface Core {
  send: Send;
  now: () => Date;
  state: () => FlowState;
  set: (patch: Partial<FlowState>) => void;
  /** Risks settled in this page session (closed, postponed, answered): never prompted again while the page lives. */
  settled: Set<string>;
  settle: (riskIds: readonly string[]) => void;
  pupilsFor: (keys: readonly string[]) => PupilAtRisk[];
  /** The next announcement's number, so the same words announce again. */
  nextSeq: () => number;
  fail: (error: unknown) => ActionResult;
}

export function createContactFlow({ send, now = () => new Date() }: { send: Send; now?: () => Date }): ContactFlow {
  const settled = new Set<string>();
  const listeners = new Set<() => void>();
  let seq = 0;
  let state: FlowState = {
    phase: 'reading',
    pupils: [],
    statusKnown: false,
    prompt: [],
    drafting: { status: 'idle' },
    announcement: { text: '', seq: 0 },
  };
  const set = (patch: Partial<FlowState>) => {
    const next = { ...state, ...patch };
    next.prompt = pupilsToPrompt(next.pupils, settled);
    state = next;
    for (const listener of listeners) listener();
  };
  const core: Core = {
    send,
    now,
    state: () => state,
    set,
    settled,
    settle: (riskIds) => riskIds.forEach((id) => settled.add(id)),
    pupilsFor: (keys) => state.pupils.filter((p) => keys.includes(p.key)),
    nextSeq: () => ++seq,
    fail(error) {
      const text = t('pageActionFailed', { message: message(error) });
      set({ error: text });
      return { ok: false, error: text };
    },
  };
  const drafting = draftingActions(core);

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    ...readingActions(core, drafting.loadDrafting),
    ...panelActions(core, drafting.loadDrafting),
    ...riskActions(core),
    ...drafting,
  };
}

/**
 * Readings: this frame's own and its risks' status, and (in the panel's frame only) the other frames'.
 * What the panel shows is their union.
 */
function readingActions(
  { send, state, set }: Core,
  loadDrafting: () => Promise<void>,
): Pick<ContactFlow, 'pageRead' | 'pageFailed' | 'frameRead'> {
  let readSeq = 0;
  let own: PageAnalysis | undefined;
  let ownViews: RiskView[] = [];
  const frames = new Map<number, { analysis: PageAnalysis; views: RiskView[] }>();
  const combined = (views: readonly RiskView[] = [...ownViews, ...[...frames.values()].flatMap((f) => f.views)]) => {
    const analysis = unionOf(
      own,
      [...frames.values()].map((f) => f.analysis),
    );
    return { analysis, pupils: joinRisks(analysis?.atRisk ?? [], views) };
  };
  return {
    async pageRead(analysis, url, title) {
      const mine = ++readSeq;
      own = analysis;
      // Until the background answers, the last known status stands (no flicker on every re-read).
      const known = state().pupils.flatMap((p) => p.risks.flatMap((r) => (r.view ? [r.view] : [])));
      const shown = combined(known);
      // The form stays open across re-reads when its pupils are still on the page.
      const keys = new Set(shown.pupils.map((p) => p.key));
      const form = state().form?.pupilKeys.every((k) => keys.has(k)) ? state().form : undefined;
      set({ phase: 'read', ...shown, form });
      try {
        const { stored, risks, locked } = await send('page/read', { url, title, analysis });
        if (mine !== readSeq) return;
        ownViews = risks;
        // A reading the background did not store (over a budget, utils/store/budgets.ts) has no status to show.
        set({ ...combined(), statusKnown: stored, locked: locked === true });
        if (locked) return;
        // Templates are fetched once the page has risks, so "Skriv" opens a ready draft.
        if (analysis.atRisk.length > 0 && state().drafting.status === 'idle') void loadDrafting();
      } catch {
        // The page still shows its risks; only their status (and logging) waits for the background.
        if (mine === readSeq) {
          ownViews = [];
          set({ ...combined(), statusKnown: false });
        }
      }
    },
    pageFailed() {
      readSeq++;
      own = undefined;
      ownViews = [];
      const shown = combined();
      set({ phase: 'failed', ...shown, statusKnown: frames.size > 0, form: undefined });
    },
    frameRead(frameId, analysis, risks) {
      frames.set(frameId, { analysis, views: risks });
      set({
        phase: state().phase === 'reading' ? 'read' : state().phase,
        ...combined(),
        statusKnown: own === undefined || state().statusKnown,
      });
      if (analysis.atRisk.length > 0 && state().drafting.status === 'idle') void loadDrafting();
    },
  };
}

type PanelAction = 'setExpanded' | 'showPupil' | 'openForm' | 'closeForm' | 'closePrompt' | 'announce';

/** What the panel opens and closes, and what it announces. */
function panelActions({ state, set, settle, pupilsFor, nextSeq }: Core, loadDrafting: () => Promise<void>): Pick<ContactFlow, PanelAction> {
  return {
    setExpanded(expanded) {
      set({ expanded });
    },
    showPupil(pupilKey) {
      set({ expanded: true, focus: { pupilKey, seq: nextSeq() } });
    },
    openForm(asked) {
      // Pupils with protected personal data get no draft or letter: the school's routine instead.
      const form =
        asked.kind === 'draft' ? { ...asked, pupilKeys: asked.pupilKeys.filter((key) => !isProtected(pupilsFor([key]))) } : asked;
      if (form.pupilKeys.length === 0) {
        set({
          form: undefined,
          expanded: true,
          error: undefined,
          announcement: { text: protectedRoutineText(state().drafting.context?.protectedRoutine), seq: nextSeq() },
        });
        return;
      }
      set({ form, expanded: true, error: undefined });
      if (form.kind === 'draft' && state().drafting.status !== 'ready') void loadDrafting();
    },
    closeForm() {
      set({ form: undefined, error: undefined });
    },
    closePrompt() {
      settle(riskIdsOf(state().prompt));
      set({});
    },
    announce(text) {
      set({ announcement: { text, seq: nextSeq() } });
    },
  };
}

/** What the teacher decides about risks: later, not at risk (with a reason), or a contact logged. */
function riskActions(core: Core): Pick<ContactFlow, 'postpone' | 'dismiss' | 'logContact' | 'logContacts'> {
  const { send, now, state, set, settled, settle, pupilsFor, nextSeq, fail } = core;
  const logContacts: ContactFlow['logContacts'] = async (pupilKeys, log) => {
    const saved: string[] = [];
    for (const pupil of pupilsFor(pupilKeys)) {
      const riskIds = riskIdsOf([pupil]);
      try {
        if (riskIds.length === 0) throw new Error(t('pageStatusUnknown'));
        const { risks } = await send('contact/log', { ...log, riskIds });
        settle(riskIds);
        saved.push(pupil.key);
        set({ pupils: updateViews(state().pupils, risks) });
      } catch (error) {
        const failed = fail(error);
        return saved.length > 0 ? { ...failed, saved } : failed;
      }
    }
    const text = saved.length === 1 ? t('logSaved') : t('logSavedMany', { count: saved.length });
    // The form that asked decides what comes next (close, or the next pupil's draft).
    set({ error: undefined, announcement: { text, seq: nextSeq() } });
    return { ok: true };
  };
  return {
    async postpone(pupilKeys) {
      const riskIds = riskIdsOf(pupilsToPrompt(pupilsFor(pupilKeys), settled));
      if (riskIds.length === 0) return { ok: true };
      try {
        await send('risk/postpone', { riskIds, until: tomorrowMorning(now()) });
        settle(riskIds);
        set({ announcement: { text: t('promptPostponed'), seq: nextSeq() }, error: undefined });
        return { ok: true };
      } catch (error) {
        return fail(error);
      }
    },
    async dismiss(pupilKeys, reason) {
      const riskIds = riskIdsOf(pupilsFor(pupilKeys));
      if (riskIds.length === 0) return fail(new Error(t('pageStatusUnknown')));
      try {
        await send('risk/dismiss', { riskIds, reason });
        settle(riskIds);
        const pupils = state().pupils.map((pupil) => ({
          ...pupil,
          risks: pupil.risks.map((risk) =>
            risk.view && riskIds.includes(risk.view.riskId)
              ? { ...risk, view: { ...risk.view, status: 'dismissed' as const, statusReason: reason, prompt: false } }
              : risk,
          ),
        }));
        set({ pupils, form: undefined, error: undefined, announcement: { text: t('promptDismissed'), seq: nextSeq() } });
        return { ok: true };
      } catch (error) {
        return fail(error);
      }
    },
    logContact: (pupilKey, log) => logContacts([pupilKey], log),
    logContacts,
  };
}

/** The templates and the teacher's signature for drafts, fetched from the background once needed. */
function draftingActions({ send, state, set, fail }: Core): Pick<ContactFlow, 'loadDrafting' | 'saveSignature'> {
  return {
    async loadDrafting() {
      set({ drafting: { status: 'loading' } });
      try {
        set({ drafting: { status: 'ready', context: await send('drafting/get', {}) } });
      } catch {
        set({ drafting: { status: 'failed' } });
      }
    },
    async saveSignature(signature) {
      try {
        const saved = await send('drafting/sign', signature);
        const context = state().drafting.context;
        if (context) set({ drafting: { ...state().drafting, context: { ...context, ...saved } } });
        return { ok: true };
      } catch (error) {
        return fail(error);
      }
    },
  };
}

/** Open when the teacher opened it, or by itself only when there is something to ask: never nags after a decision. */
export function isExpanded(state: FlowState): boolean {
  return state.expanded ?? (state.prompt.length > 0 || state.form !== undefined);
}
