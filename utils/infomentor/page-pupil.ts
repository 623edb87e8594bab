import { type PageChrome, pupilFromHeading } from './context';
import { normaliseName } from './normalise';
import { isSubjectName } from './vocabulary';
import { isShown } from './visibility';

/**
 * Who a one-pupil page is about, decided from the page: the pupil selected in the Hub's pupil switcher
 * (never a sibling it keeps hidden), the start page's `homeData` pupil marked `selected`, a teacher
 * page's "Elev:" line or a name in its main heading, and only on a Hub page without any switcher the
 * signed-in user in the header (a pupil account). Never the guardian in the header of a guardian's
 * account, and never staff named in "Skapad av …" lines (those are not headings or switchers).
 */
export interface PagePupil {
  name: string;
  id?: string;
  /** Where the page shows the pupil: where the badge goes (undefined: the reader picks its own place). */
  element?: Element;
}

const SWITCHER = '.pupilText, [data-bind*="selectedPupilName"]';
const SWITCH_LINK = 'a[href*="/PupilSwitcher/SwitchPupil/" i]';
const BANNER = 'header, [role=banner]';
const HUB_HOST = /(?:^|\.)hub\.infomentor\.se$/i;
/** "Lastname, Firstname": words of letters (hyphens, apostrophes, dots), one comma. */
const PERSON = /^[\p{L}'’.-]+(?: [\p{L}'’.-]+)*, ?[\p{L}'’.-]+(?: [\p{L}'’.-]+)*$/u;
const MAX_NAME = 120;
const MAX_SCRIPT = 200_000;

export function isHubPage(url: string): boolean {
  try {
    return HUB_HOST.test(new URL(url).hostname);
  } catch {
    return false;
  }
}

export function findPagePupil(root: ParentNode, chrome: PageChrome, url: string): PagePupil | undefined {
  const switcher = [...root.querySelectorAll(SWITCHER), ...root.querySelectorAll(SWITCH_LINK)];
  const selected = selectedInSwitcher(switcher) ?? selectedInHomeData(root);
  if (selected) return selected;
  // The Hub's headings name the view ("Dokumentation"), never the pupil.
  if (!isHubPage(url)) return namedByPage(chrome);
  return labelledPupil(chrome) ?? (switcher.length === 0 ? signedInUser(root) : undefined);
}

function plausibleName(raw: string): string | undefined {
  const name = normaliseName(raw);
  return name !== '' && name.length <= MAX_NAME && !isSubjectName(name) ? name : undefined;
}

/** The switcher's rendered pupil text; a rendered link switches to another pupil unless it says it is the current one. */
function selectedInSwitcher(candidates: readonly Element[]): PagePupil | undefined {
  for (const candidate of candidates) {
    if (!isShown(candidate)) continue;
    const link = candidate.closest(SWITCH_LINK);
    if (link && !isCurrent(link) && !isCurrent(candidate)) continue;
    const name = plausibleName(candidate.textContent ?? '');
    if (!name) continue;
    const id = link ? switchId(link) : undefined;
    return { name, ...(id ? { id } : {}), element: candidate };
  }
  return undefined;
}

function isCurrent(element: Element): boolean {
  const current = element.getAttribute('aria-current');
  return (current !== null && current !== 'false') || element.getAttribute('aria-selected') === 'true';
}

function switchId(link: Element): string | undefined {
  return /\/SwitchPupil\/([\w-]{1,80})/i.exec(link.getAttribute('href') ?? '')?.[1];
}

/** `IMHome.home.homeData = {… account: {pupils: [{id, name, selected}]}}`: read as text, never run. */
function selectedInHomeData(root: ParentNode): PagePupil | undefined {
  for (const script of root.querySelectorAll('script:not([src])')) {
    const text = script.textContent ?? '';
    if (text.length > MAX_SCRIPT || !text.includes('homeData')) continue;
    const at = text.search(/["']?pupils["']?\s*:\s*\[/);
    if (at < 0) continue;
    for (const entry of text.slice(at).matchAll(/\{[^{}]*\}/g)) {
      const body = entry[0];
      if (!/["']?selected["']?\s*:\s*true\b/.test(body)) continue;
      const raw = /["']?name["']?\s*:\s*"((?:[^"\\]|\\.)*)"/.exec(body)?.[1];
      const name = raw === undefined ? undefined : plausibleName(unescape(raw));
      const id = /["']?id["']?\s*:\s*"?([\w-]{1,80})/.exec(body)?.[1];
      if (name) return { name, ...(id ? { id } : {}) };
    }
  }
  return undefined;
}

function unescape(raw: string): string {
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}

/** A teacher page's "Elev:" line, or a person named in the main heading or the title. */
function namedByPage(chrome: PageChrome): PagePupil | undefined {
  const labelled = labelledPupil(chrome);
  if (labelled) return labelled;
  const fromHeading = pupilFromHeading(chrome.mainHeading?.textContent ?? undefined);
  if (fromHeading && plausibleName(fromHeading))
    return { name: fromHeading, ...(chrome.mainHeading ? { element: chrome.mainHeading } : {}) };
  const fromTitle = pupilFromHeading(chrome.headings[0]);
  return fromTitle && plausibleName(fromTitle) ? { name: fromTitle } : undefined;
}

function labelledPupil(chrome: PageChrome): PagePupil | undefined {
  const name = chrome.labelled.pupil ? plausibleName(chrome.labelled.pupil) : undefined;
  return name ? { name, ...(chrome.pupilLine ? { element: chrome.pupilLine } : {}) } : undefined;
}

/** The signed-in user's "Lastname, Firstname" in the header: on a pupil's own Hub account, the pupil. */
function signedInUser(root: ParentNode): PagePupil | undefined {
  const banner = root.querySelector(BANNER);
  if (!banner || !isShown(banner)) return undefined;
  for (const element of banner.querySelectorAll('*')) {
    if (element.firstElementChild !== null || !isShown(element, banner)) continue;
    const text = (element.textContent ?? '').trim();
    if (!PERSON.test(text)) continue;
    const name = plausibleName(text);
    if (name) return { name, element };
  }
  return undefined;
}
