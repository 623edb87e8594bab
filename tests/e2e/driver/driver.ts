import { findSource, VALUE_OR_FRAME, type ShadowOf, type ValueOrFrame } from './in-page';

/**
 * One way for the journeys in tests/e2e/scenarios/ to drive either browser: chromium.ts (playwright-core)
 * and firefox.ts (puppeteer-core over WebDriver BiDi) implement these interfaces, so a scenario is written
 * once and run in both.
 */

export const BROWSERS = ['chromium', 'firefox'] as const;
export type BrowserName = (typeof BROWSERS)[number];

/**
 * What to find on a page, looking into shadow roots, Insyn's closed ones included (its panel and badges
 * live in them; the drivers reach them in ways the page cannot, see in-page.ts). `css` is matched
 * against every element of the document and of every shadow root; `name` is the
 * element's name as a person reads it: its aria-label, its label's text, or its own text, with white
 * space collapsed. Plain data, so it can be handed to the page.
 */
export interface Target {
  css: string;
  /** The exact name. */
  name?: string;
  /** A regular expression (source) the name must match. */
  nameMatches?: string;
  /** Only inside the first element this finds. */
  within?: Target;
  /** Only elements with such an element inside. */
  has?: Target;
}

/** An element found on a page; the actions are the browser's own mouse and keyboard input. */
export interface DriverElement {
  click(): Promise<void>;
  /** Replaces a text field's value by typing. */
  fill(value: string): Promise<void>;
  select(value: string): Promise<void>;
  /** Ticks a checkbox or radio button (a click, unless it is ticked already). */
  check(): Promise<void>;
  upload(paths: string[]): Promise<void>;
}

/**
 * The letter "Skriv ut brev" printed. Chromium's page can read the frame Insyn prints from (headless
 * Chromium returns from print() at once and the frame stays); in Firefox that frame belongs to the
 * content script, the page cannot read it, and it goes as soon as printing is done, so what can be
 * checked there is the PDF the profile printed to.
 */
export type PrintedLetter = { kind: 'frame'; text: string; paragraphs: number; elements: number } | { kind: 'pdf'; bytes: Buffer };

export interface DriverPage {
  /** Waits (up to 15 s) until the target is on the page. */
  find(target: Target): Promise<DriverElement>;
  /** The targets' texts, in document order; [] while there are none. */
  texts(target: Target): Promise<string[]>;
  /** The first target's text, once it is on the page (waits up to 15 s, as Playwright's textContent()). */
  text(target: Target): Promise<string | null>;
  /** A form control's value (the first target's), once it is on the page. */
  value(target: Target): Promise<string>;
  count(target: Target): Promise<number>;
  /** A key, or a chord in Playwright's notation ("Shift+Tab"). */
  press(key: string): Promise<void>;
  type(text: string): Promise<void>;
  /** The first target's attribute; null while there is none. */
  attribute(target: Target, name: string): Promise<string | null>;
  /** Runs a self-contained function in the page's own world (it receives only the function's source). */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /**
   * Runs a self-contained function where the test, unlike the page, sees into Insyn's closed shadow
   * roots (`shadowOf`); its argument and result travel as JSON.
   */
  inspect<R, A = undefined>(fn: (arg: A, shadowOf: ShadowOf) => R | Promise<R>, arg?: A): Promise<R>;
  reload(): Promise<void>;
  /** Errors the page reported that could be Insyn's (see tests/tools/page-errors.ts). */
  errorsFromInsyn(): string[];
  /** Runs axe-core on the parts the CSS selects (shadow roots included). */
  axe(include: string[]): Promise<{ violations: string[]; passes: string[] }>;
  /** What the last "Skriv ut brev" printed (waits for it). */
  printedLetter(): Promise<PrintedLetter>;
  /** Clicks what saves a file and hands back the file the browser saved. */
  download(trigger: Target): Promise<{ name: string; content: Buffer }>;
  close(): Promise<void>;
}

export interface InsynBrowser {
  name: BrowserName;
  /** Opens a page on InfoMentor's address (the fixture server); clipboard access is allowed there. */
  openPage(url: string): Promise<DriverPage>;
  /** Opens one of Insyn's own pages (popup.html, dashboard.html#…) once `ready` is on it. */
  openExtensionPage(path: string, ready: string): Promise<DriverPage>;
  /** Rows of one table of Insyn's database, read in an extension page. */
  readTable<Row>(table: string, urlPrefix?: string): Promise<Row[]>;
  /** The number on Insyn's toolbar button ('' when none). */
  toolbarBadge(): Promise<string>;
  /** Today's date (YYYY-MM-DD) as the browser's extension sees it: its clock in its time zone. */
  today(): Promise<string>;
  /** Requests that left the browser for anything but Insyn's own pages. */
  requestsOutsideExtension(): string[];
  close(): Promise<void>;
}

export interface LaunchOptions {
  fixturePort: number;
}

/** Polls for the slow steps of a journey (the background's writes, a page's second read). */
export const SLOW = { timeout: 15_000, interval: 250 };

/** Waits until a target is on the page; fails naming it. */
async function waitForTarget(count: () => Promise<number>, target: Target): Promise<void> {
  const end = Date.now() + SLOW.timeout;
  while ((await count()) === 0) {
    if (Date.now() > end) throw new Error(`never appeared: ${JSON.stringify(target)}`);
    await new Promise((resolve) => setTimeout(resolve, SLOW.interval));
  }
}

/**
 * The lookups both drivers share; they differ only in how the source of a function `(shadowOf) => value`
 * reaches the page, and in how they read the value of Insyn's field frame at an address (`inFieldFrame`).
 */
export function pageLookups(run: (source: string) => Promise<unknown>, inFieldFrame: (src: string) => Promise<string>) {
  const count = (target: Target) => run(findSource(target, '.length')) as Promise<number>;
  const texts = (target: Target) => run(findSource(target, ".map((e) => e.textContent ?? '')")) as Promise<string[]>;
  const whenThere = (target: Target) => waitForTarget(() => count(target), target);
  return {
    count,
    texts,
    whenThere,
    async text(target: Target) {
      await whenThere(target);
      return (await texts(target))[0] ?? null;
    },
    async value(target: Target) {
      await whenThere(target);
      const found = (await run(findSource(target, VALUE_OR_FRAME))) as ValueOrFrame;
      return 'frame' in found ? inFieldFrame(found.frame) : found.value;
    },
    async attribute(target: Target, name: string) {
      return (await run(findSource(target, `[0]?.getAttribute(${JSON.stringify(name)}) ?? null`))) as string | null;
    },
  };
}
