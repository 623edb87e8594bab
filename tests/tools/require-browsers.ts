/**
 * First step of `npm test` and `npm run demo`: stops at once, in one line and without a stack, when the
 * browsers they need are missing, instead of after a typecheck and a build with a launcher's stack trace.
 *
 *   tsx tests/tools/require-browsers.ts test    Chromium and Firefox ESR, as `.ci/run` installs them
 *   tsx tests/tools/require-browsers.ts demo    any one browser the demo can drive
 */
import { BrowserMissing, type BrowserUse, findBrowser, missingLine } from './find-browser';

function missingFor(use: BrowserUse): BrowserMissing[] {
  const missing: BrowserMissing[] = [];
  for (const family of ['chromium', 'firefox'] as const) {
    try {
      findBrowser(family, use);
      // The demo runs in one browser; either family will do.
      if (use === 'demo') return [];
    } catch (error) {
      if (!(error instanceof BrowserMissing)) throw error;
      missing.push(error);
    }
  }
  return missing;
}

const use = process.argv[2];
if (use !== 'test' && use !== 'demo') {
  console.error('Usage: tsx tests/tools/require-browsers.ts test|demo');
  process.exit(2);
}
const missing = missingFor(use);
if (missing.length) {
  console.error(missingLine(missing));
  process.exit(1);
}
