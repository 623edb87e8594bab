import { describe, expect, it } from 'vitest';
import type { ShadowOf } from '../driver/in-page';

/**
 * Badges never widen InfoMentor's columns (issue 13): one scenario, run by a Chromium and a Firefox
 * launcher. On each page below, every column edge of InfoMentor's table stays within 1 px whether the
 * badges are shown or hidden; a badged row grows by the badge's one line at most, other rows not at all;
 * each badge lies inside its cell and shows whole words only (what does not fit is hidden whole).
 */

/** What the scenario needs of a browser page; each launcher wraps its own page in it. */
export interface LayoutPage {
  /** Opens a fixture (a path under tests/fixtures/) at VIEWPORT and resolves once it has loaded. */
  open(fixture: string, screen: { deviceScaleFactor: number }): Promise<void>;
  /**
   * Runs `fn` with `arg` (plain data both ways) where the test sees into Insyn's closed shadow roots
   * (`shadowOf`, see tests/e2e/driver/in-page.ts), and resolves with what it returns.
   */
  inspect(fn: (arg: unknown, shadowOf: ShadowOf) => unknown, arg: unknown): Promise<unknown>;
  /** Switches the page between the screen and print media, where the browser's driver can. */
  emulatePrint?(print: boolean): Promise<void>;
  /** What the page reported as going wrong that could be Insyn's (see tests/tools/page-errors.ts). */
  insynErrors(): string[];
  close(): Promise<void>;
}

/** A laptop's screen at 100 % zoom: the layout the limits below are measured in. */
export const VIEWPORT = { width: 1366, height: 768 };

const FIVE_A = 'infomentor/kunskapssammanstallning-5a-matematik.html';
const SHORT_NAMES = 'e2e/kunskapssammanstallning-korta-namn.html';
/** A page (or the teacher's own browser settings) with a wide font and a narrow name column. */
const WIDE_FONT =
  'body { font-family: "DejaVu Sans Mono", monospace; font-size: 20px; letter-spacing: 2px; } th:first-child, td:first-child { width: 60px; }';

export interface LayoutCase {
  name: string;
  fixture: string;
  /** How many pupils the page puts at risk (its badges). */
  badges: number;
  /** A style the test adds to InfoMentor's page. */
  pageStyle?: string;
  /** The page gives the name column room for every badge's whole text (so the test shows it does). */
  roomy?: boolean;
  /** Device pixels per CSS pixel: 1 unless the case is a high-density screen. */
  deviceScaleFactor?: number;
}

export const LAYOUT_CASES: LayoutCase[] = [
  { name: '5A page, default fonts', fixture: FIVE_A, badges: 4 },
  {
    name: '5A page, wide name column',
    fixture: FIVE_A,
    badges: 4,
    pageStyle: 'th:first-child, td:first-child { width: 320px; }',
    roomy: true,
  },
  { name: '5A page, wide page font and narrow name column', fixture: FIVE_A, badges: 4, pageStyle: WIDE_FONT },
  { name: '5A page zoomed to 175 %', fixture: FIVE_A, badges: 4, pageStyle: 'html { zoom: 1.75; }' },
  { name: '5A page on a 2× screen', fixture: FIVE_A, badges: 4, deviceScaleFactor: 2 },
  { name: 'short names, default fonts', fixture: SHORT_NAMES, badges: 3 },
  { name: 'short names, wide page font and narrow name column', fixture: SHORT_NAMES, badges: 3, pageStyle: WIDE_FONT },
  {
    name: 'short names, name column as narrow as they are',
    fixture: SHORT_NAMES,
    badges: 3,
    pageStyle: 'th:first-child, td:first-child { width: 1px; }',
  },
  // A page whose own !important rules for spans in cells would make a span there an inline box of its text's width.
  {
    name: 'short names, page rules for spans in cells',
    fixture: SHORT_NAMES,
    badges: 3,
    pageStyle: 'th span, td span { display: inline !important; contain: none !important; width: max-content !important; }',
  },
];

export interface BadgeBox {
  /** The badge's height with its margins: the most its row may grow. */
  outerHeight: number;
  lineHeight: number;
  /** The CSS zoom the badge is rendered at (1 unless the page zooms). */
  zoom: number;
  /** How far the badge reaches past its cell's content box on either side (≤ 0 inside). */
  overhang: number;
  /** The width of the cell's content box, and the width the badge's whole text on one line would take. */
  room: number;
  needs: number;
  /** The parts of the text that are visible, in order. */
  visible: string[];
  /** Every part is either wholly visible or wholly hidden, and the visible ones come first. */
  wholeParts: boolean;
  parts: number;
}

export interface TableLayout {
  /** Left and right edge of every header cell of the table holding the badges. */
  edges: number[];
  rows: { badge: boolean; height: number }[];
  badges: BadgeBox[];
}

