import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';
import { PINNED } from './tests/tools/pinned';

export default defineConfig({
  // WxtVitest does not apply wxt.config.ts's Vite plugins, so Preact is added again here.
  plugins: [WxtVitest(), preact({ prefreshEnabled: false })],
  test: {
    environment: 'happy-dom',
    // Saved InfoMentor pages link their stylesheets; tests read markup, so nothing is fetched or reported.
    environmentOptions: {
      happyDOM: {
        settings: {
          disableCSSFileLoading: true,
          disableJavaScriptFileLoading: true,
          handleDisabledFileLoadingAsSuccess: true,
        },
      },
    },
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    // Swedish teachers' time zone on every machine: dates, terms and deadlines are local dates, and a
    // machine elsewhere must not move them. Set for the workers, before any test reads the clock's zone;
    // tests/unit/pinned/time-zone.test.ts fails if this goes.
    env: { TZ: PINNED.timeZone },
    setupFiles: ['tests/unit/setup.ts'],
    // CI has two cores; property and database tests are CPU-bound. Time limits catch hangs, not slowness.
    testTimeout: 30_000,
  },
});
