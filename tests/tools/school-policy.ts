import { accessSync, constants, existsSync, mkdirSync, realpathSync, rmSync, rmdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { BrowserName } from '../e2e/driver/driver';
import { CHROME_BUILD, FIREFOX_BUILD, requireBuild } from './build-output';
import { chromeExtensionId } from './extension-id';
import { findBrowser } from './find-browser';

/**
 * A school's policy for Insyn where each browser really reads it (docs/deployment.md), for the end-to-end
 * tests: Chromium on Linux reads every JSON file in /etc/chromium/policies/managed/, with extensions' managed
 * storage under `3rdparty.extensions.<id>`; Firefox reads `distribution/policies.json` beside its binary, with
 * `3rdparty.Extensions.<gecko id>`. Both are the machine's, so writing them needs root (CI runs as root);
 * each is removed again by `remove()`.
 */
export interface PlacedPolicy {
  path: string;
  remove(): void;
}

export const CHROMIUM_POLICY_DIR = '/etc/chromium/policies/managed';

function target(browser: BrowserName): string {
  if (browser === 'chromium') return join(CHROMIUM_POLICY_DIR, `insyn-e2e-${process.pid}.json`);
  return join(dirname(realpathSync(findBrowser('firefox', 'test').path)), 'distribution', 'policies.json');
}

/** The first existing directory on the way to `dir`, which must be writable to create the rest. */
function nearestExisting(dir: string): string {
  return existsSync(dir) ? dir : nearestExisting(dirname(dir));
}

/** Why the policy cannot be placed on this machine, or undefined when it can. */
export function policyUnplaceable(browser: BrowserName): string | undefined {
  const path = target(browser);
  // A policies.json already there is someone's: never overwritten, never removed.
  if (browser === 'firefox' && existsSync(path)) return `${path} exists already and is not this test's to replace`;
  try {
    accessSync(nearestExisting(dirname(path)), constants.W_OK);
    return undefined;
  } catch {
    return `${dirname(path)} is not writable by this user (it needs root, as in CI)`;
  }
}

/** Writes `policy` as the school's managed settings for the production build of Insyn in `browser`. */
export function placeSchoolPolicy(browser: BrowserName, policy: Record<string, unknown>): PlacedPolicy {
  const path = target(browser);
  const created: string[] = [];
  for (let dir = dirname(path); !existsSync(dir); dir = dirname(dir)) created.unshift(dir);
  for (const dir of created) mkdirSync(dir);
  const content =
    browser === 'chromium'
      ? { '3rdparty': { extensions: { [chromeExtensionId(String(requireBuild(CHROME_BUILD).manifest.key))]: policy } } }
      : { policies: { '3rdparty': { Extensions: { [geckoId()]: policy } } } };
  writeFileSync(path, JSON.stringify(content, null, 2));
  return {
    path,
    remove() {
      rmSync(path, { force: true });
      for (const dir of created.reverse()) {
        try {
          rmdirSync(dir);
        } catch {
          // Something else has been put there since: it stays.
        }
      }
    },
  };
}

function geckoId(): string {
  return (requireBuild(FIREFOX_BUILD).manifest.browser_specific_settings as { gecko: { id: string } }).gecko.id;
}
