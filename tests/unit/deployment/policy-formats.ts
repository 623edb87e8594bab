import type { ManagedSchemaNode } from '@/utils/settings/managed-schema';

/**
 * How the example policies of docs/deployment/ turn into the value an extension's managed storage holds,
 * as the browsers do it, so tests can check each example against the managed schema.
 */

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Where `value` breaks Chrome's managed schema (Chrome drops such a key before Insyn sees it); [] if nowhere. */
export function schemaErrors(value: unknown, node: ManagedSchemaNode, where = '$'): string[] {
  const actual = Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value;
  const fits = node.type === actual || (node.type === 'number' && actual === 'integer') || (node.type === 'object' && isObject(value));
  if (!fits) return [`${where}: ${actual}, not ${node.type}`];
  if (node.type === 'array') return (value as unknown[]).flatMap((item, i) => schemaErrors(item, node.items!, `${where}[${i}]`));
  if (node.type !== 'object') return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) =>
    node.properties?.[key] ? schemaErrors(inner, node.properties[key], `${where}.${key}`) : [`${where}.${key}: not in the schema`],
  );
}

/** Google Admin console's "Policy for extensions": each key's value under "Value". */
export function fromGoogleAdmin(json: Record<string, { Value: unknown }>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(json).map(([key, { Value }]) => [key, Value]));
}

type RegistryKey = { values: Record<string, string | number>; keys: Record<string, RegistryKey> };

/** The keys and values of a .reg file (strings and dwords, all this project's examples use). */
export function parseReg(text: string): Map<string, Record<string, string | number>> {
  const keys = new Map<string, Record<string, string | number>>();
  let current: Record<string, string | number> | undefined;
  for (const line of text.split(/\r?\n/)) {
    const key = /^\[(.+)\]$/.exec(line);
    if (key) keys.set(key[1]!, (current = {}));
    const value = /^"((?:[^"\\]|\\.)*)"=(?:"((?:[^"\\]|\\.)*)"|dword:([0-9a-f]{8}))$/.exec(line);
    if (value && current) current[unescape(value[1]!)] = value[3] ? parseInt(value[3], 16) : unescape(value[2]!);
  }
  return keys;
}

const unescape = (text: string) => text.replace(/\\(.)/g, '$1');

/**
 * The value under `root` as Chrome reads policy from the registry: subkeys are objects, a dword is an
 * integer (or a boolean where the schema wants one), a string is JSON where the schema wants a list or object.
 */
export function registryValue(keys: Map<string, Record<string, string | number>>, root: string, node: ManagedSchemaNode): unknown {
  const tree = (path: string): RegistryKey => ({
    values: keys.get(path) ?? {},
    keys: Object.fromEntries(
      [...keys.keys()]
        .filter((other) => other.startsWith(`${path}\\`) && !other.slice(path.length + 1).includes('\\'))
        .map((other) => [other.slice(path.length + 1), tree(other)]),
    ),
  });
  return convert(tree(root), node);
}

function convert(key: RegistryKey, node: ManagedSchemaNode): Record<string, unknown> {
  const values = Object.entries(key.values).map(([name, raw]) => {
    const wanted = node.properties?.[name]?.type;
    if (wanted === 'boolean' && typeof raw === 'number') return [name, raw !== 0];
    if ((wanted === 'array' || wanted === 'object') && typeof raw === 'string') return [name, JSON.parse(raw) as unknown];
    return [name, raw];
  });
  const subkeys = Object.entries(key.keys).map(([name, inner]) => [name, convert(inner, node.properties?.[name] ?? { type: 'object' })]);
  return Object.fromEntries([...values, ...subkeys]);
}

/** The JSON here-string ($settings = @' … '@) of the Intune platform script. */
export function fromPowerShell(script: string): unknown {
  const json = /\$settings = @'\r?\n([\s\S]*?)\r?\n'@/.exec(script);
  if (!json) throw new Error('the script has no $settings here-string');
  return JSON.parse(json[1]!);
}
