import type { CDPSession, Frame, Page } from 'playwright-core';
import type { DriverElement } from './driver';
import { sameFieldFrame } from './in-page';

/**
 * The way into Insyn's closed shadow roots in Chromium, which the page does not have: DevTools runs the
 * test's lookups in Insyn's own content-script world, where `chrome.dom.openOrClosedShadowRoot` opens
 * any root (Playwright's selectors pierce open roots only). Elements found there are DevTools object
 * ids; the driver acts on them with the browser's trusted mouse and keyboard at their place on screen.
 * Until Insyn's content script runs in the page (or on a page it never runs on) lookups run in the page's
 * own world, which sees every open root and none of Insyn's.
 */
export interface InsynWorld {
  /** Runs the source of `(shadowOf) => value` and returns the value; in the first frame whose address has `inFrame`, if given. */
  value(source: string, inFrame?: string): Promise<unknown>;
  /** Runs the source of `(shadowOf) => Element | undefined` and returns that element. */
  element(source: string): Promise<DriverElement | undefined>;
}

interface FrameTree {
  frame: { id: string; url: string };
  childFrames?: FrameTree[];
}

interface Context {
  id: number;
  origin: string;
  auxData?: { frameId?: string; isDefault?: boolean };
}

// chrome.dom refuses some elements (those that cannot have a root): they have none.
const SHADOW_OF = `(element) => {
  if (element.shadowRoot) return element.shadowRoot;
  try {
    return globalThis.chrome?.dom?.openOrClosedShadowRoot?.(element) ?? null;
  } catch {
    return null;
  }
}`;
/** Scrolls the element to the middle of the view and gives its centre there. */
const CENTRE = `function () {
  this.scrollIntoView({ block: 'center', inline: 'center' });
  const box = this.getBoundingClientRect();
  return box.width > 0 && box.height > 0 ? [box.left + box.width / 2, box.top + box.height / 2] : null;
}`;
/** What Playwright's fill() and selectOption() do for fields that take no typing: set the value, say so. */
const SET_VALUE = `function (value) {
  this.value = value;
  for (const type of ['input', 'change']) this.dispatchEvent(new Event(type, { bubbles: true }));
}`;

export async function insynWorld(page: Page, extensionId: string): Promise<InsynWorld> {
  const session = await page.context().newCDPSession(page);
  const contexts = new Map<number, Context>();
  session.on('Runtime.executionContextCreated', ({ context }: { context: Context }) => void contexts.set(context.id, context));
  session.on(
    'Runtime.executionContextDestroyed',
    ({ executionContextId }: { executionContextId: number }) => void contexts.delete(executionContextId),
  );
  session.on('Runtime.executionContextsCleared', () => contexts.clear());
  await session.send('Runtime.enable');

  /** The frame's id: the top frame's, or the first below it whose address has `inFrame`. */
  const frameId = async (inFrame?: string) => {
    const { frameTree } = (await session.send('Page.getFrameTree')) as { frameTree: FrameTree };
    if (inFrame === undefined) return frameTree.frame.id;
    const below = (tree: FrameTree): FrameTree[] => (tree.childFrames ?? []).flatMap((child) => [child, ...below(child)]);
    return below(frameTree).find((tree) => tree.frame.url.includes(inFrame))?.frame.id;
  };
  /** Insyn's newest world in the frame (an old one stays behind when Insyn is reloaded under the page), else the page's own. */
  const contextIn = async (inFrame?: string) => {
    const id = await frameId(inFrame);
    if (id === undefined) throw new Error(`no frame at ${inFrame}`);
    const inTheFrame = [...contexts.values()].filter((context) => context.auxData?.frameId === id);
    const insyn = inTheFrame.filter((context) => context.origin === `chrome-extension://${extensionId}`);
    return (insyn.at(-1) ?? inTheFrame.filter((context) => context.auxData?.isDefault).at(-1))?.id;
  };
  const run = async (source: string, returnByValue: boolean, inFrame?: string) => {
    const contextId = await contextIn(inFrame);
    const { result, exceptionDetails } = await session.send('Runtime.evaluate', {
      expression: `(${source})(${SHADOW_OF})`,
      ...(contextId === undefined ? {} : { contextId }),
      returnByValue,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(`in the page: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result;
  };
  return {
    value: async (source, inFrame) => (await run(source, true, inFrame)).value,
    async element(source) {
      const result = await run(source, false);
      return result.subtype === 'node' && result.objectId ? elementById(page, session, result.objectId) : undefined;
    },
  };
}

/** Insyn's field frame at `src` (by its nonce), which Playwright reaches though it is out of the page's process. */
export function fieldFrame(page: Page, src: string): Frame {
  const frame = page.frames().find((candidate) => sameFieldFrame(candidate.url(), src));
  if (!frame) throw new Error(`no field frame at ${src}`);
  return frame;
}

function elementById(page: Page, session: CDPSession, objectId: string): DriverElement {
  const call = async (functionDeclaration: string, ...args: unknown[]) => {
    const { result, exceptionDetails } = await session.send('Runtime.callFunctionOn', {
      objectId,
      functionDeclaration,
      arguments: args.map((value) => ({ value })),
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(`in the page: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as unknown;
  };
  const click = async () => {
    const centre = (await call(CENTRE)) as [number, number] | null;
    if (!centre) throw new Error('the element has no box to click');
    await page.mouse.click(...centre);
  };
  return {
    click,
    async fill(value) {
      if ((await call('function () { return ["date", "time", "datetime-local", "month"].includes(this.type); }')) === true) {
        await call(SET_VALUE, value);
        return;
      }
      // Insyn's field frame is an extension page in its own process, where the page's keyboard.insertText
      // does not reach: Playwright fills its field from inside the frame.
      const frameSrc = (await call('function () { return this.localName === "iframe" ? this.src : null; }')) as string | null;
      if (frameSrc) return fieldFrame(page, frameSrc).fill('#field', value);
      await click();
      await call('function () { this.select?.(); }');
      if (value === '') await page.keyboard.press('Delete');
      else await page.keyboard.insertText(value);
    },
    select: (value) => call(SET_VALUE, value).then(() => undefined),
    async check() {
      if ((await call('function () { return this.checked; }')) !== true) await click();
    },
    async upload(files) {
      await session.send('DOM.setFileInputFiles', { files, objectId });
    },
  };
}
