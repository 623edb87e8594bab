import type { Page } from 'playwright-core';

/**
 * Source text that runs `fn(arg)` in a page. tsx compiles functions with esbuild's keepNames, which
 * wraps them in a `__name` helper the page does not have; the shim supplies it.
 */
export function pageSource<A>(fn: (arg: A) => unknown, arg?: A): string {
  return `(() => { const __name = (f) => f; return (${fn.toString()})(${JSON.stringify(arg ?? null)}); })()`;
}

export async function evaluateInPage<A, R>(page: Page, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
  return (await page.evaluate(pageSource(fn, arg))) as R;
}
