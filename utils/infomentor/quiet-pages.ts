import { fold } from '../text/fold';
import { renderedByMarkup } from './visibility';

/**
 * InfoMentor's own pages that carry no pupils for Insyn to read: the start page teachers open most, its
 * news and its calendar. Insyn knows them, so the panel shows what is due instead of "känner inte igen".
 * Judged as a person sees the page, by its main heading; only a page without one is judged by its title
 * (before " - InfoMentor") and then by the Hub's hash route.
 */
export const QUIET_PAGES = ['start', 'news', 'calendar'] as const;
export type QuietPage = (typeof QUIET_PAGES)[number];

/** Folded headings that name each page, Swedish and English. */
const HEADINGS: Readonly<Record<QuietPage, readonly string[]>> = {
  start: ['start', 'startsida', 'hem', 'home'],
  news: ['nyheter', 'news'],
  calendar: ['kalender', 'calendar'],
};

/** The Hub's routes of these pages (`#/communication/news`, as the Hub's menu in tests/fixtures/e2e/ramverk-meny.html links it); the start page is `#/` or `#/start`. */
const ROUTES: Readonly<Record<QuietPage, RegExp>> = {
  start: /^#?\/?(start|home)?\/?$/,
  news: /^#\/(communication\/)?(news|nyheter)\b/,
  calendar: /^#\/(calendar|kalender)\b/,
};

const byWords = (heading: string): QuietPage | undefined => QUIET_PAGES.find((page) => HEADINGS[page].includes(fold(heading)));

function routeOf(url: string): QuietPage | undefined {
  try {
    const { hash } = new URL(url);
    return QUIET_PAGES.find((page) => ROUTES[page].test(hash));
  } catch {
    return undefined;
  }
}

/** Which of InfoMentor's quiet pages this is, if any. Only call it when nothing on the page was read. */
export function quietPageOf(
  root: Document,
  url: string,
  isRendered: (element: Element) => boolean = renderedByMarkup,
): QuietPage | undefined {
  const heading = [...root.getElementsByTagName('h1')].find((h1) => isRendered(h1) && h1.textContent?.trim());
  if (heading) return byWords(heading.textContent ?? '');
  const title = root.title.replace(/\s*[-–|]\s*InfoMentor.*$/i, '');
  return byWords(title) ?? routeOf(url);
}
