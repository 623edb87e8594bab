import { describe, expect, it } from 'vitest';

/**
 * The unit run pins Sweden's time zone (vitest.config.ts) so a test's local dates mean the same on any
 * machine. This fails if the pin is dropped or stops reaching the workers, instead of tests passing here
 * and failing on a machine elsewhere.
 */
describe('the unit run', () => {
  it('runs in Europe/Stockholm, whatever the machine says', () => {
    expect(process.env.TZ).toBe('Europe/Stockholm');
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('Europe/Stockholm');
    // Summer and winter time as in Sweden: UTC+2 in July, UTC+1 in January.
    expect(new Date('2025-07-01T12:00:00Z').getTimezoneOffset()).toBe(-120);
    expect(new Date('2025-01-15T12:00:00Z').getTimezoneOffset()).toBe(-60);
    expect(new Date('2025-11-05T00:30:00').toISOString()).toBe('2025-11-04T23:30:00.000Z');
  });
});
