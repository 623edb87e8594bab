import { z } from 'zod';
import { MANAGED_ONLY_SCHEMAS, MANAGED_SETTING_KEYS } from './managed';
import { SettingsSchema } from './schema';

/** The part of JSON Schema that Chrome's `storage.managed_schema` understands and Insyn uses. */
export interface ManagedSchemaNode {
  type: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  properties?: Record<string, ManagedSchemaNode>;
  items?: ManagedSchemaNode;
}

const TYPES = new Set<string>(['object', 'array', 'string', 'integer', 'number', 'boolean']);

/**
 * Types and structure only. Chrome drops a policy value its schema refuses before Insyn sees it, silently for
 * the teacher; ranges, patterns and choices are left to zod (applyManaged) so a wrong value reaches Insyn and
 * is shown as ignored in the settings.
 */
function toNode(json: Record<string, unknown>, where: string): ManagedSchemaNode {
  const type = json.type;
  if (typeof type !== 'string' || !TYPES.has(type)) throw new Error(`managed schema: ${where} has no type Chrome knows`);
  const node: ManagedSchemaNode = { type: type as ManagedSchemaNode['type'] };
  if (type === 'object') {
    const properties = (json.properties ?? {}) as Record<string, Record<string, unknown>>;
    node.properties = Object.fromEntries(Object.entries(properties).map(([key, inner]) => [key, toNode(inner, `${where}.${key}`)]));
  }
  if (type === 'array') node.items = toNode(json.items as Record<string, unknown>, `${where}[]`);
  return node;
}

const jsonOf = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input' }) as Record<string, unknown>;

/** The managed-storage schema, derived from the settings' zod schema so a new setting is in it at once. */
export function managedSchema(): ManagedSchemaNode {
  const settings = Object.fromEntries(MANAGED_SETTING_KEYS.map((key) => [key, toNode(jsonOf(SettingsSchema.shape[key]), key)]));
  const only = Object.fromEntries(Object.entries(MANAGED_ONLY_SCHEMAS).map(([key, schema]) => [key, toNode(jsonOf(schema), key)]));
  return { type: 'object', properties: { ...settings, ...only } };
}

/** The file name in the Chrome package that the manifest's `storage.managed_schema` names. */
export const MANAGED_SCHEMA_FILE = 'managed-schema.json';
