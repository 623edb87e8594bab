import type { ElementHandle, Frame, Page } from 'puppeteer-core';
import { FIELD_VALUE, sameFieldFrame } from './in-page';

/**
 * The way into Insyn's closed shadow roots in Firefox, which the page does not have: WebDriver BiDi
 * serialises an element's shadow root, closed ones too, when asked (`includeShadowTree: "all"`), and a
 * root so received can be handed back as an argument. The test's functions run in Puppeteer's own
 * sandbox of the page (the page's scripts cannot see it) with every (host, root) pair of custom elements
 * given to them. Puppeteer has no public call for this; its internal realm is used as it is in 24.x.
 */
export interface FirefoxInsynWorld {
  /** Runs the source of `(shadowOf) => value` and returns the value. */
  value(source: string): Promise<unknown>;
  /** Runs the source of `(shadowOf) => Element | undefined` and returns that element. */
  element(source: string): Promise<ElementHandle<Element> | undefined>;
}

type Remote = { type: string; sharedId?: string; value?: unknown };
interface Realm {
  realm: {
    callFunction(
      declaration: string,
      awaitPromise: boolean,
      options: { arguments?: { sharedId: string }[]; serializationOptions?: object; resultOwnership?: 'root' | 'none' },
    ): Promise<{ type: 'success'; result: Remote } | { type: 'exception'; exceptionDetails: { text: string } }>;
  };
  createHandle(result: Remote): ElementHandle<Element>;
}

/** Custom elements (Insyn's hosts are), in the document and inside each root found, with their roots. */
const HOSTS = `(...roots) => [document, ...roots].flatMap((root) => [...root.querySelectorAll('*')].filter((e) => e.localName.includes('-')))`;

/** `frame` gives the frame to look in: the page's main frame, or one of its frames. */
export function firefoxInsynWorld(frame: () => Frame): FirefoxInsynWorld {
  const realm = () => (frame() as unknown as { realms: { internal: Realm } }).realms.internal;
  const call = async (declaration: string, args: { sharedId: string }[], byValue: boolean) => {
    const answer = await realm().realm.callFunction(declaration, true, {
      arguments: args,
      serializationOptions: byValue ? {} : { includeShadowTree: 'all', maxDomDepth: 0 },
      resultOwnership: byValue ? 'none' : 'root',
    });
    if (answer.type === 'exception') throw new Error(`in the page: ${answer.exceptionDetails.text}`);
    return answer.result;
  };
  /** [host, root, host, root, …] of every closed root, nested ones too. */
  const closedRoots = async () => {
    const pairs: { sharedId: string }[] = [];
    let roots: { sharedId: string }[] = [];
    for (let depth = 0; depth < 4; depth++) {
      const hosts = (await call(HOSTS, roots, false)).value as {
        sharedId: string;
        value: { shadowRoot?: { sharedId: string; value: { mode: string } } };
      }[];
      const fresh = hosts.filter(
        (host) => host.value.shadowRoot?.value.mode === 'closed' && !pairs.some((p) => p.sharedId === host.sharedId),
      );
      if (fresh.length === 0) break;
      roots = fresh.map((host) => ({ sharedId: host.value.shadowRoot!.sharedId }));
      for (const host of fresh) pairs.push({ sharedId: host.sharedId }, { sharedId: host.value.shadowRoot!.sharedId });
    }
    return pairs;
  };
  const withRoots = (source: string) => `(...pairs) => {
    const closed = new Map();
    for (let i = 0; i < pairs.length; i += 2) closed.set(pairs[i], pairs[i + 1]);
    return (${source})((element) => element.shadowRoot ?? closed.get(element) ?? null);
  }`;
  return {
    async value(source) {
      const result = await call(
        withRoots(`async (shadowOf) => JSON.stringify((await (${source})(shadowOf)) ?? null)`),
        await closedRoots(),
        true,
      );
      return JSON.parse(result.value as string) as unknown;
    },
    async element(source) {
      const result = await call(withRoots(source), await closedRoots(), false);
      return result.type === 'node' ? realm().createHandle(result) : undefined;
    },
  };
}

interface ContextTree {
  context: string;
  url: string;
  children?: ContextTree[] | null;
}
type Session = { send(method: string, params: object): Promise<{ result: unknown }> };

/**
 * The value of Insyn's field frame at `src` (by its nonce). Puppeteer makes no Frame of an extension's
 * frame in a page, though WebDriver BiDi lists it among the page's browsing contexts: the script runs
 * there through Puppeteer's BiDi session (internal, as above).
 */
export async function fieldFrameValue(page: Page, src: string): Promise<string> {
  const top = (page.mainFrame() as unknown as { browsingContext: { id: string; userContext: { browser: { session: Session } } } })
    .browsingContext;
  const session = top.userContext.browser.session;
  const { result } = await session.send('browsingContext.getTree', { root: top.id });
  const below = (tree: ContextTree): ContextTree[] => (tree.children ?? []).flatMap((child) => [child, ...below(child)]);
  const frame = (result as { contexts: ContextTree[] }).contexts.flatMap(below).find((tree) => sameFieldFrame(tree.url, src));
  if (!frame) throw new Error(`no field frame at ${src}`);
  const answer = (
    await session.send('script.evaluate', {
      expression: `(${FIELD_VALUE})()`,
      target: { context: frame.context },
      awaitPromise: true,
      resultOwnership: 'none',
    })
  ).result as { type: string; result?: { value?: unknown }; exceptionDetails?: { text: string } };
  if (answer.type !== 'success') throw new Error(`in the field frame: ${answer.exceptionDetails?.text ?? answer.type}`);
  return String(answer.result?.value ?? '');
}
