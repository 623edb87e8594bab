import { z } from 'zod';
import type { DashboardApi, FieldProblem } from '@/components/dashboard/api';
import { confirmItems, restoreItems } from '@/utils/store/confirm-items';
import { refreshChecklist } from '@/utils/store/refresh-checklist';
import { isoDate } from '@/utils/domain/dates';
import { deleteContactWithUndo, updateContact, updatePupilFacts } from '@/utils/store/contacts';
import type { InsynDatabase } from '@/utils/db/database';
import { listChecklist } from '@/utils/db/queries/checklist';
import { listContacts } from '@/utils/db/queries/contacts';
import { overview } from '@/utils/db/queries/overview';
import { thisWeek } from '@/utils/db/queries/this-week';
import { listGroups, listPupils } from '@/utils/db/queries/pupils';
import { listRisks, riskSubjects } from '@/utils/db/queries/risks';
import { warmSnapshot } from '@/utils/db/queries/snapshot';
import { dismissRisks, resolveRisks, riskViews } from '@/utils/store/risks';
import { deleteTemplate, restoreTemplate, saveTemplate } from '@/utils/store/templates';
import { storageUse } from '@/utils/store/budgets';
import { loadLanguageChoice, saveLanguageChoice } from '@/utils/i18n/language-store';
import { LANGUAGES } from '@/utils/i18n';
import { termEnd, termOnCalendar, termStart } from '@/utils/domain/terms';
import { loadManagedSettings, loadSettings } from '@/utils/settings/store';
import { saveSettings } from '@/utils/store/settings';
import { listRecipes, replacedBy } from '@/utils/recipes/store';
import { deleteRecipe, importRecipes, renameRecipe } from '@/utils/store/recipes';
import { send } from '@/utils/messaging/client';
import { closeLock } from '@/utils/lock/session';
import { lockStatus } from '@/utils/store/lock';
import { createSupportApi } from './support-api';
import { createExportApi } from './export-api';
import { createPrincipalApi } from './principal-api';
import { createPrivacyApi } from './privacy-api';

const TemplateInputSchema = z.object({
  id: z.string().min(1).max(200).optional(),
  name: z.string().trim().min(1, 'required').max(200, 'tooLong'),
  lang: z.enum(LANGUAGES),
  subject: z.string().trim().max(500, 'tooLong'),
  body: z.string().trim().min(1, 'required').max(20_000, 'tooLong'),
});

function problemsOf(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

/** The dashboard's data, bound to the extension's database. `now` is replaceable for tests. */
export function createDashboardApi(db: InsynDatabase, now: () => number = Date.now): DashboardApi {
  const today = () => isoDate(now());
  return {
    today,
    async overview() {
      const settings = await loadSettings(db);
      const term = termOnCalendar(today(), settings.terms);
      const [found, storage] = await Promise.all([
        overview(db, today(), { start: termStart(term, settings.terms), end: termEnd(term, settings.terms) }),
        storageUse(db),
      ]);
      return { ...found, storage };
    },
    groups: () => listGroups(db),
    pupils: () => listPupils(db),
    subjects: () => riskSubjects(db),

    warm: (list) => warmSnapshot(db, list),

    listRisks: (filter, page) => listRisks(db, filter, page),
    riskViews: (ids) => riskViews(db, ids, now()),
    updatePupilFacts: (id, patch) => updatePupilFacts(db, id, patch, now()),
    dismissRisks: (ids, reason) => dismissRisks(db, ids, reason, now()),
    resolveRisks: (ids, reason) => resolveRisks(db, ids, reason, now()),

    listContacts: (filter, page) => listContacts(db, filter, page),
    updateContact: (id, patch) => updateContact(db, id, patch, now()),
    deleteContact: (id) => deleteContactWithUndo(db, id, now()),

    listChecklist: (filter, page) => listChecklist(db, filter, page, today()),
    confirmItems: (ids, date, outside) => confirmItems(db, ids, date, now(), outside),
    thisWeek: () => thisWeek(db, today()),
    restoreItems: (previous) => restoreItems(db, previous, now()),

    support: createSupportApi(db, now, send),

    ...templatesApi(db, now),

    listRecipes: () => listRecipes(db),
    renameRecipe: (id, name) => renameRecipe(db, id, name),
    deleteRecipe: (id) => deleteRecipe(db, id),
    recipesReplaced: (recipes) => replacedBy(db, recipes),
    importRecipes: (recipes) => importRecipes(db, recipes, now()),

    ...settingsApi(db, now),
    requestNotifications: () => browser.permissions.request({ permissions: ['notifications'] }),
    exports: createExportApi(db),
    principal: createPrincipalApi(db, now),
    privacy: createPrivacyApi(db, now),
    lock: {
      // Read here, from this page's database and session: the dashboard shows without waiting on the background.
      async status() {
        const [{ settings }, status] = await Promise.all([loadManagedSettings(db), lockStatus(db)]);
        return { ...status, required: settings.lockRequired, idleMinutes: settings.lockIdleMinutes };
      },
      set: async (passphrase) => void (await send('lock/set', { passphrase })),
      unlock: async (passphrase) => void (await send('lock/unlock', { passphrase })),
      remove: async (passphrase) => void (await send('lock/remove', { passphrase })),
      close: closeLock,
      // The background's status request moves the idle alarm on while the lock is open.
      touch: async () => void (await send('lock/status', {})),
    },
  };
}

/** The teacher's templates, listed by language and name; an edit is checked here, so its problems show by its fields. */
function templatesApi(
  db: InsynDatabase,
  now: () => number,
): Pick<DashboardApi, 'listTemplates' | 'saveTemplate' | 'deleteTemplate' | 'restoreTemplate'> {
  return {
    listTemplates: async () =>
      (await db.templates.toArray()).sort((a, b) => a.lang.localeCompare(b.lang) || a.name.localeCompare(b.name, 'sv')),
    async saveTemplate(input) {
      const parsed = TemplateInputSchema.safeParse(input);
      if (!parsed.success) return { ok: false, problems: problemsOf(parsed.error) };
      return { ok: true, template: await saveTemplate(db, parsed.data, now()) };
    },
    deleteTemplate: (id) => deleteTemplate(db, id, now()),
    restoreTemplate: (template) => restoreTemplate(db, template),
  };
}

/** The settings and the language, saved here; a saved due rule moves the checklist's due dates at once. */
function settingsApi(
  db: InsynDatabase,
  now: () => number,
): Pick<DashboardApi, 'loadManagedSettings' | 'saveSettings' | 'loadLanguage' | 'saveLanguage'> {
  return {
    loadManagedSettings: () => loadManagedSettings(db),
    async saveSettings(patch) {
      try {
        const settings = await saveSettings(db, patch);
        // Due rules may have changed: the checklist's due dates follow at once, not at the next daily run.
        await refreshChecklist(db, now());
        return { ok: true, settings };
      } catch (error) {
        if (error instanceof z.ZodError) return { ok: false, problems: problemsOf(error) };
        throw error;
      }
    },
    loadLanguage: () => loadLanguageChoice(),
    async saveLanguage(choice) {
      await saveLanguageChoice(choice);
      await saveSettings(db, { language: choice });
    },
  };
}