/**
 * Runs in the page: the table's layout with the badges shown and with them hidden, in one go so that
 * no re-read of the page can come between the two. Self-contained (the browser gets only its source).
 */
export function measureInPage(pageStyle: string | null, shadowOf: ShadowOf): { shown: TableLayout; hidden: TableLayout } {
  if (pageStyle !== null) document.head.append(Object.assign(document.createElement('style'), { textContent: pageStyle }));
  const hosts = [...document.querySelectorAll<HTMLElement>('[data-insyn-badge]')];
  const table = hosts[0]?.closest('table');
  if (!table) throw new Error('no badge inside a table');
  // The badge's own layout is contained in its host: widening it for a moment moves nothing of the page's.
  const wholeWidth = (button: HTMLElement) => {
    button.style.setProperty('max-width', 'none');
    button.style.setProperty('width', 'max-content');
    const width = button.getBoundingClientRect().width;
    button.style.removeProperty('max-width');
    button.style.removeProperty('width');
    return width;
  };
  const measure = (): TableLayout => ({
    edges: [...table.querySelectorAll('thead th')].flatMap((th) => [th.getBoundingClientRect().left, th.getBoundingClientRect().right]),
    rows: [...table.querySelectorAll('tbody tr')].map((tr) => ({
      badge: tr.querySelector('[data-insyn-badge]') !== null,
      height: tr.getBoundingClientRect().height,
    })),
    badges: hosts
      .filter((host) => host.getClientRects().length > 0)
      .map((host) => {
        const cell = host.closest('td, th')!;
        const button = shadowOf(host)!.querySelector('button')!;
        // Computed lengths are before CSS zoom, boxes after it.
        const zoom = host.currentCSSZoom;
        const px = (length: string) => parseFloat(length) * zoom;
        const hostStyle = getComputedStyle(host);
        const cellStyle = getComputedStyle(cell);
        const cellBox = cell.getBoundingClientRect();
        const box = button.getBoundingClientRect();
        const buttonStyle = getComputedStyle(button);
        // What the button's overflow clips to: its padding box.
        const inner = {
          right: box.right - px(buttonStyle.borderRightWidth),
          top: box.top + px(buttonStyle.borderTopWidth),
          bottom: box.bottom - px(buttonStyle.borderBottomWidth),
        };
        const parts = [...button.querySelectorAll('span')].map((part) => {
          const rect = part.getBoundingClientRect();
          const inside = rect.top >= inner.top - 0.5 && rect.bottom <= inner.bottom + 0.5 && rect.right <= inner.right + 0.5;
          const outside = rect.top >= inner.bottom - 0.5 || rect.left >= inner.right - 0.5;
          return { text: part.textContent ?? '', inside, outside };
        });
        const firstHidden = parts.findIndex((part) => !part.inside);
        return {
          outerHeight: host.getBoundingClientRect().height + px(hostStyle.marginTop) + px(hostStyle.marginBottom),
          lineHeight: px(buttonStyle.lineHeight),
          zoom,
          overhang: Math.max(cellBox.left + px(cellStyle.paddingLeft) - box.left, box.right - (cellBox.right - px(cellStyle.paddingRight))),
          room: cellBox.width - px(cellStyle.paddingLeft) - px(cellStyle.paddingRight),
          needs: wholeWidth(button),
          visible: parts.filter((part) => part.inside).map((part) => part.text),
          wholeParts:
            parts.every((part) => part.inside || part.outside) &&
            (firstHidden < 0 || parts.slice(firstHidden).every((part) => part.outside)),
          parts: parts.length,
        };
      }),
  });
  const show = (display: string) => hosts.forEach((host) => host.style.setProperty('display', display));
  const shown = measure();
  show('none');
  const hidden = measure();
  show('block');
  return { shown, hidden };
}

/** Runs in the page: the `display` of each badge and of Insyn's panel, as the current media sees them. */
export function displaysInPage(): { badges: string[]; panel: string | null } {
  const panel = document.querySelector('insyn-panel');
  return {
    badges: [...document.querySelectorAll('[data-insyn-badge]')].map((host) => getComputedStyle(host).display),
    panel: panel ? getComputedStyle(panel).display : null,
  };
}

export const badgeCountInPage = (): number => document.querySelectorAll('[data-insyn-badge]').length;
export const pixelRatioInPage = (): number => window.devicePixelRatio;

