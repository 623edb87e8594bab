import { DEFAULT_TEMPLATES } from '../templates/defaults';
import type { InsynDatabase } from '../db/database';
import { logEvent } from '../db/events';
import type { TemplateRecord } from '../db/records';

/** Ids of built-in templates already offered once, so a template the teacher deleted stays deleted. */
const SEEDED_KEY = 'templates-seeded';

/**
 * Adds Insyn's built-in templates the teacher has not had yet. Never overwrites or revives a template:
 * safe to call at every start. Returns the ids added.
 */
export async function seedTemplates(db: InsynDatabase): Promise<string[]> {
  return db.transaction('rw', [db.templates, db.settings], async () => {
    const stored = (await db.settings.get(SEEDED_KEY))?.value;
    const seeded = new Set(Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : []);
    const existing = new Set(await db.templates.toCollection().primaryKeys());
    const added = DEFAULT_TEMPLATES.filter((t) => !seeded.has(t.id) && !existing.has(t.id));
    await db.templates.bulkAdd(added.map((t) => ({ ...t })));
    await db.settings.put({ key: SEEDED_KEY, value: [...new Set([...seeded, ...DEFAULT_TEMPLATES.map((t) => t.id)])] });
    return added.map((t) => t.id);
  });
}

/** Saves a template the teacher wrote or edited; a built-in template stays marked as built in. */
export async function saveTemplate(
  db: InsynDatabase,
  fields: Omit<TemplateRecord, 'id' | 'builtIn'> & { id?: string },
  now = Date.now(),
): Promise<TemplateRecord> {
  const { id, ...rest } = fields;
  return db.transaction('rw', [db.templates, db.events], async () => {
    const existing = id ? await db.templates.get(id) : undefined;
    const template: TemplateRecord = { ...rest, id: existing?.id ?? crypto.randomUUID(), builtIn: existing?.builtIn ?? false };
    await db.templates.put(template);
    await logEvent(db, 'template/save', template.id, now);
    return template;
  });
}

/** Deletes a template and returns it, for undo. */
export async function deleteTemplate(db: InsynDatabase, id: string, now = Date.now()): Promise<TemplateRecord | undefined> {
  return db.transaction('rw', [db.templates, db.events], async () => {
    const template = await db.templates.get(id);
    if (!template) return undefined;
    await db.templates.delete(id);
    await logEvent(db, 'template/delete', id, now);
    return template;
  });
}

/** Undo of a delete: puts the template back exactly as `deleteTemplate` returned it. */
export async function restoreTemplate(db: InsynDatabase, template: TemplateRecord): Promise<void> {
  await db.templates.put(template);
}
