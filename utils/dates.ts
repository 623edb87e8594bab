/** ISO date (YYYY-MM-DD) of a moment in local time. */
export function isoDate(at: Date | number = Date.now()): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
