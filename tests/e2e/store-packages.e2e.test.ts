import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';

/**
 * `npm run zip` (docs/releasing.md): the Chrome and Firefox store packages and the sources AMO rebuilds the
 * Firefox package from. The same sources give the same bytes, twice here and once more from the sources zip
 * itself in a fresh directory, as AMO's reviewers build it. The zips carry no times (WXT's zip writes none)
 * and the build is deterministic, so no SOURCE_DATE_EPOCH is needed.
 */
const ROOT = process.cwd();
const VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
const PACKAGES = ['chrome', 'firefox', 'sources'].map((kind) => `insyn-${VERSION}-${kind}.zip`);
const STORE = (root: string) => join(root, '.output', 'store');
const scratch = mkdtempSync(join(tmpdir(), 'insyn-sources-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }), 300_000);

/**
 * The environment of a release shell: vitest's own variables (NODE_ENV=test above all) would build another
 * bundle, with Preact's devtools hook in it.
 */
const releaseEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(NODE_ENV|TEST|VITEST.*)$/.test(name)));
const npm = (cwd: string, ...args: string[]) => execFileSync('npm', args, { cwd, env: releaseEnv, stdio: 'pipe', encoding: 'utf8' });
const digests = (root: string) =>
  Object.fromEntries(
    PACKAGES.map((name) => [
      name,
      createHash('sha256')
        .update(readFileSync(join(STORE(root), name)))
        .digest('hex'),
    ]),
  );

describe('the store packages', () => {
  let first: Record<string, string>;

  it('are the same bytes when built twice', () => {
    npm(ROOT, 'run', 'zip');
    first = digests(ROOT);
    npm(ROOT, 'run', 'zip');
    expect(digests(ROOT)).toEqual(first);
    // What Preact's development build adds: its absence shows the packages are the production bundle.
    expect(readFileSync(join(STORE(ROOT), 'chrome-mv3', 'content-scripts', 'infomentor.js'), 'utf8')).not.toContain('__PREACT_DEVTOOLS__');
  }, 180_000);

  it('leave the manifest key out of the Chrome package (the Chrome Web Store refuses it) and keep the managed schema', () => {
    const chrome = unzipSync(readFileSync(join(STORE(ROOT), PACKAGES[0]!)));
    const manifest = JSON.parse(new TextDecoder().decode(chrome['manifest.json'])) as Record<string, unknown>;
    expect(manifest).not.toHaveProperty('key');
    expect(manifest.storage).toEqual({ managed_schema: 'managed-schema.json' });
    expect(chrome['managed-schema.json']).toBeDefined();
  });

  it('pass web-ext lint with 0 errors', () => {
    const report = JSON.parse(
      execFileSync('npx', ['web-ext', 'lint', '--source-dir', join(STORE(ROOT), 'firefox-mv2'), '--output', 'json', '--boring'], {
        encoding: 'utf8',
      }),
    ) as { summary: { errors: number } };
    expect(report.summary.errors).toBe(0);
  }, 120_000);

  it('are rebuilt byte for byte from the sources zip, as AMO’s reviewers build them', () => {
    const files = unzipSync(readFileSync(join(STORE(ROOT), PACKAGES[2]!)));
    expect(Object.keys(files)).toContain('package-lock.json');
    execFileSync('unzip', ['-q', join(STORE(ROOT), PACKAGES[2]!), '-d', scratch]);
    npm(scratch, 'ci', '--prefer-offline', '--no-audit', '--no-fund');
    npm(scratch, 'run', 'zip');
    expect(digests(scratch)).toEqual(first);
  }, 600_000);
});
