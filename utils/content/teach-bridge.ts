import type { AtRisk, PageContext, PageKind } from '@/utils/infomentor/analysis';
import { applyRecipe } from '@/utils/recipes/apply';
import { pageTables, sketchTables, type TableSketch } from '@/utils/recipes/sketch';
import type { PageRecipe } from '@/utils/recipes/types';

/**
 * The content script's side of teaching a page: the teach page (an extension page in its own window)
 * asks, through tabs.sendMessage, for the tables on this page, to outline one, to preview a recipe and
 * to read the page again once a recipe is saved. Only this extension's pages are answered.
 */
export type TeachRequest =
  | { type: 'teach/tables' }
  | { type: 'teach/highlight'; index: number | null }
  | { type: 'teach/preview'; recipe: PageRecipe }
  | { type: 'teach/reread' };

export interface TeachTables {
  url: string;
  title: string;
  headings: string[];
  tables: TableSketch[];
}

export interface TeachPreview {
  status: 'applied' | 'stale' | 'elsewhere';
  missing: string[];
  kind: PageKind;
  /** Group, subject and term as the recipe reads them (from the page, or typed). */
  context: PageContext;
  pupils: number;
  atRisk: AtRisk[];
}

const PREVIEW_RISKS = 100;

export interface TeachBridgeOptions {
  document: Document;
  /** Draws (or, with undefined, removes) the outline over the table being looked at. */
  outline(element: Element | undefined, label: string): void;
  /** Fetches this address's recipes again and reads the page with them. */
  reread(): void;
}

export function answerTeach(message: unknown, { document: doc, outline, reread }: TeachBridgeOptions): unknown {
  if (typeof message !== 'object' || message === null || (message as { insyn?: unknown }).insyn !== 1) return undefined;
  const request = message as TeachRequest;
  switch (request.type) {
    case 'teach/tables': {
      const headings = [...doc.querySelectorAll('h1, h2')].map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean).slice(0, 10);
      return { url: doc.location.href, title: doc.title.slice(0, 200), headings, tables: sketchTables(doc) } satisfies TeachTables;
    }
    case 'teach/highlight': {
      const found = typeof request.index === 'number' ? pageTables(doc)[request.index] : undefined;
      outline(found?.element, typeof request.index === 'number' ? String(request.index + 1) : '');
      return { shown: found !== undefined };
    }
    case 'teach/preview': {
      const outcome = applyRecipe(doc, doc.location.href, request.recipe);
      // A recipe whose reading threw is shown as not fitting: the teacher's remedy is the same, change it.
      if (outcome.status !== 'applied') {
        const status = outcome.status === 'failed' ? 'stale' : outcome.status;
        return { status, missing: outcome.status === 'stale' ? outcome.missing : [], kind: 'unknown', context: {}, pupils: 0, atRisk: [] } satisfies TeachPreview;
      }
      const { analysis } = outcome.read;
      return { status: 'applied', missing: [], kind: analysis.kind, context: analysis.context, pupils: analysis.pupils.length, atRisk: analysis.atRisk.slice(0, PREVIEW_RISKS) } satisfies TeachPreview;
    }
    case 'teach/reread':
      outline(undefined, '');
      reread();
      return { reread: true };
    default:
      return undefined;
  }
}

/** The outline over a table: drawn in Insyn's shadow root, never in InfoMentor's markup. */
export function createOutline(parent: () => ShadowRoot | undefined): TeachBridgeOptions['outline'] {
  let box: HTMLElement | undefined;
  return (element, label) => {
    box?.remove();
    box = undefined;
    const root = parent();
    if (!element || !root) return;
    element.scrollIntoView({ block: 'center' });
    const rect = element.getBoundingClientRect();
    box = document.createElement('div');
    box.className = 'insyn-outline';
    box.dataset.insynOutline = label;
    box.textContent = label;
    box.setAttribute('aria-hidden', 'true');
    // Inline styles: the panel's style sheet is not ours to change, and a dashed outline with a number
    // means the marking never rests on colour alone (forced-colours mode keeps the outline too).
    Object.assign(box.style, {
      position: 'absolute',
      zIndex: '2147483645',
      pointerEvents: 'none',
      outline: '4px dashed #1a56db',
      outlineOffset: '0',
      background: 'rgb(26 86 219 / 0.08)',
      font: '700 16px system-ui, sans-serif',
      color: '#fff',
      textShadow: '0 0 3px #000, 0 0 3px #000',
      padding: '2px 6px',
      top: `${rect.top + window.scrollY - 4}px`,
      left: `${rect.left + window.scrollX - 4}px`,
      width: `${rect.width + 8}px`,
      height: `${rect.height + 8}px`,
    });
    root.append(box);
  };
}
