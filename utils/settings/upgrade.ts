/**
 * Stored settings from before a default changed. Every save stores the whole settings object, defaults
 * included, so a default stored by an older version cannot be told from a choice, except by when it was
 * saved: settings saved since carry `revision` (kept beside the fields, which the schema strips), and
 * those without it are upgraded here, once — the next save stores the result with today's revision.
 */
export const SETTINGS_REVISION = 1;

type Stored = { revision?: unknown; rules?: { progressMeeting?: unknown } };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function upgradeSettings(stored: unknown): unknown {
  if (!isObject(stored)) return stored;
  const { revision, rules } = stored as Stored;
  if (typeof revision === 'number' && revision >= SETTINGS_REVISION) return stored;
  // Revision 1: the progress meeting (utvecklingssamtal), a duty every term, used to be off by default.
  if (isObject(rules) && rules.progressMeeting === false) return { ...stored, rules: { ...rules, progressMeeting: true } };
  return stored;
}