/** What in `shown` breaks the rules against `hidden`, in words; empty when InfoMentor's layout holds. */
export function layoutProblems({ shown, hidden }: { shown: TableLayout; hidden: TableLayout }, layoutCase: LayoutCase): string[] {
  const problems: string[] = [];
  shown.edges.forEach((edge, i) => {
    const moved = Math.abs(edge - hidden.edges[i]!);
    if (!(moved < 1)) problems.push(`column edge ${i} moved ${moved.toFixed(2)} px`);
  });
  const tallest = Math.max(...shown.badges.map((badge) => badge.outerHeight));
  shown.rows.forEach((row, i) => {
    const grew = row.height - hidden.rows[i]!.height;
    if (row.badge && grew > tallest + 0.5)
      problems.push(`row ${i} grew ${grew.toFixed(2)} px, more than its badge (${tallest.toFixed(2)} px)`);
    if (!row.badge && Math.abs(grew) > 0.1) problems.push(`row ${i} without a badge changed ${grew.toFixed(2)} px`);
  });
  shown.badges.forEach((badge, i) => {
    // One line: the badge is its line height high, plus a 2 px margin.
    if (badge.outerHeight > badge.lineHeight + 2 * badge.zoom + 0.5)
      problems.push(`badge ${i} is ${badge.outerHeight.toFixed(2)} px high, more than one line (${badge.lineHeight} px)`);
    if (badge.overhang > 0.5) problems.push(`badge ${i} reaches ${badge.overhang.toFixed(2)} px out of its cell`);
    if (!badge.wholeParts) problems.push(`badge ${i} cuts a word: shows ${JSON.stringify(badge.visible)} of ${badge.parts} parts`);
    const fits = badge.needs <= badge.room + 0.5;
    if (fits && badge.visible.length !== badge.parts)
      problems.push(`badge ${i} hides part of its text though its cell has room: ${JSON.stringify(badge.visible)}`);
    if (layoutCase.roomy && !fits)
      problems.push(`badge ${i} needs ${badge.needs.toFixed(2)} px, the roomy cell has ${badge.room.toFixed(2)} px`);
  });
  return problems;
}

const SLOW = { timeout: 15_000, interval: 200 };

/** A page function with its own types: the drivers pass plain data through unchanged. */
const run = <A, R>(page: LayoutPage, fn: (arg: A, shadowOf: ShadowOf) => R, arg: A) =>
  page.inspect(fn as (arg: unknown, shadowOf: ShadowOf) => unknown, arg) as Promise<R>;

/** The scenario's tests, for a launcher that opens pages. */
export function badgeLayoutScenario(
  browserName: string,
  newPage: () => Promise<LayoutPage>,
  { emulatesPrint }: { emulatesPrint: boolean },
) {
  describe(`badges keep InfoMentor's columns in place (${browserName})`, () => {
    it.each(LAYOUT_CASES.map((layoutCase) => [layoutCase.name, layoutCase] as const))('%s', async (_name, layoutCase) => {
      const page = await newPage();
      try {
        await page.open(layoutCase.fixture, { deviceScaleFactor: layoutCase.deviceScaleFactor ?? 1 });
        expect(await run(page, pixelRatioInPage, undefined)).toBe(layoutCase.deviceScaleFactor ?? 1);
        await expect.poll(() => run(page, badgeCountInPage, undefined), SLOW).toBe(layoutCase.badges);
        const layout = await run(page, measureInPage, layoutCase.pageStyle ?? null);
        // Not vacuous: the badges were measured, in the rows that hold them, and they were on screen.
        expect(layout.shown.badges).toHaveLength(layoutCase.badges);
        expect(layout.hidden.badges).toHaveLength(0);
        expect(layout.shown.rows.filter((row) => row.badge)).toHaveLength(layoutCase.badges);
        expect(layoutProblems(layout, layoutCase)).toEqual([]);
        expect(page.insynErrors()).toEqual([]);
      } finally {
        await page.close();
      }
    });

    // Firefox's WebDriver BiDi has no print-media emulation (Puppeteer asks for CDP), so Chromium alone shows this.
    it.runIf(emulatesPrint)('hides the badges and the panel when the page is printed', async () => {
      const page = await newPage();
      try {
        const emulatePrint = page.emulatePrint?.bind(page);
        if (!emulatePrint) throw new Error(`${browserName}'s page cannot emulate print media`);
        await page.open(FIVE_A, { deviceScaleFactor: 1 });
        await expect.poll(() => run(page, badgeCountInPage, undefined), SLOW).toBe(4);
        const screen = await run(page, displaysInPage, undefined);
        expect(screen.badges).toEqual(['block', 'block', 'block', 'block']);
        expect(screen.panel).not.toBe('none');
        await emulatePrint(true);
        expect(await run(page, displaysInPage, undefined)).toEqual({ badges: ['none', 'none', 'none', 'none'], panel: 'none' });
        await emulatePrint(false);
        expect(await run(page, displaysInPage, undefined)).toEqual(screen);
        expect(page.insynErrors()).toEqual([]);
      } finally {
        await page.close();
      }
    });
  });
}
