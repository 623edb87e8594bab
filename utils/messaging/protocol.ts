import { z } from 'zod';
import type { RiskRules } from '../domain/risk-rules';
import { type PageAnalysis, PageAnalysisSchema } from '../infomentor/analysis';
import { MAX_CAUSE } from '../infomentor/read-failure';
import { RecipeSchema } from '../recipes/schema';
import type { PageRecipe } from '../recipes/types';
import { CONTACT_CHANNELS, type ContactChannel } from '../domain/contact-channels';
import { CONTACT_OUTCOMES, type ContactOutcome } from '../domain/contact-outcomes';
import type { RiskStatus } from '../domain/risk-statuses';
import { isValidDay, isValidMoment } from '../domain/dates';
import { ADAPTATION_OUTCOMES, FOLLOW_UP_OUTCOMES } from '../domain/support-steps';
import { DECISION_TYPES } from '../domain/document-types';
import { GUARDIAN_NUMBERS, type GuardianNumber } from '../domain/guardians';
import { GROUP_ROLES } from '../checklist/roles';
import type { DueCounts, OwedOnPage } from '../checklist/owed-view';
import { BUDGET_KINDS, type StorageState } from '../domain/storage-budget';
import type { Lang } from '../domain/languages';

/**
 * Every message the background accepts: its name and the zod schema of its payload. The background
 * parses each payload with this schema before any handler sees it (see router.ts). Operations are
 * intents ("this page was read", "log this contact"), never raw database access.
 */
const riskId = z.string().min(1).max(400);
const ContactChannelSchema = z.enum(CONTACT_CHANNELS);
const ContactOutcomeSchema = z.enum(CONTACT_OUTCOMES);
/** Dates and times as the export and the import accept them (utils/domain/dates.ts): one validity. */
const moment = z.number().refine(isValidMoment, 'not a date');
const day = z.string().refine(isValidDay, 'not a date');

