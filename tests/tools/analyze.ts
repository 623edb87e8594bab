import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';
import { PageAnalysisSchema, toContract } from '../../utils/infomentor/analysis';
import { analysePage } from '../../utils/infomentor/analyse';

/**
 * `npm run analyze -- <page.html> [--url <url>]`: reads a saved page exactly as the content script
 * does (steps 1–3 of the flow), checks the result against PageAnalysisSchema and prints the analyzer
 * contract JSON (docs/architecture.md, "The analyzer contract"). Scripts on the page are not run; nothing is fetched.
 */

export const DEFAULT_URL = 'https://skola.infomentor.se/';

/** Parses saved HTML into a document that loads nothing and runs nothing. */
export function loadPage(html: string, url = DEFAULT_URL): { document: Document; close: () => Promise<void> } {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
    },
  });
  const document = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  // happy-dom's parser can leave an earlier option selected when a later one carries `selected`;
  // a browser would not. Re-apply the markup's choice so selects read as a browser shows them.
  for (const option of document.querySelectorAll('option[selected]')) (option as HTMLOptionElement).selected = true;
  return { document, close: () => window.happyDOM.close() };
}

export async function analyzeFile(file: string, url = DEFAULT_URL) {
  const { document, close } = loadPage(readFileSync(file, 'utf8'), url);
  try {
    const analysis = analysePage(document, url);
    const checked = PageAnalysisSchema.safeParse(analysis);
    if (!checked.success) throw new Error(`The reading breaks PageAnalysisSchema:\n${checked.error.message}`);
    return toContract(checked.data);
  } finally {
    await close();
  }
}

function usage(message: string): never {
  process.stderr.write(`${message}\nUsage: npm run analyze -- <page.html> [--url <url>]\n`);
  process.exit(1);
}

async function main(args: string[]): Promise<void> {
  let file: string | undefined;
  let url = DEFAULT_URL;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--url') {
      const value = args[++i];
      if (!value) usage('--url needs an address.');
      try {
        url = new URL(value).href;
      } catch {
        usage(`Not an address: ${value}`);
      }
    } else if (arg.startsWith('--')) usage(`Unknown option: ${arg}`);
    else if (file === undefined) file = arg;
    else usage(`One page at a time (got ${file} and ${arg}).`);
  }
  if (!file) usage('Which page? Give the path of a saved .html file.');
  const path = resolve(file);
  if (!existsSync(path)) usage(`No such file: ${path}`);
  const contract = await analyzeFile(path, url);
  process.stdout.write(`${JSON.stringify(contract, null, 2)}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  });
}
