/**
 * Picks, among index ranges that each contain every matching row, the one holding the fewest rows.
 * IndexedDB counts an index range natively (no rows are read), so asking each candidate is cheap and
 * the rows read afterwards are as few as the available indexes allow. Candidates are factories because
 * Dexie collections change in place when limited or filtered.
 */
export async function narrowest<C extends { count(): Promise<number> }>(
  candidates: Array<() => C>,
): Promise<{ open: () => C; count: number; index: number }> {
  if (candidates.length === 0) throw new Error('narrowest needs at least one candidate');
  const counts = await Promise.all(candidates.map((open) => open().count()));
  let best = 0;
  counts.forEach((count, index) => {
    if (count < counts[best]!) best = index;
  });
  return { open: candidates[best]!, count: counts[best]!, index: best };
}
