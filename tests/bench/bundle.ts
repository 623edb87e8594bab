import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

/** Bundles one of this folder's browser entry points into a minified IIFE, as production code ships. */
export async function bundleForBrowser(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(entry, import.meta.url))],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}
