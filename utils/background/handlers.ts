import type { InsynDatabase } from '../db/database';
import { logContact } from '../store/contacts';
import { storeWithinBudgets } from '../store/budgets';
import { dismissRisks, postponeRisks, riskViews } from '../store/risks';
import { readStats } from '../store/stats';
import { addAdaptation, evaluateAdaptation, logReferral, noteReferral } from '../store/support';
import { recordVisit } from '../db/visits';
import { isoDate } from '../domain/dates';
import type { Handlers } from '../messaging/router';
import type { TemplateView } from '../messaging/protocol';
import { termOnCalendar } from '../domain/terms';
import { loadManagedSettings, loadSettings } from '../settings/store';
import { saveSettings } from '../store/settings';
import { choosePanelFrame, forgetFrame, forgetFrames, loadTabStatus, saveTabStatus } from '../tabs/tab-status';
import { tellFrames, tellPanelFrame } from '../tabs/frames';
import { openTeachWindow } from '../recipes/open-teach';
import { openSamplePage } from './open-sample';
import { createChecklistHandlers } from './checklist-handlers';
import { LockedError, unlessLocked } from '../db/encrypted-fields';
import { recipesForUrl } from '../recipes/store';
import { saveRecipe } from '../store/recipes';
import { startContent, startForms } from './inject-content';
import type { PageRecipe } from '../recipes/types';
import { lockHandlers } from './lock-handlers';

const NOTHING_READ = { kind: 'unknown' as const, context: {}, pupils: [], atRisk: [], documents: [] };

/**
 * The background's answers to each request. Payloads arrive already checked by the router. The toolbar badge
 * follows the data by itself (followBadge in deadlines.ts): no handler needs to remember it.
 */
export function createHandlers(db: InsynDatabase, now: () => number = Date.now): Handlers {
  return {
    ...pageHandlers(db, now),
    ...startHandlers(),
    ...createChecklistHandlers(db, now),
    'tab/status': ({ tabId }) => loadTabStatus(tabId),
    'stats/get': () => readStats(db, isoDate(now())),
    async 'risk/postpone'({ riskIds, until }) {
      return { updated: await postponeRisks(db, riskIds, until) };
    },
    async 'risk/dismiss'({ riskIds, reason }) {
      return { updated: await dismissRisks(db, riskIds, reason, now()) };
    },
    async 'contact/log'(input) {
      const at = now();
      const contact = await logContact(db, input, at);
      return { contactId: contact.id, risks: await riskViews(db, contact.riskIds, at) };
    },
    async 'support/adapt'(input) {
      const { id, evaluationDue } = await addAdaptation(db, input, now());
      return { adaptationId: id, evaluationDue };
    },
    async 'support/evaluate'(input) {
      return { evaluationDue: (await evaluateAdaptation(db, input, now())).evaluationDue };
    },
    async 'support/refer'(input) {
      const { id } = await logReferral(db, input, now());
      return { referralId: id };
    },
    async 'support/note'(input) {
      const { id } = await noteReferral(db, input, now());
      return { referralId: id };
    },
    ...draftingHandlers(db, now),
    ...lockHandlers(db),
    'recipes/for-page': async ({ url }) => recipesForUrl(db, url, (await loadManagedSettings(db)).recipes),
    'rules/get': async () => (await loadSettings(db)).risk,
    async 'recipes/save'({ recipe }) {
      await saveRecipe(db, recipe as PageRecipe, now());
      return { id: recipe.id };
    },
    async 'teach/open'({ tabId }, sender) {
      const tab = tabId ?? sender.tab?.id;
      return { opened: tab !== undefined && (await openTeachWindow(tab)) };
    },
    async 'sample/open'({ tabId }, sender) {
      const tab = tabId ?? sender.tab?.id;
      return { opened: tab !== undefined && (await openSamplePage(tab)) };
    },
  };
}

/** A reading the closed lock refused (utils/db/encrypted-fields.ts): anything else is a real failure. */
function lockedReading(error: unknown): { locked: true } {
  if (error instanceof LockedError) return { locked: true };
  throw error;
}

type PageRequests = 'page/read' | 'page/failed' | 'frames/reread' | 'frames/focus' | 'frames/left';

/** What starts Insyn's scripts in a tab (utils/background/inject-content.ts): the reader, its page tools, its panel's forms. */
function startHandlers(): Pick<Handlers, 'page/readable' | 'page/tools' | 'page/forms'> {
  return {
    'page/readable'(_payload, sender) {
      const tabId = sender.tab?.id;
      if (tabId !== undefined) void startContent(tabId);
      return { asked: tabId !== undefined };
    },
    async 'page/tools'({ tabId }) {
      await startContent(tabId, true);
      return { asked: true };
    },
    async 'page/forms'(_payload, sender) {
      const tabId = sender.tab?.id;
      return { started: tabId !== undefined && (await startForms(tabId, sender.frameId ?? 0)) };
    },
  };
}

