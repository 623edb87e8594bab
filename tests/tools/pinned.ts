/**
 * What the browser tests may depend on, pinned by the launchers (chromium.ts, firefox.ts) so that a test
 * passes on any machine whatever its time zone, screen or language. The unit run (vitest.config.ts)
 * takes its time zone from here too.
 *
 * The clock is not pinned: Debian's libfaketime hangs Firefox ESR at start-up (wolfcw/libfaketime#373)
 * and stalls Chromium's page loads, and a clock set from the test harness would not reach the service
 * worker, the background page and the content scripts alike without test-only code in the build.
 * Tests that depend on the date take "today" from the browser instead (the driver's `today()`), so what
 * they expect follows the clock Insyn itself reads.
 */
export const PINNED = {
  timeZone: 'Europe/Stockholm',
  locale: 'sv-SE',
  viewport: { width: 1366, height: 768 },
  deviceScaleFactor: 1,
} as const;

/** The environment for a browser process: the machine's, in the pinned time zone (the background reads it too). */
export function browserEnv(): Record<string, string> {
  return { ...(process.env as Record<string, string>), TZ: PINNED.timeZone };
}
