import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { ShadowOf } from './in-page';

/** axe-core's browser bundle, loaded where the test can see Insyn's closed roots (as @axe-core/playwright would into the page). */
export const AXE_SOURCE = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The source of `(shadowOf) => true` that loads axe-core as `window.axe` of the world it runs in. */
export const loadAxeSource = async () => `(shadowOf) => { ${await AXE_SOURCE}\n; return typeof window.axe === 'object'; }`;

export interface AxeResult {
  violations: string[];
  passes: string[];
}

/**
 * Runs axe-core (loaded in this world) on the parts `include` selects. axe walks shadow trees through
 * `element.shadowRoot`, which is null for a closed root: each of Insyn's roots is lent to it as an own
 * property of its host in this world only (never the page's) and taken back afterwards.
 */
export async function axeInPage(include: string[], shadowOf: ShadowOf): Promise<AxeResult> {
  const lent: Element[] = [];
  const lend = (root: Document | ShadowRoot) => {
    for (const element of Array.from(root.querySelectorAll('*'))) {
      const shadow = shadowOf(element);
      if (!shadow) continue;
      if (!element.shadowRoot) {
        Object.defineProperty(element, 'shadowRoot', { value: shadow, configurable: true });
        lent.push(element);
      }
      lend(shadow);
    }
  };
  lend(document);
  type Axe = { run(context: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[]; passes: { id: string }[] }> };
  try {
    const result = await (window as unknown as { axe: Axe }).axe.run({ include: include.map((css) => [css]) });
    return {
      violations: result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      passes: result.passes.map((rule) => rule.id),
    };
  } finally {
    for (const element of lent) delete (element as { shadowRoot?: unknown }).shadowRoot;
  }
}
