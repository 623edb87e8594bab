import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');

/** `npm test` / `npm run demo`'s first step on a machine with no browser: PATH holds only node. */
function requireBrowsers(use: string) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'tests/tools/require-browsers.ts', use], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { PATH: dirname(process.execPath), CHROMIUM_PATH: '/nowhere/chromium', FIREFOX_PATH: '/nowhere/firefox' },
  });
  return { status: run.status, lines: `${run.stdout}${run.stderr}`.split('\n').filter((line) => line.trim()) };
}

describe('require-browsers', () => {
  for (const use of ['test', 'demo']) {
    it(`stops ${use === 'test' ? 'npm test' : 'npm run demo'} with one line naming what to install`, () => {
      const { status, lines } = requireBrowsers(use);
      expect(status).not.toBe(0);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain('apt-get install chromium firefox-esr');
      expect(lines[0]).toContain('CHROMIUM_PATH=/nowhere/chromium');
      expect(lines[0]).toContain('FIREFOX_PATH=/nowhere/firefox');
      expect(lines.filter((line) => /^\s+at /.test(line))).toEqual([]);
    });
  }
});
