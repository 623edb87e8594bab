import type { ChecklistRecord } from '../db/records';

/**
 * How freshly generated items meet the stored ones (both for the same pupils):
 * - a teacher's confirmation stands until the teacher undoes it; only the due date follows the rules;
 * - items closed by a page or a contact follow the data, so they reopen when it changes (a contact deleted,
 *   a document unpublished), and keep their closing time while they stay closed;
 * - open items no longer owed (risk dismissed, rule switched off, school year changed) are removed;
 *   closed ones stay as history.
 */
export function reconcile(
  existing: readonly ChecklistRecord[],
  desired: readonly ChecklistRecord[],
  now: number,
): { put: ChecklistRecord[]; remove: string[] } {
  const stored = new Map(existing.map((item) => [item.id, item]));
  const wanted = new Set(desired.map((item) => item.id));
  const put: ChecklistRecord[] = [];
  for (const item of desired) {
    const before = stored.get(item.id);
    const next = before ? merge(before, item, now) : item.status === 'done' ? { ...item, closedAt: now } : item;
    if (!before || !sameItem(before, next)) put.push(next);
  }
  const remove = existing.filter((item) => !wanted.has(item.id) && item.status === 'open').map((item) => item.id);
  return { put, remove };
}

function merge(before: ChecklistRecord, item: ChecklistRecord, now: number): ChecklistRecord {
  if (before.status === 'done' && before.closedBy === 'teacher') return { ...before, due: item.due, term: item.term };
  if (item.status === 'open') return item;
  const stillClosed = before.status === 'done' && before.closedBy === item.closedBy && before.closedAt !== undefined;
  return { ...item, closedAt: stillClosed ? before.closedAt! : now };
}

function sameItem(a: ChecklistRecord, b: ChecklistRecord): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof ChecklistRecord)[]);
  return [...keys].every((key) => a[key] === b[key]);
}