const url = z
  .string()
  .max(4096)
  .refine((u) => /^https?:\/\//.test(u), 'not a web address');

export const requestSchemas = {
  /** The content script read a page (kind may be "unknown"). */
  'page/read': z.object({ url, title: z.string().max(500).optional(), analysis: PageAnalysisSchema }),
  /**
   * A reader threw on a page (utils/infomentor/read-failure.ts): shown in the popup with its cause, counted
   * in the stats. The cause is a step and an error's kind, so its schema admits nothing longer or freer.
   */
  /**
   * A frame the background left with only a watcher (nothing to read at its load) now shows something to
   * read: start the whole content script in its tab (utils/background/inject-content.ts).
   */
  'page/readable': z.object({}),
  /** The teach window or the sample page asks for the page tools (and the reader) in the tab it is about. */
  'page/tools': z.object({ tabId: z.number().int().nonnegative() }),
  /** The panel opens its first form: start the forms script in the panel's frame (utils/content/page-tools.ts). */
  'page/forms': z.object({}),
  'page/failed': z.object({
    url,
    cause: z
      .string()
      .max(MAX_CAUSE)
      .regex(/^[\w .:-]+$/),
  }),
  /** The popup asks what the given tab showed. */
  'tab/status': z.object({ tabId: z.number().int().nonnegative() }),
  /** Counts for the popup and the dashboard overview. */
  'stats/get': z.object({}),
  /** The dashboard changed what is due: the background recounts the toolbar badge. */
  /** "Påminn mig i morgon": no prompt for these risks until the given time. */
  'risk/postpone': z.object({ riskIds: z.array(riskId).min(1).max(500), until: moment }),
  /** "Inte i risk": the teacher decided; the reason is kept and the prompt never returns for this risk. */
  'risk/dismiss': z.object({ riskIds: z.array(riskId).min(1).max(500), reason: z.string().trim().min(1).max(500) }),
  /** A guardian contact the teacher logs for one pupil (one or more of their risks). */
  'contact/log': z.object({
    riskIds: z.array(riskId).min(1).max(50),
    at: moment,
    channel: ContactChannelSchema,
    withWhom: z.string().trim().max(200),
    summary: z.string().trim().max(2000),
    outcome: ContactOutcomeSchema,
    /** Which guardians the contact was with; absent: the first guardian owed. */
    guardians: z
      .array(z.union(GUARDIAN_NUMBERS.map((g) => z.literal(g))))
      .min(1)
      .max(2)
      .optional(),
    /** The next attempt, when the contact left a guardian uninformed. */
    retry: day.optional(),
    followUp: day.optional(),
  }),
  /** The support chain (utils/store/support.ts): extra anpassningar for a pupil in a subject. */
  'support/adapt': z.object({
    pupilId: riskId,
    subject: z.string().trim().min(1).max(200),
    what: z.string().trim().min(1).max(200),
    note: z.string().trim().max(500).optional(),
    from: day,
  }),
  /** Their evaluation: enough, not enough (an anmälan is next) or continue (a new evaluation date). */
  'support/evaluate': z.object({ adaptationId: riskId, outcome: z.enum(ADAPTATION_OUTCOMES), on: day }),
  /** The anmälan till rektor was made (its draft stays the teacher's: only that and when are kept). */
  'support/refer': z.object({ pupilId: riskId, subjects: z.array(z.string().trim().min(1).max(200)).min(1).max(50), madeOn: day }),
  /** What followed an anmälan: each field given is noted, in the chain's order (store/support.ts checks it). */
  'support/note': z.object({
    referralId: riskId,
    investigationStarted: day.optional(),
    decision: z.enum(DECISION_TYPES).optional(),
    decidedOn: day.optional(),
    appealInstructions: z.boolean().optional(),
    receivedOn: day.optional(),
    followUpDue: day.optional(),
    followUpOutcome: z.enum(FOLLOW_UP_OUTCOMES).optional(),
    followedUpOn: day.optional(),
  }),
  /** Templates and the teacher's details, for drafting on the page. */
  'drafting/get': z.object({}),
  /** The teacher's name and school, asked for in a draft the first time; saved to settings. */
  'drafting/sign': z.object({ teacher: z.string().trim().min(1).max(200), school: z.string().trim().min(1).max(200) }),
  /** The content script asks for the page recipes a teacher made for its address (utils/recipes). */
  'recipes/for-page': z.object({ url }),
  /** The teacher's risk rules (settings), so the page is judged as the teacher chose. */
  'rules/get': z.object({}),
  /** The teach page saves a recipe; the schema is the recipe's own, so nothing unchecked is stored. */
  'recipes/save': z.object({ recipe: RecipeSchema }),
  /** "Lär Insyn den här sidan": open the teach window for the sender's tab, or the tab named. */
  'teach/open': z.object({ tabId: z.number().int().nonnegative().optional() }),
  /** "Spara ett anonymt sidprov": open the sample page for the sender's tab, or the tab named. */
  'sample/open': z.object({ tabId: z.number().int().nonnegative().optional() }),
  /** The tab's panel starts in this frame: the other frames are asked to read again, so it hears from each. */
  'frames/reread': z.object({}),
  /** A badge in a frame was pressed: the tab's panel shows that pupil. */
  'frames/focus': z.object({ pupilKey: z.string().min(1).max(600) }),
  /** A frame's page goes away (removed, or navigated elsewhere): its pupils leave the tab's panel. */
  'frames/left': z.object({}),
  /** The panel asks what is owed for the pupils of its tab's reading (utils/checklist/on-page.ts). */
  'checklist/for-page': z.object({}),
  /** "Skickad per post" on a day, or (`outside`) "Redan gjort": items of the tab's pupils only. */
  'checklist/confirm': z.object({ itemIds: z.array(riskId).min(1).max(50), on: day, outside: z.boolean() }),
  /** On InfoMentor's pages with nothing to read: how much is due this week and overdue. */
  'checklist/due': z.object({}),
  /** The panel's one-time question: the teacher's role in a group of her tab's reading. */
  'roles/answer': z.object({ group: z.string().trim().min(1).max(200), role: z.enum(GROUP_ROLES) }),
  /** The panel's link to the dashboard's "Den här veckan". */
  'week/open': z.object({}),
  /** The lock for shared computers (utils/store/lock.ts): is one set, is it open, does the school require it. */
  'lock/status': z.object({}),
  /** Open the lock for this browser session; a wrong passphrase is refused with a clear message. */
  'lock/unlock': z.object({ passphrase: z.string().min(1).max(1000) }),
  /** Set the lock: every row stored so far is sealed. A lost passphrase means the data is gone. */
  'lock/set': z.object({ passphrase: z.string().min(10).max(1000) }),
  /** Remove the lock with its passphrase: every row is stored in clear again. Refused while the school requires it. */
  'lock/remove': z.object({ passphrase: z.string().min(1).max(1000) }),
} as const;

export type RequestType = keyof typeof requestSchemas;

/**
 * Who may send a request, as the router tells from the browser's own account of the sender (never from
 * the message): `infomentor-tab` is Insyn's content script in a tab showing InfoMentor; `insyn-page` is
 * one of Insyn's own pages (popup, dashboard, teach window). The background calls its handlers directly.
 */
export type SenderKind = 'infomentor-tab' | 'insyn-page';

export interface RequestRule {
  from: readonly SenderKind[];
  /**
   * The payload's `url` is the sender's address, whatever the message says: the tab's (sender.tab.url),
   * or for a content script in a frame, the frame's (sender.url).
   */
  urlOfSenderTab?: true;
  /** Only these of Insyn's pages (paths in the extension's origin) may send it. */
  pages?: readonly string[];
  /**
   * Sent by a content script, the request may touch only the sender's own tab: its `riskIds` must be among
   * the risks of the tab's current reading, its `tabId` (if any) the tab's own (tab-scope.ts).
   */
  ownTab?: true;
}

/** Each request's senders: a new request does not compile until it says who may send it. */
export const requestRules: Readonly<Record<RequestType, RequestRule>> = {
  'page/read': { from: ['infomentor-tab'], urlOfSenderTab: true },
  'page/readable': { from: ['infomentor-tab'] },
  'page/tools': { from: ['insyn-page'] },
  'page/forms': { from: ['infomentor-tab'] },
  'page/failed': { from: ['infomentor-tab'], urlOfSenderTab: true },
  'tab/status': { from: ['insyn-page'] },
  'stats/get': { from: ['insyn-page'] },
  'risk/postpone': { from: ['infomentor-tab'], ownTab: true },
  'risk/dismiss': { from: ['infomentor-tab'], ownTab: true },
  'contact/log': { from: ['infomentor-tab'], ownTab: true },
  'support/adapt': { from: ['insyn-page'] },
  'support/evaluate': { from: ['insyn-page'] },
  'support/refer': { from: ['insyn-page'] },
  'support/note': { from: ['insyn-page'] },
  'drafting/get': { from: ['infomentor-tab'] },
  'drafting/sign': { from: ['infomentor-tab'] },
  'recipes/for-page': { from: ['infomentor-tab'], urlOfSenderTab: true },
  'rules/get': { from: ['infomentor-tab'] },
  'recipes/save': { from: ['insyn-page'] },
  'teach/open': { from: ['infomentor-tab', 'insyn-page'], ownTab: true },
  'sample/open': { from: ['infomentor-tab', 'insyn-page'], ownTab: true },
  'frames/reread': { from: ['infomentor-tab'] },
  'frames/focus': { from: ['infomentor-tab'] },
  'frames/left': { from: ['infomentor-tab'] },
  'checklist/for-page': { from: ['infomentor-tab'] },
  'checklist/confirm': { from: ['infomentor-tab'] },
  'checklist/due': { from: ['infomentor-tab'] },
  'roles/answer': { from: ['infomentor-tab'] },
  'week/open': { from: ['infomentor-tab'] },
  'lock/status': { from: ['insyn-page'], pages: ['dashboard.html'] },
  'lock/unlock': { from: ['insyn-page'], pages: ['dashboard.html'] },
  'lock/set': { from: ['insyn-page'], pages: ['dashboard.html'] },
  'lock/remove': { from: ['insyn-page'], pages: ['dashboard.html'] },
};
export type RequestPayload<K extends RequestType> = z.input<(typeof requestSchemas)[K]>;

export const TabStatusSchema = z.object({
  url,
  at: z.number(),
  kind: PageAnalysisSchema.shape.kind,
  pupils: z.number().int(),
  atRisk: z.number().int(),
  error: z.string().optional(),
  /** Insyn's ids of the frame's pupils, so the panel's checklist requests reach only them (never sent to the popup). */
  pupilIds: z.array(z.string()).optional(),
  /** The reading was not stored: it would have added more new pupils than this budget allows (store/budgets.ts). */
  overBudget: z.enum(BUDGET_KINDS).optional(),
});
export type TabStatus = z.infer<typeof TabStatusSchema>;

export interface Stats {
  visits: number;
  pupils: number;
  openRisks: number;
  openItems: number;
  overdueItems: number;
  /** Recent reads that failed (of the visits kept), so a broken reader shows up in the counts. */
  failedReads: number;
  /** How full the store of page readings is (utils/domain/storage-budget.ts): the teacher is told from 'near' on. */
  storage: StorageState;
}

/** Where one of the page's risks stands, for the badges, the panel and the prompt. */
export interface RiskView {
  riskId: string;
  /** Matches the page's AtRisk entry: same pupil text (and id) and subject. */
  pupil: string;
  pupilId?: string;
  subject: string;
  status: RiskStatus;
  statusReason?: string;
  /** The newest contact answering the risk; `informs` says whether it told anyone (an attempt does not). */
  lastContact?: { at: number; channel: ContactChannel; outcome: ContactOutcome; informs: boolean };
  /** The guardians owed the information and those told so far. */
  guardians?: { owed: GuardianNumber[]; informed: GuardianNumber[] };
  /** ISO date of the next attempt while the risk is open after a contact. */
  retry?: string;
  followUp?: string;
  /** "Skyddade personuppgifter": no draft or letter; the school's routine instead. */
  protectedData?: true;
  /** The language the guardians need an interpreter for. */
  interpreter?: string;
  /** True when the teacher should be prompted now (open, not postponed or decided; no contact yet, or its retry day has come). */
  prompt: boolean;
}

export interface TemplateView {
  id: string;
  name: string;
  lang: Lang;
  subject: string;
  body: string;
}

export interface DraftingContext {
  templates: TemplateView[];
  teacher: string;
  school: string;
  term: string;
  /** The printed letter names it beside the school. */
  municipality: string;
  /** The school's routine for pupils with protected personal data ('' when it has written none). */
  protectedRoutine: string;
}

/** What each request answers. */
export interface Responses {
  /** `locked`: the lock for shared computers is closed, so nothing was stored and no status is shown. */
  'page/read': { stored: boolean; risks: RiskView[]; locked?: true };
  'page/readable': { asked: boolean };
  'page/tools': { asked: boolean };
  'page/forms': { started: boolean };
  'page/failed': { stored: boolean };
  'tab/status': TabStatus | null;
  'stats/get': Stats;
  'risk/postpone': { updated: number };
  'risk/dismiss': { updated: number };
  'contact/log': { contactId: string; risks: RiskView[] };
  'support/adapt': { adaptationId: string; evaluationDue: string };
  'support/evaluate': { evaluationDue: string };
  'support/refer': { referralId: string };
  'support/note': { referralId: string };
  'drafting/get': DraftingContext;
  'drafting/sign': { teacher: string; school: string };
  'recipes/for-page': PageRecipe[];
  'rules/get': RiskRules;
  'recipes/save': { id: string };
  'teach/open': { opened: boolean };
  'sample/open': { opened: boolean };
  'frames/reread': { asked: boolean };
  'frames/focus': { sent: boolean };
  'frames/left': { sent: boolean };
  'checklist/for-page': OwedOnPage;
  'checklist/confirm': OwedOnPage;
  'checklist/due': DueCounts;
  'roles/answer': OwedOnPage;
  'week/open': { opened: boolean };
  'lock/status': { set: boolean; open: boolean; required: boolean; idleMinutes: number };
  'lock/unlock': { open: boolean };
  'lock/set': { set: boolean };
  'lock/remove': { set: boolean };
}

/**
 * What the background tells a tab's content scripts (tabs.sendMessage), in the same envelope. The top
 * frame's panel speaks for the InfoMentor pages in the tab's frames: it hears each frame's reading,
 * with where its risks stand, and which pupil a frame's badge asked to show; frames hear that the top
 * frame wants their readings again.
 */
export interface FrameMessages {
  'frames/read': { frameId: number; analysis: PageAnalysis; risks: RiskView[] };
  'frames/focus': { pupilKey: string };
  'frames/reread': Record<string, never>;
}
export type FrameMessage = { [K in keyof FrameMessages]: { insyn: 1; type: K; payload: FrameMessages[K] } }[keyof FrameMessages];

export const EnvelopeSchema = z.object({
  insyn: z.literal(1),
  type: z.string().max(64),
  payload: z.unknown(),
});
export type Envelope = z.infer<typeof EnvelopeSchema>;

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };
