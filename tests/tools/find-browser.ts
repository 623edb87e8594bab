import { execFileSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/**
 * Where the browsers are, for the end-to-end tests and `npm run demo`: the one place that knows.
 * CHROMIUM_PATH / FIREFOX_PATH win when set; otherwise only PATH is searched, so a machine without
 * browsers can be simulated by narrowing PATH.
 */
export type BrowserFamily = 'chromium' | 'firefox';
/** The tests need exactly what `.ci/run` installs; the demo takes whatever a teacher already has. */
export type BrowserUse = 'test' | 'demo';

export interface FoundBrowser {
  family: BrowserFamily;
  path: string;
  /**
   * Google Chrome and Microsoft Edge ignore `--load-extension` (Chrome 137 and later, and the
   * `--disable-features=DisableLoadExtensionCommandLineSwitch` escape stopped working in 142): the
   * extension has to be loaded over the DevTools pipe (`Extensions.loadUnpacked`) instead.
   */
  branded: boolean;
}

export const BROWSER_VARIABLE: Record<BrowserFamily, string> = { chromium: 'CHROMIUM_PATH', firefox: 'FIREFOX_PATH' };

/** Debian's names first: they are what CI installs and what the tests are written against. */
const NAMES: Record<BrowserUse, Record<BrowserFamily, readonly string[]>> = {
  test: { chromium: ['chromium'], firefox: ['firefox-esr'] },
  demo: {
    chromium: ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge'],
    firefox: ['firefox-esr', 'firefox'],
  },
};

/** The one line a teacher or developer reads when a browser is missing: what to install, or what to set. */
export const INSTALL_HINT =
  'install Chromium and Firefox ESR (Debian: apt-get install chromium firefox-esr), or point CHROMIUM_PATH= / FIREFOX_PATH= at an existing Chrome, Chromium, Edge or Firefox';

/** A browser could not be found or used; its message is the whole story, so no stack is shown. */
export class BrowserMissing extends Error {
  override name = 'BrowserMissing';
  constructor(
    /** What is wrong and what to do, apart, so several problems can share one line. */
    readonly problem: string,
    readonly hint: string = INSTALL_HINT,
  ) {
    super(missingLine([{ problem, hint }]));
  }
}

/** One line for one or more missing browsers: every problem, then each distinct hint once. */
export function missingLine(missing: readonly Pick<BrowserMissing, 'problem' | 'hint'>[]): string {
  const hints = [...new Set(missing.map(({ hint }) => hint))];
  return `Insyn needs a browser: ${missing.map(({ problem }) => problem).join('; ')}; ${hints.join('; ')}.`;
}

export function findBrowser(family: BrowserFamily, use: BrowserUse, env: NodeJS.ProcessEnv = process.env): FoundBrowser {
  const variable = BROWSER_VARIABLE[family];
  const chosen = env[variable];
  const path = chosen ? (isExecutable(chosen) ? chosen : undefined) : NAMES[use][family].map((name) => onPath(name, env)).find(Boolean);
  if (!path) {
    const what = chosen ? `${variable}=${chosen} is not an executable file` : `no ${NAMES[use][family].join(' or ')} on PATH`;
    throw new BrowserMissing(what);
  }
  const found = { family, path, branded: family === 'chromium' && isBranded(path, env) };
  if (use === 'test' && found.branded) {
    throw new BrowserMissing(
      `${variable}=${path} is Google Chrome or Edge, which ignore --load-extension`,
      'the tests need Chromium (Debian: apt-get install chromium firefox-esr), so unset it or point it at Chromium',
    );
  }
  return found;
}

function onPath(name: string, env: NodeJS.ProcessEnv): string | undefined {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, name);
    if (dir && isExecutable(candidate)) return candidate;
  }
  return undefined;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Chrome for Testing and Chromium builds by others still honour --load-extension; only branded builds refuse it. */
function isBranded(path: string, env: NodeJS.ProcessEnv): boolean {
  try {
    const version = execFileSync(path, ['--version'], { encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 });
    return /^(Google Chrome(?! for Testing)|Microsoft Edge)/m.test(version);
  } catch {
    return false;
  }
}
