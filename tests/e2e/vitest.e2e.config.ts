import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: real Chromium and Firefox with the production build from `npm run build`.
 * One file at a time — browsers are heavy and the machine is small.
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/require-build.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
