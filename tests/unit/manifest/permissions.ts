import { existsSync, readFileSync } from 'node:fs';

/**
 * What the extension asks the browser for, and what the README promises. Shared by the manifest test
 * (from wxt.config.ts) and the bundle test (from the built manifest.json), so both read the README alike.
 */
export const README = new URL('../../../README.md', import.meta.url);

type Manifest = Record<string, unknown>;
const list = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** Every permission, optional permission and host pattern of a manifest, including content scripts' matches. */
export function requestedAccess(manifest: Manifest): string[] {
  const contentScripts = Array.isArray(manifest.content_scripts) ? (manifest.content_scripts as Manifest[]) : [];
  return [
    ...new Set([
      ...list(manifest.permissions),
      ...list(manifest.optional_permissions),
      ...list(manifest.host_permissions),
      ...list(manifest.optional_host_permissions),
      ...contentScripts.flatMap((script) => list(script.matches)),
    ]),
  ].sort();
}

/**
 * The `code` spans of the README's "Permissions" section (a heading naming Permissions or Behörigheter,
 * up to the next heading of the same or a higher level). Undefined when there is no such section or no README.
 */
export function readmePermissions(text = existsSync(README) ? readFileSync(README, 'utf8') : ''): string[] | undefined {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((line) => /^#{1,6}\s.*\b(permissions|behörigheter)\b/i.test(line));
  if (start < 0) return undefined;
  const level = /^#+/.exec(lines[start]!)![0].length;
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => {
    const heading = /^(#+)\s/.exec(line);
    return heading !== null && heading[1]!.length <= level;
  });
  const section = (end < 0 ? rest : rest.slice(0, end)).join('\n');
  return [...section.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!.trim());
}

/** A host pattern, as opposed to a permission name. */
export const isHostPattern = (value: string) => value.includes('://') || value === '<all_urls>';
