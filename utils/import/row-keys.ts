import type { TableName } from '../export/schema';

/**
 * What makes a row the same row in two databases. Events are matched by what happened, not by their
 * auto-increment id: two teachers' databases number their events independently, and an event is never
 * edited, so the same moment, action and subject is the same event.
 */
export function keyOf(table: TableName, row: object): string {
  const r = row as Record<string, unknown>;
  if (table === 'settings') return String(r.key);
  if (table === 'events') return `${String(r.at)}|${String(r.action)}|${String(r.subject ?? '')}`;
  return String(r.id);
}

/** Rows compared by content: key order and keys holding `undefined` (absent after JSON) do not count. */
export function sameRow(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v)
            .filter(([, x]) => x !== undefined)
            .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)),
        )
      : v,
  );
}
