// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chromeExtensionId } from '../../tools/extension-id';
import { manifestFor } from '../manifest/manifest-for';
import { applyManaged } from '@/utils/settings/managed';
import { managedSchema } from '@/utils/settings/managed-schema';
import { DEFAULT_SETTINGS } from '@/utils/settings/schema';
import { fromGoogleAdmin, fromPowerShell, parseReg, registryValue, schemaErrors } from './policy-formats';

/**
 * Every example policy for IT in docs/deployment/ (docs/deployment.md) gives Insyn the school's settings: each
 * fits the managed schema Chrome checks, zod takes every key, and all say the same as managed-settings.json.
 */
const DIR = 'docs/deployment/';
const read = (name: string) => readFileSync(`${DIR}${name}`, 'utf8');
const json = (name: string) => JSON.parse(read(name)) as Record<string, unknown>;

const CHROME_ID = chromeExtensionId(String(manifestFor('chrome').key));
const GECKO_ID = (manifestFor('firefox').browser_specific_settings as { gecko: { id: string } }).gecko.id;
const schema = managedSchema();
const settings = json('managed-settings.json');

function registryPolicy(file: string, vendor: string) {
  const keys = parseReg(read(file));
  const root = `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\${vendor}`;
  return { keys, policy: registryValue(keys, `${root}\\3rdparty\\extensions\\${CHROME_ID}\\policy`, schema), root };
}

const examples: Array<[string, () => unknown]> = [
  ['managed-settings.json', () => settings],
  ['google-admin.json', () => fromGoogleAdmin(json('google-admin.json') as Record<string, { Value: unknown }>)],
  ['chrome-windows.reg', () => registryPolicy('chrome-windows.reg', 'Google\\Chrome').policy],
  ['edge-windows.reg', () => registryPolicy('edge-windows.reg', 'Microsoft\\Edge').policy],
  ['intune-platform-script.ps1', () => fromPowerShell(read('intune-platform-script.ps1'))],
  [
    'firefox-policies.json',
    () =>
      (json('firefox-policies.json') as { policies: { '3rdparty': { Extensions: Record<string, unknown> } } }).policies['3rdparty']
        .Extensions[GECKO_ID],
  ],
];

describe('the example policies for IT', () => {
  it.each(examples)('%s fits the managed schema, and Insyn takes every key of it', (_name, policyOf) => {
    const policy = policyOf() as Record<string, unknown>;
    expect(schemaErrors(policy, schema)).toEqual([]);
    const applied = applyManaged(DEFAULT_SETTINGS, policy);
    expect(applied.problems).toEqual([]);
    expect(applied.settings.school).toBe('Ekskolan');
    expect(applied.templates).toHaveLength(1);
    expect(policy).toEqual(settings);
  });

  it('names the extension by the ids its builds have, and force-installs it', () => {
    expect(read('../deployment.md')).toContain(CHROME_ID);
    for (const [file, vendor] of [
      ['chrome-windows.reg', 'Google\\Chrome'],
      ['edge-windows.reg', 'Microsoft\\Edge'],
    ] as const) {
      const { keys, root } = registryPolicy(file, vendor);
      expect(String(keys.get(`${root}\\ExtensionInstallForcelist`)?.['1'])).toMatch(new RegExp(`^${CHROME_ID};https://`));
    }
    expect(read('intune-platform-script.ps1')).toContain(`$id = '${CHROME_ID}'`);
    const firefox = json('firefox-policies.json') as { policies: { ExtensionSettings: Record<string, { installation_mode: string }> } };
    expect(firefox.policies.ExtensionSettings[GECKO_ID]?.installation_mode).toBe('force_installed');
  });

  it('would catch a wrong example: a key the schema lacks, a wrong type, a value zod refuses', () => {
    expect(schemaErrors({ school: 1, gradingScale: 'A-F' }, schema)).toEqual([
      '$.school: integer, not string',
      '$.gradingScale: not in the schema',
    ]);
    expect(applyManaged(DEFAULT_SETTINGS, { retentionMonths: 0 }).problems).toEqual([{ key: 'retentionMonths', reason: 'invalid' }]);
  });
});
