import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

/** Every import between Insyn's own files, read from the source (type imports included). */
export interface Import {
  file: string;
  target: string;
  specifier: string;
}

const ROOT = join(__dirname, '../../..');
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?\bfrom\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

export function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

export function importsOf(file: string, source = readFileSync(join(ROOT, file), 'utf8')): Import[] {
  const found: Import[] = [];
  for (const match of source.matchAll(IMPORT)) {
    const specifier = (match[1] ?? match[2])!;
    let target: string;
    if (specifier.startsWith('@/')) target = specifier.slice(2);
    // A Vite query (`?raw`) says how a file is imported, not which.
    else if (specifier.startsWith('.')) target = normalize(join(dirname(file), specifier.replace(/\?.*$/, '')));
    else continue;
    found.push({ file, target, specifier });
  }
  return found;
}

/** The folder a file belongs to for layering: `utils/<folder>`, `components/<folder>`, `entrypoints/<entry>`. */
export function folderOf(path: string): string {
  const parts = path.replace(/\.tsx?$/, '').split('/');
  return parts.length > 2 || parts[0] !== 'utils' ? parts.slice(0, 2).join('/') : parts.join('/');
}