/** What a page tells: its reading or its failure, and which of the tab's frames shows the panel. */
function pageHandlers(db: InsynDatabase, now: () => number): Pick<Handlers, PageRequests> {
  return {
    'page/read': pageReadHandler(db, now),
    async 'page/failed'({ url, cause }, sender) {
      const summary = { url, at: now(), kind: 'unknown' as const, pupils: 0, atRisk: 0, error: cause };
      // The lock closed: the visit (its address is sealed) is not kept; the popup still shows the failure.
      await recordVisit(db, summary).catch(unlessLocked);
      if (sender.tab?.id !== undefined) await saveTabStatus(sender.tab.id, summary, sender.frameId ?? 0);
      return { stored: true };
    },
    async 'frames/reread'(_payload, sender) {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { asked: false };
      // A new panel (a new top page, or a frameset's largest frame): it speaks for the tab from now on;
      // the old frames' statuses go, and the frames that are there now answer again.
      const frameId = sender.frameId ?? 0;
      await choosePanelFrame(tabId, frameId);
      await forgetFrames(tabId, frameId);
      tellFrames(tabId, { insyn: 1, type: 'frames/reread', payload: {} });
      return { asked: true };
    },
    async 'frames/focus'({ pupilKey }, sender) {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { sent: false };
      await tellPanelFrame(tabId, sender.frameId ?? 0, { insyn: 1, type: 'frames/focus', payload: { pupilKey } });
      return { sent: true };
    },
    async 'frames/left'(_payload, sender) {
      const tabId = sender.tab?.id;
      const frameId = sender.frameId ?? 0;
      if (tabId === undefined || frameId === 0) return { sent: false };
      await forgetFrame(tabId, frameId);
      await tellPanelFrame(tabId, frameId, { insyn: 1, type: 'frames/read', payload: { frameId, analysis: NOTHING_READ, risks: [] } });
      return { sent: true };
    },
  };
}

/**
 * A page's reading: stored within the budgets (or not at all, when over one or while the lock is closed),
 * the frame's status saved for the popup, and the reading passed to the tab's panel.
 */
function pageReadHandler(db: InsynDatabase, now: () => number): Handlers['page/read'] {
  return async ({ url, analysis }, sender) => {
    const at = now();
    const tabId = sender.tab?.id;
    const frameId = sender.frameId ?? 0;
    const summary = { url, at, kind: analysis.kind, pupils: analysis.pupils.length, atRisk: analysis.atRisk.length };
    const stored = await storeWithinBudgets(db, analysis, at, url, tabId).catch(lockedReading);
    if ('locked' in stored) {
      // The lock is closed: nothing is stored and nothing stored is shown; the panel shows counts only.
      if (tabId !== undefined) await saveTabStatus(tabId, summary, frameId);
      return { stored: false, risks: [], locked: true };
    }
    if ('overBudget' in stored) {
      // Nothing stored: the popup says which budget stopped it; the page's risks are none of the tab's.
      if (tabId !== undefined) await saveTabStatus(tabId, { ...summary, overBudget: stored.overBudget }, frameId);
      return { stored: false, risks: [] };
    }
    const { risks, pupilIds } = stored;
    await recordVisit(db, summary);
    if (tabId !== undefined) {
      await saveTabStatus(
        tabId,
        { ...summary, pupilIds: [...pupilIds] },
        frameId,
        risks.map((risk) => risk.riskId),
      );
      // A frame's reading goes to the tab's panel too, which speaks for the whole tab.
      await tellPanelFrame(tabId, frameId, { insyn: 1, type: 'frames/read', payload: { frameId, analysis, risks } });
    }
    return { stored: true, risks };
  };
}

/** What drafting a message needs: the templates (the school's beside the teacher's), and signing it. */
function draftingHandlers(db: InsynDatabase, now: () => number): Pick<Handlers, 'drafting/get' | 'drafting/sign'> {
  return {
    async 'drafting/get'() {
      const [{ settings, templates: school }, templates] = await Promise.all([loadManagedSettings(db), db.templates.toArray()]);
      return {
        // The school's templates (its policy, utils/settings/managed.ts) beside the teacher's own.
        templates: [...school.map((template) => ({ ...template, id: `school:${template.id}` })), ...templates]
          .map(({ id, name, lang, subject, body }): TemplateView => ({ id, name, lang, subject, body }))
          .sort((a, b) => a.lang.localeCompare(b.lang) || a.name.localeCompare(b.name, 'sv')),
        teacher: settings.teacherName,
        school: settings.school,
        municipality: settings.municipality,
        protectedRoutine: settings.protectedDataRoutine,
        term: termOnCalendar(isoDate(now()), settings.terms),
      };
    },
    async 'drafting/sign'({ teacher, school }) {
      const saved = await saveSettings(db, { teacherName: teacher, school });
      return { teacher: saved.teacherName, school: saved.school };
    },
  };
}
