import type { TeachAnswers, TeachPreview, TeachRequest, TeachTables, TeachType } from '@/utils/messaging/teach-protocol';
import { applyRecipe } from '@/utils/recipes/apply';
import { pageTables, sketchTables } from '@/utils/recipes/sketch';

export type { TeachPreview, TeachRequest, TeachTables };

/**
 * The content script's side of teaching a page: the teach page (an extension page in its own window)
 * asks, through tabs.sendMessage, for the tables on this page, to outline one, to preview a recipe and
 * to read the page again once a recipe is saved. Only this extension's pages are answered; the requests
 * and answers are those of utils/messaging/teach-protocol.ts.
 */
/** Requests the content script answers; anything else gets no answer. */
const TEACH_TYPES = new Set<string>(['teach/tables', 'teach/highlight', 'teach/preview', 'teach/reread']);

/**
 * The zod-free check of a teach request (the content script carries no zod): the envelope, a known type,
 * exactly the fields that type has, and their types. The teach window checked the request with
 * teachRequestSchemas before sending it; tests/unit/teach/bridge-protocol.test.ts keeps both in step.
 */
export function readTeachRequest(message: unknown): TeachRequest | undefined {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) return undefined;
  const fields = message as Record<string, unknown>;
  if (fields.insyn !== 1 || typeof fields.type !== 'string' || !TEACH_TYPES.has(fields.type)) return undefined;
  const extra = Object.keys(fields).filter((key) => key !== 'insyn' && key !== 'type');
  switch (fields.type) {
    case 'teach/highlight': {
      const { index } = fields;
      const valid = index === null || (typeof index === 'number' && Number.isInteger(index) && index >= 0 && index <= 1000);
      return valid && extra.length === 1 && extra[0] === 'index' ? { type: 'teach/highlight', index: index as number | null } : undefined;
    }
    case 'teach/preview': {
      const { recipe } = fields;
      const valid = typeof recipe === 'object' && recipe !== null && !Array.isArray(recipe);
      return valid && extra.length === 1 && extra[0] === 'recipe'
        ? { type: 'teach/preview', recipe: recipe as TeachPreviewRequest['recipe'] }
        : undefined;
    }
    default:
      return extra.length === 0 ? { type: fields.type as 'teach/tables' | 'teach/reread' } : undefined;
  }
}

type TeachPreviewRequest = Extract<TeachRequest, { type: 'teach/preview' }>;

const PREVIEW_RISKS = 100;

export interface TeachBridgeOptions {
  document: Document;
  /** Draws (or, with undefined, removes) the outline over the table being looked at. */
  outline(element: Element | undefined, label: string): void;
  /** Fetches this address's recipes again and reads the page with them. */
  reread(): void;
}

export function answerTeach(message: unknown, { document: doc, outline, reread }: TeachBridgeOptions): TeachAnswers[TeachType] | undefined {
  const request = readTeachRequest(message);
  if (!request) return undefined;
  switch (request.type) {
    case 'teach/tables': {
      const headings = [...doc.querySelectorAll('h1, h2')]
        .map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim())
        .filter(Boolean)
        .slice(0, 10);
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
        return {
          status,
          missing: outcome.status === 'stale' ? outcome.missing : [],
          kind: 'unknown',
          context: {},
          pupils: 0,
          atRisk: [],
        } satisfies TeachPreview;
      }
      const { analysis } = outcome.read;
      return {
        status: 'applied',
        missing: [],
        kind: analysis.kind,
        context: analysis.context,
        pupils: analysis.pupils.length,
        atRisk: analysis.atRisk.slice(0, PREVIEW_RISKS),
      } satisfies TeachPreview;
    }
    case 'teach/reread':
      outline(undefined, '');
      reread();
      return { reread: true };
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
