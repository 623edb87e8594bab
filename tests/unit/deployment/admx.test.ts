// @vitest-environment node
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { ADMX_DIR, admxFiles, BROWSERS, type Browser } from '../../tools/admx';
import { chromeExtensionId } from '../../tools/extension-id';
import { manifestFor } from '../manifest/manifest-for';
import { managedSchema, type ManagedSchemaNode } from '@/utils/settings/managed-schema';
import { parseReg } from './policy-formats';

/**
 * The Group Policy templates of docs/deployment/admx/ (Chrome and Edge, ADML in Swedish and English) are what
 * `npm run admx` makes from the managed schema, and read back on their own, every value they write is a key of
 * the schema at its place with its type; the example .reg files write only values the templates define.
 */
const CHROME_ID = chromeExtensionId(String(manifestFor('chrome').key));
const schema = managedSchema();
const read = (file: string) => readFileSync(file, 'utf8');

interface ReadPolicy {
  name: string;
  key: string;
  valueName: string;
  element: 'text' | 'decimal' | 'boolean';
}

/** The policies of an ADMX file, read from its XML. */
function readAdmx(text: string): ReadPolicy[] {
  return [...text.matchAll(/<policy ([^>]*)>([\s\S]*?)<\/policy>/g)].map(([, attrs, inner]) => {
    const attr = (source: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(source)?.[1];
    // The elements an administrator fills in; a boolean policy has none, only its enabled and disabled values.
    const element = /<elements>\s*<(text|decimal) ([^>]*)\/>/.exec(inner!);
    return {
      name: attr(attrs!, 'name')!,
      key: attr(attrs!, 'key')!.replace(/&amp;/g, '&'),
      valueName: element ? attr(element[2]!, 'valueName')! : attr(attrs!, 'valueName')!,
      element: element
        ? (element[1] as 'text' | 'decimal')
        : /<enabledValue><decimal value="1" \/><\/enabledValue>/.test(inner!)
          ? 'boolean'
          : ('text' as never),
    };
  });
}

/** The schema's node for a registry value below the extension's policy key, if the schema has one. */
function nodeAt(subkeys: string[], valueName: string): ManagedSchemaNode | undefined {
  let node: ManagedSchemaNode | undefined = schema;
  for (const part of [...subkeys, valueName]) node = node?.type === 'object' ? node.properties?.[part] : undefined;
  return node;
}

/** What Chrome reads from each kind of value: a dword is an integer or a boolean, a string a string or JSON. */
const FITS: Record<ReadPolicy['element'], ReadonlyArray<ManagedSchemaNode['type']>> = {
  decimal: ['integer', 'number'],
  boolean: ['boolean'],
  text: ['string', 'array', 'object'],
};

/** Every leaf of the schema (an object with fields is a subkey, anything else one value). */
function leaves(node: ManagedSchemaNode, path: string[] = []): string[] {
  if (node.type === 'object' && Object.keys(node.properties ?? {}).length) {
    return Object.entries(node.properties!).flatMap(([key, inner]) => leaves(inner, [...path, key]));
  }
  return [path.join('\\')];
}

describe.each(Object.keys(BROWSERS) as Browser[])('the ADMX templates for %s', (browser) => {
  const root = `${BROWSERS[browser].root}\\3rdparty\\extensions\\${CHROME_ID}\\policy`;
  const admx = read(`${ADMX_DIR}/insyn-${browser}.admx`);
  const policies = readAdmx(admx);

  it('are what npm run admx makes from the managed schema today', () => {
    const files = admxFiles(CHROME_ID);
    for (const [file, text] of Object.entries(files).filter(([file]) => file.includes(`insyn-${browser}.`))) expect(read(file)).toBe(text);
  });

  it('write each value under the extension’s policy key, at a key of the schema with its type, and cover every key', () => {
    expect(policies.length).toBeGreaterThan(0);
    for (const policy of policies) {
      expect(policy.key === root || policy.key.startsWith(`${root}\\`)).toBe(true);
      const subkeys = policy.key
        .slice(root.length + 1)
        .split('\\')
        .filter(Boolean);
      const node = nodeAt(subkeys, policy.valueName);
      expect(node, `${policy.key}\\${policy.valueName}`).toBeDefined();
      expect(FITS[policy.element]).toContain(node!.type);
    }
    const written = policies.map((p) =>
      [
        ...p.key
          .slice(root.length + 1)
          .split('\\')
          .filter(Boolean),
        p.valueName,
      ].join('\\'),
    );
    expect(written.sort()).toEqual(leaves(schema).sort());
  });

  it('are well-formed XML in the Group Policy namespace, as Group Policy Editor needs to load them', () => {
    const parse = (text: string) => new new Window().DOMParser().parseFromString(text, 'application/xml');
    for (const file of [`insyn-${browser}.admx`, `sv-SE/insyn-${browser}.adml`, `en-US/insyn-${browser}.adml`]) {
      const doc = parse(read(`${ADMX_DIR}/${file}`));
      expect(doc.getElementsByTagName('parsererror').length, file).toBe(0);
      expect(doc.documentElement.getAttribute('xmlns')).toBe('http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions');
    }
    // The check can fail: a broken file is refused.
    expect(parse('<policyDefinitions><policy></policyDefinitions>').getElementsByTagName('parsererror').length).toBeGreaterThan(0);
  });

  it('have every name they use in the Swedish and the English ADML', () => {
    const ids = new Set([...admx.matchAll(/\$\((string|presentation)\.(\w+)\)/g)].map((m) => `${m[1]}.${m[2]}`));
    for (const folder of ['sv-SE', 'en-US']) {
      const adml = read(`${ADMX_DIR}/${folder}/insyn-${browser}.adml`);
      const defined = new Set([
        ...[...adml.matchAll(/<string id="(\w+)">/g)].map((m) => `string.${m[1]}`),
        ...[...adml.matchAll(/<presentation id="(\w+)">/g)].map((m) => `presentation.${m[1]}`),
      ]);
      expect([...ids].filter((id) => !defined.has(id))).toEqual([]);
    }
    expect(read(`${ADMX_DIR}/sv-SE/insyn-${browser}.adml`)).toContain('<string id="insyn_school">Skola</string>');
    expect(read(`${ADMX_DIR}/en-US/insyn-${browser}.adml`)).toContain('<string id="insyn_school">School</string>');
  });

  it('define every value the example .reg file writes, with the same kind of value', () => {
    const file = browser === 'chrome' ? 'chrome-windows.reg' : 'edge-windows.reg';
    const keys = parseReg(read(`docs/deployment/${file}`));
    // Registry key names are case-insensitive (the .reg says SOFTWARE, the templates Software).
    const hklm = `HKEY_LOCAL_MACHINE\\${root}`.toLowerCase();
    const values = [...keys].filter(([key]) => key.toLowerCase() === hklm || key.toLowerCase().startsWith(`${hklm}\\`));
    expect(values.length).toBeGreaterThan(0);
    for (const [key, named] of values) {
      for (const [name, value] of Object.entries(named)) {
        const policy = policies.find((p) => `HKEY_LOCAL_MACHINE\\${p.key}`.toLowerCase() === key.toLowerCase() && p.valueName === name);
        expect(policy, `${key}\\${name}`).toBeDefined();
        expect(typeof value === 'number' ? ['decimal', 'boolean'] : ['text']).toContain(policy!.element);
      }
    }
  });

  it('would catch a value the schema lacks or one of the wrong kind', () => {
    expect(nodeAt([], 'gradingScale')).toBeUndefined();
    expect(FITS.decimal).not.toContain(nodeAt([], 'school')!.type);
    expect(FITS.boolean).not.toContain(nodeAt(['terms', 'ht'], 'start')!.type);
  });
});
