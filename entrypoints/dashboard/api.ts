import { z } from 'zod';
import type { DashboardApi, FieldProblem } from '@/components/dashboard/api';
import { guardianContactId } from '@/utils/checklist/ids';
import { confirmItems, restoreItems } from '@/utils/checklist/confirm';
import { refreshChecklist } from '@/utils/checklist/refresh';
import { isoDate } from '@/utils/dates';
import { deleteContact, updateContact } from '@/utils/db/contacts';
import type { InsynDatabase } from '@/utils/db/database';
import { logEvent, logEvents } from '@/utils/db/events';
import { listChecklist } from '@/utils/db/queries/checklist';
import { listContacts } from '@/utils/db/queries/contacts';
import { overview } from '@/utils/db/queries/overview';
import { listGroups, listPupils } from '@/utils/db/queries/pupils';
import { listRisks, riskSubjects } from '@/utils/db/queries/risks';
import { warmSnapshot } from '@/utils/db/queries/snapshot';
import type { RiskRecord, TemplateRecord } from '@/utils/db/records';
import { dismissRisks } from '@/utils/db/risks';
import { loadLanguageChoice, saveLanguageChoice } from '@/utils/i18n/language-store';
import { termEnd, termOfDate, termStart } from '@/utils/settings/calendar';
import { loadSettings, saveSettings } from '@/utils/settings/store';

const TemplateInputSchema = z.object({
  id: z.string().min(1).max(200).optional(),
  name: z.string().trim().min(1, 'required').max(200, 'tooLong'),
  lang: z.enum(['sv', 'en']),
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
      const term = termOfDate(today(), settings.terms);
      return overview(db, today(), { start: termStart(term, settings.terms), end: termEnd(term, settings.terms) });
    },
    groups: () => listGroups(db),
    pupils: () => listPupils(db),
    subjects: () => riskSubjects(db),

    warm: (list) => warmSnapshot(db, list),

    listRisks: (filter, page) => listRisks(db, filter, page),
    dismissRisks: (ids, reason) => dismissRisks(db, ids, reason),
    // "Åtgärdad": the pupil is no longer at risk; kept with the teacher's reason, like a dismissal.
    resolveRisks: (ids, reason) =>
      db.transaction('rw', [db.risks, db.events], async () => {
        const risks = (await db.risks.bulkGet(ids)).filter((r): r is RiskRecord => r !== undefined);
        await db.risks.bulkPut(risks.map((r) => ({ ...r, status: 'resolved' as const, statusReason: reason })));
        await logEvents(db, 'risk/resolve', risks.map((r) => r.id), now());
        return risks.length;
      }),

    listContacts: (filter, page) => listContacts(db, filter, page),
    updateContact: (id, patch) => updateContact(db, id, patch, now()),
    async deleteContact(id) {
      const contact = await db.contacts.get(id);
      if (!contact) return undefined;
      // Deleting reopens what the contact answered; undo puts those rows back exactly as they were.
      const risks = await db.risks.where('pupilId').equals(contact.pupilId).toArray();
      const items = (await db.checklist.bulkGet(risks.map((r) => guardianContactId(r.id)))).filter((i) => i !== undefined);
      await deleteContact(db, id, now());
      return {
        contact,
        restore: () =>
          db.transaction('rw', [db.contacts, db.risks, db.checklist, db.events], async () => {
            await db.contacts.put(contact);
            await db.risks.bulkPut(risks);
            await db.checklist.bulkPut(items);
            await logEvent(db, 'contact/restore', contact.id, now());
          }),
      };
    },

    listChecklist: (filter, page) => listChecklist(db, filter, page, today()),
    confirmItems: (ids, date) => confirmItems(db, ids, date, now()),
    restoreItems: (previous) => restoreItems(db, previous, now()),

    listTemplates: async () => (await db.templates.toArray()).sort((a, b) => a.lang.localeCompare(b.lang) || a.name.localeCompare(b.name, 'sv')),
    async saveTemplate(input) {
      const parsed = TemplateInputSchema.safeParse(input);
      if (!parsed.success) return { ok: false, problems: problemsOf(parsed.error) };
      const { id, ...fields } = parsed.data;
      const existing = id ? await db.templates.get(id) : undefined;
      const template: TemplateRecord = { ...fields, id: existing?.id ?? crypto.randomUUID(), builtIn: existing?.builtIn ?? false };
      await db.transaction('rw', [db.templates, db.events], async () => {
        await db.templates.put(template);
        await logEvent(db, 'template/save', template.id, now());
      });
      return { ok: true, template };
    },
    async deleteTemplate(id) {
      return db.transaction('rw', [db.templates, db.events], async () => {
        const template = await db.templates.get(id);
        if (!template) return undefined;
        await db.templates.delete(id);
        await logEvent(db, 'template/delete', id, now());
        return template;
      });
    },
    restoreTemplate: async (template) => {
      await db.templates.put(template);
    },

    loadSettings: () => loadSettings(db),
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
    requestNotifications: () => browser.permissions.request({ permissions: ['notifications'] }),
  };
}
