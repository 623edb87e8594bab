import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The production builds the browsers load: exactly what `npm run build` wrote, nothing test-only. */
export const CHROME_BUILD = fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));
export const FIREFOX_BUILD = fileURLToPath(new URL('../../.output/firefox-mv2', import.meta.url));

/** Fails with the fix in the message when a build is missing, instead of a browser silently lacking Insyn. */
export function requireBuild(dir: string): { manifest: Record<string, unknown> } {
  const manifestPath = `${dir}/manifest.json`;
  if (!existsSync(manifestPath)) {
    throw new Error(`No extension build at ${dir}. Run \`npm run build\` first (\`npm test\` does it for you).`);
  }
  return { manifest: JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown> };
}
