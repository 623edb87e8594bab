import config from '../../../wxt.config';

type ManifestFn = (env: { browser: string; manifestVersion: 2 | 3; mode: string; command: 'build' | 'serve' }) => Record<string, unknown>;

/** The manifest wxt.config.ts gives for a production build in `browser`. */
export function manifestFor(browser: 'chrome' | 'firefox'): Record<string, unknown> {
  const manifest = config.manifest as ManifestFn | Record<string, unknown> | undefined;
  const env = {
    browser,
    manifestVersion: browser === 'firefox' ? (2 as const) : (3 as const),
    mode: 'production',
    command: 'build' as const,
  };
  return typeof manifest === 'function' ? manifest(env) : (manifest ?? {});
}
