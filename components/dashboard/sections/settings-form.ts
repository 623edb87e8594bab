import type { FieldProblem } from '../api';
import type { Settings, SettingsPatch } from '@/utils/settings/schema';
import { CHECKLIST_SETTING_FIELDS } from '@/utils/checklist/registry';
import { t } from '@/utils/i18n';

/**
 * The settings form's draft: numbers are kept as typed text so a half-typed or wrong value stays visible
 * with its error instead of being silently replaced.
 */
export type Draft = Omit<Settings, 'language'>;
export type NumberPath = string;

/** The number fields: every checklist rule's (utils/checklist/registry.ts), then the retention. */
export const NUMBER_PATHS: readonly NumberPath[] = [
  ...CHECKLIST_SETTING_FIELDS.flatMap((field) => ('input' in field && field.input === 'number' ? [field.path] : [])),
  'retentionMonths',
];

export function getPath(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), value);
}

/** A copy of `value` with `path` set; objects on the way are copied, never shared. */
export function setPath<T>(value: T, path: string, next: unknown): T {
  const [head, ...rest] = path.split('.') as [string, ...string[]];
  const base = (value ?? {}) as Record<string, unknown>;
  return { ...base, [head]: rest.length ? setPath(base[head], rest.join('.'), next) : next } as T;
}

/** The draft of stored settings; the language is saved by its own control, never by this form. */
export function toDraft(settings: Settings): Draft {
  const { language: _language, ...draft } = settings;
  return draft;
}

/** The texts of the number fields, from stored settings. */
export function numberTexts(settings: Draft): Record<NumberPath, string> {
  return Object.fromEntries(NUMBER_PATHS.map((path) => [path, String(getPath(settings, path))])) as Record<NumberPath, string>;
}

/** The patch to save: the draft with its number texts read as numbers (text that is no integer fails validation). */
export function toPatch(draft: Draft, numbers: Record<NumberPath, string>): SettingsPatch {
  let patch: Draft = draft;
  for (const path of NUMBER_PATHS) {
    const text = (numbers[path] ?? '').trim();
    patch = setPath(patch, path, text === '' || !/^-?\d+$/.test(text) ? Number.NaN : Number(text));
  }
  return patch as SettingsPatch;
}

/** The settings written as free text, whose only limit is their length. */
const FREE_TEXT_PATHS: readonly string[] = ['teacherName', 'school', 'municipality', 'protectedDataRoutine'];

/** The teacher's sentence for a validation problem, chosen by where it is (the schema's own words are for developers). */
export function problemText(problem: FieldProblem): string {
  const { path } = problem;
  if (path === 'terms') return t('dashSettingsErrTermsOverlap');
  if (path === 'terms.ht' || path === 'terms.vt') return t('dashSettingsErrTermOrder');
  if (/\.(start|end|publishBy)$/.test(path)) return t('dashSettingsErrMonthDay');
  if (path.endsWith('.years')) return t('dashSettingsErrYears');
  if ((NUMBER_PATHS as readonly string[]).includes(path)) return t('dashSettingsErrNumber');
  if (problem.message === 'tooLong' || FREE_TEXT_PATHS.includes(path)) return t('dashFieldTooLong');
  return t('dashSettingsErrOther');
}

/** The patch without what the school set: its values are never saved as the teacher's own. */
export function withoutLocked(patch: SettingsPatch, locked: readonly string[]): SettingsPatch {
  return locked.reduce<SettingsPatch>((rest, path) => removePath(rest, path), patch);
}

function removePath<T>(value: T, path: string): T {
  const [head, ...rest] = path.split('.') as [string, ...string[]];
  if (!value || typeof value !== 'object' || !(head in value)) return value;
  const { [head]: inner, ...others } = value as Record<string, unknown>;
  return (rest.length ? { ...others, [head]: removePath(inner, rest.join('.')) } : others) as T;
}
