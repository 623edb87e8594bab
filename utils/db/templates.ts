import { DEFAULT_TEMPLATES } from '../templates/defaults';
import type { InsynDatabase } from './database';

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
