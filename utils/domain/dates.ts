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

/**
 * The one validity of every date and time Insyn keeps (issue 22): what a message, a form, the dashboard,
 * the export and the import accept is the same, so Insyn never writes a backup it then refuses. Times are
 * epoch milliseconds from 2000-01-01 up to 2100-01-01 (UTC); days are real calendar days of those years.
 * Anything outside is a typo ("0202") or a damaged field, not a date.
 */
export const EPOCH_MIN = Date.UTC(2000, 0, 1);
export const EPOCH_MAX = Date.UTC(2100, 0, 1);

export function isValidMoment(at: number): boolean {
  return Number.isInteger(at) && at >= EPOCH_MIN && at <= EPOCH_MAX;
}

export function isValidDay(day: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return false;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const noon = new Date(Date.UTC(year, month - 1, date, 12));
  return year >= 2000 && year <= 2099 && noon.getUTCMonth() === month - 1 && noon.getUTCDate() === date;
}
