// @vitest-environment node
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INFOMENTOR_MATCHES } from '@/utils/infomentor/hosts';
import { manifestFor } from './manifest-for';
import { isHostPattern, README, readmePermissions, requestedAccess } from './permissions';

/**
 * The README's "Permissions" section is what a school's data protection officer reads before allowing
 * Insyn. These tests fail when the manifest asks for a permission or host the README does not explain.
 */
const documented = () => {
  if (!existsSync(README))
    throw new Error('README.md is missing: it must have a "Permissions" section listing each permission and host in `code`.');
  const listed = readmePermissions();
  if (!listed) throw new Error('README.md has no "Permissions" section listing each permission and host in `code`.');
  return listed;
};

describe.each(['chrome', 'firefox'] as const)('the %s manifest', (browser) => {
  const manifest = manifestFor(browser);

  const required = ['storage', 'alarms', 'unlimitedStorage', 'scripting'];

  it('asks only for storage, alarms, unlimitedStorage and scripting, plus optional permissions, and only InfoMentor hosts', () => {
    const access = requestedAccess(manifest);
    const hosts = access.filter(isHostPattern);
    expect(hosts.every((host) => INFOMENTOR_MATCHES.includes(host))).toBe(true);
    expect(access).toEqual(expect.arrayContaining(required));
    expect(access.filter((p) => !isHostPattern(p) && !required.includes(p))).toEqual(
      [...new Set([...((manifest.optional_permissions as string[] | undefined) ?? [])])].sort(),
    );
  });

  it('reaches InfoMentor over https only, never plain http', () => {
    const hosts = requestedAccess(manifest).filter(isHostPattern);
    expect(hosts.length).toBeGreaterThan(0);
    expect(hosts.filter((host) => !host.startsWith('https://'))).toEqual([]);
  });

  it('overrides no content security policy and loads nothing from the web', () => {
    expect(manifest).not.toHaveProperty('content_security_policy');
    expect(manifest).not.toHaveProperty('externally_connectable');
    expect(manifest).not.toHaveProperty('update_url');
  });

  // A web-accessible resource lets a page probe for Insyn: only the field page (utils/field/frame.ts) is
  // one, for InfoMentor's pages only, and in Chrome at an address that changes each session.
  it('makes exactly one page web-accessible: the panel’s field frame, for InfoMentor only', () => {
    expect(manifest.web_accessible_resources).toEqual(
      browser === 'firefox' ? ['field.html'] : [{ resources: ['field.html'], matches: INFOMENTOR_MATCHES, use_dynamic_url: true }],
    );
  });

  it('has every permission and host explained in the README', () => {
    const listed = documented();
    expect(requestedAccess(manifest).filter((p) => !listed.includes(p))).toEqual([]);
  });
});

describe('the README', () => {
  it('lists no host the manifests do not ask for', () => {
    const requested = new Set(['chrome', 'firefox'].flatMap((b) => requestedAccess(manifestFor(b as 'chrome' | 'firefox'))));
    expect(
      documented()
        .filter(isHostPattern)
        .filter((host) => !requested.has(host)),
    ).toEqual([]);
  });
});

describe('readmePermissions', () => {
  const text = [
    '# Insyn',
    '## Permissions',
    'Insyn asks for:',
    '- `storage` – keeps your data in this browser',
    '### Hosts',
    '- `*://*.infomentor.se/*`',
    '## Install',
    'Run `npm i`.',
  ].join('\n');

  it('reads the code spans of the section and its subsections, and nothing after', () => {
    expect(readmePermissions(text)).toEqual(['storage', '*://*.infomentor.se/*']);
  });

  it('says when there is no such section', () => {
    expect(readmePermissions('# Insyn\nNothing here.')).toBeUndefined();
  });
});
