import { z } from 'zod';
import { RecipeSchema } from '../recipes/schema';
import type { PageRecipe } from '../recipes/types';
import { SettingsSchema, type Settings } from './schema';
import { LANGUAGES } from '../domain/languages';

/**
 * What a school sets once for every teacher through its browser policy (Chrome's and Edge's managed storage,
 * Firefox's `3rdparty.Extensions`; docs/deployment.md). The policy's value of a key overrides the teacher's,
 * field by field, and the fields it sets are locked in the settings form. When the policy drops a key, the
 * teacher's own value (stored untouched) is back.
 */

/** The teacher's own settings, never the school's: who she is, her language and her reminders. */
const PERSONAL_KEYS = ['teacherName', 'language', 'notifications'] as const satisfies ReadonlyArray<keyof Settings>;

/** Every other setting is the school's to set, so a setting added to schema.ts is manageable at once. */
export const MANAGED_SETTING_KEYS = (Object.keys(SettingsSchema.shape) as Array<keyof Settings>).filter(
  (key) => !(PERSONAL_KEYS as readonly string[]).includes(key),
);

/** The school's message templates, offered beside the teacher's own when she drafts to guardians. */
export const SchoolTemplateSchema = z.strictObject({
  id: z.string().trim().min(1).max(100),
  name: z.string().trim().min(1).max(200),
  lang: z.enum(LANGUAGES),
  subject: z.string().max(500),
  body: z.string().min(1).max(20_000),
});
export type SchoolTemplate = z.output<typeof SchoolTemplateSchema>;

/**
 * Keys only a policy has: they are not the teacher's settings. The school's page recipes read pages for every
 * teacher beside her own (hers first); the dashboard lists only hers.
 */
export const MANAGED_ONLY_SCHEMAS = {
  templates: z.array(SchoolTemplateSchema).max(100),
  recipes: z.array(RecipeSchema).max(100),
};
type ManagedOnly = { templates: SchoolTemplate[]; recipes: PageRecipe[] };

/** A policy key Insyn did not take, and why; the settings show it so IT hears of it. */
export interface ManagedProblem {
  key: string;
  reason: 'unknown' | 'invalid';
}

export interface ManagedSettings {
  /** The settings in force: the teacher's, with the school's values over them. */
  settings: Settings;
  /** The paths the school set ("terms.ht.start", "school"); the form shows them locked. */
  locked: string[];
  templates: SchoolTemplate[];
  recipes: PageRecipe[];
  problems: ManagedProblem[];
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `patch` over `base`, object by object; arrays and other values replace. */
export function deepMerge(base: unknown, patch: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(patch)) return patch === undefined ? base : patch;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    merged[key] = deepMerge(base[key], value);
  }
  return merged;
}

/** The paths of the values a policy gives, down to the settings' own fields. */
function leafPaths(value: unknown, prefix: string, known: unknown): string[] {
  if (!isPlainObject(value) || !isPlainObject(known)) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => (key in known ? leafPaths(inner, `${prefix}.${key}`, known[key]) : []));
}

/** Whether the school set `path` (or a group it belongs to). */
export function isLocked(locked: readonly string[], path: string): boolean {
  return locked.some((set) => path === set || path.startsWith(`${set}.`));
}

/** The teacher's settings with a policy's values over them. Pure: what the browser's policy holds comes in. */
export function applyManaged(teacher: Settings, policy: Record<string, unknown>): ManagedSettings {
  let settings = teacher;
  const locked: string[] = [];
  const problems: ManagedProblem[] = [];
  const only: ManagedOnly = { templates: [], recipes: [] };
  for (const [key, value] of Object.entries(policy)) {
    if (key in MANAGED_ONLY_SCHEMAS) {
      const parsed = MANAGED_ONLY_SCHEMAS[key as keyof ManagedOnly].safeParse(value);
      if (parsed.success) Object.assign(only, { [key]: parsed.data });
      else problems.push({ key, reason: 'invalid' });
      continue;
    }
    if (!(MANAGED_SETTING_KEYS as string[]).includes(key)) {
      problems.push({ key, reason: 'unknown' });
      continue;
    }
    const name = key as keyof Settings;
    const parsed = SettingsSchema.shape[name].safeParse(deepMerge(settings[name], value));
    if (!parsed.success) {
      problems.push({ key, reason: 'invalid' });
      continue;
    }
    settings = { ...settings, [name]: parsed.data };
    locked.push(...leafPaths(value, key, parsed.data));
  }
  return { settings, locked, ...only, problems };
}
