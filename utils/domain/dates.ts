/** ISO date (YYYY-MM-DD) of a moment in local time. */
export function isoDate(at: Date | number = Date.now()): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** An ISO date plus a number of calendar days (negative for before); computed at noon UTC so no time zone moves it. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Local-time boundaries of ISO dates, for the epoch-millisecond `at` columns. */
export function startOfDay(iso: string): number {
  return new Date(`${iso}T00:00:00`).getTime();
}

/** The first moment after the given day. */
export function endOfDay(iso: string): number {
  const d = new Date(`${iso}T00:00:00`);
  d.setDate(d.getDate() + 1);
  return d.getTime();
}

/** The Sunday that ends the (Swedish, Monday-first) week of `iso`. */
export function endOfWeek(iso: string): string {
  const weekday = new Date(`${iso}T12:00:00`).getDay(); // 0 = Sunday
  return addDays(iso, weekday === 0 ? 0 : 7 - weekday);
}
