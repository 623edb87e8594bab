import { selectedOption } from './cells';
import {
  academicYearOfDate,
  normaliseGroup,
  normaliseName,
  normaliseSubject,
  normaliseText,
  parseAcademicYear,
  parseDate,
  parseSchoolYearTerm,
  parseTerm,
} from './normalise';
import { allKindWords } from './page-kinds';
import { isRendered, isShown } from './visibility';
import { CONTEXT_LABEL_WORDS, type ContextLabel, PRODUCT_WORDS, contextLabel, fold, isSubjectName, mentions } from './vocabulary';

/**
 * What the page around the pupil table says: its headings, and the group, subject, term and pupil its
 * filters and "Label: value" lines show. Read from the page chrome only — the pupil tables are skipped,
 * so a pupil's comment can never become the page's subject or term.
 */
export interface PageChrome {
  /** Document title, h1–h3 and role=heading texts, trimmed, in page order. */
  headings: string[];
  /** The first h1 (or role=heading level 1) element, where a one-pupil page shows the name. */
  mainHeading?: Element;
  labelled: Partial<Record<ContextLabel, string>>;
  /** The line that names the pupil ("Elev: …"), on a one-pupil page. */
  pupilLine?: Element;
  /**
   * The academic year the page shows (its first calendar year: 2025 for `2025-2026`), from a "Läsår"
   * label, a heading, a filter or a short line, else from a date on a short line. Terms without a
   * calendar year (`Ht år 9`) are placed in it; without it they stay unknown.
   */
  academicYear?: number;
}

const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'svg', 'math', 'iframe', 'object', 'textarea']);
const HEADING = new Set(['h1', 'h2', 'h3']);
const TEXT_BLOCKS = new Set(['p', 'li', 'td', 'th', 'dd', 'div', 'span', 'small', 'header', 'section', 'caption']);
const INLINE = new Set(['a', 'b', 'strong', 'em', 'i', 'span', 'small', 'abbr', 'time', 'br', 'mark', 'code', 'bdi', 'bdo']);
const MAX_VISITED = 50_000;
const MAX_LABEL_LINE = 300;

const LABEL_WORDS = CONTEXT_LABEL_WORDS.flatMap(([words]) => words).join('|');
/** `Grupp: 6A · Ämne: Svenska · Termin: Vt 2026` — a label, a colon, a value up to a separator or the next label. */
const LABEL_VALUE = new RegExp(`(?:^|[\\s·|•,;(])(${LABEL_WORDS})\\s*:\\s*(.+?)(?=\\s*(?:[·|•;\\n)]|$|\\s(?:${LABEL_WORDS})\\s*:))`, 'giu');

export function readChrome(root: ParentNode, skip: ReadonlySet<Element>): PageChrome {
  const chrome: PageChrome = { headings: [], labelled: {} };
  const fromSelects: Partial<Record<ContextLabel, string>> = {};
  const fromText: Partial<Record<ContextLabel, string>> = {};
  const labelsFor = new Map<string, Element>();
  const selects: Element[] = [];
  const title = (root as Node).nodeType === 9 ? (root as Document).title : (root.querySelector('title')?.textContent ?? '');
  if (title.trim() !== '') chrome.headings.push(normaliseText(title));

  const years: string[] = [];
  let visited = 0;
  const stack: Element[] = [];
  for (let child = root.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  while (stack.length > 0 && visited < MAX_VISITED) {
    const element = stack.pop() as Element;
    visited++;
    const name = element.localName;
    if (SKIPPED.has(name) || skip.has(element) || !isRendered(element)) continue;
    if (HEADING.has(name) || element.getAttribute('role') === 'heading') {
      const text = normaliseText(element.textContent ?? '');
      if (text !== '') {
        chrome.headings.push(text);
        if (!chrome.mainHeading && (name === 'h1' || element.getAttribute('aria-level') === '1')) chrome.mainHeading = element;
      }
    } else if (name === 'select') {
      selects.push(element);
      continue;
    } else if (name === 'label') {
      const target = element.getAttribute('for');
      if (target) labelsFor.set(target, element);
    } else if (isBreadcrumb(element)) {
      readParts(leafTexts(element), fromText);
      continue;
    } else if (name === 'dt') {
      const role = contextLabel(element.textContent ?? '');
      const value = element.nextElementSibling;
      if (role && value?.localName === 'dd') keep(fromText, role, value.textContent ?? '');
      if (role === 'pupil' && value) chrome.pupilLine ??= value;
    }
    if (TEXT_BLOCKS.has(name) && isTextLine(element)) {
      const line = element.textContent ?? '';
      if (readLabelLines(line, fromText)) chrome.pupilLine ??= element;
      if (line.length <= MAX_META_LINE && !line.includes(':') && META_SEPARATOR.test(line)) readParts(line.split(META_SEPARATOR), fromText);
      if (line.length <= MAX_META_LINE && DIGIT.test(line)) years.push(line);
    }
    for (let child = element.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  }

  for (const select of selects) {
    const role = contextLabel(selectLabel(select, labelsFor));
    const chosen = selectedText(select);
    if (role && chosen) keep(fromSelects, role, chosen);
    else if (!role && chosen && (parseTerm(chosen) || parseSchoolYearTerm(chosen))) keep(fromText, 'term', chosen);
    else if (!role && chosen && parseAcademicYear(chosen) !== undefined) keep(fromText, 'year', chosen);
  }
  chrome.labelled = { ...fromText, ...fromSelects };
  const academicYear = academicYearShown(chrome, years);
  if (academicYear !== undefined) chrome.academicYear = academicYear;
  return chrome;
}

const MAX_META_LINE = 80;
/** `4C · Svenska · Vt 2026`: a short line of parts without labels. */
const META_SEPARATOR = /\s+[·|•]\s+/;
const DIGIT = /\d/;
const BREADCRUMB_LABEL = /bread|brödsmul|sökväg|du är här|you are here/i;

function academicYearShown(chrome: PageChrome, lines: readonly string[]): number | undefined {
  const stated = [chrome.labelled.year, ...chrome.headings, ...lines];
  for (const text of stated) {
    const year = text === undefined ? undefined : parseAcademicYear(text);
    if (year !== undefined) return year;
  }
  for (const line of lines) {
    const date = parseDate(line);
    if (date) return academicYearOfDate(date);
  }
  return undefined;
}

function isBreadcrumb(element: Element): boolean {
  if (
    element.localName !== 'nav' &&
    element.getAttribute('role') !== 'navigation' &&
    !/breadcrumb/i.test(element.getAttribute('class') ?? '')
  )
    return false;
  return BREADCRUMB_LABEL.test(`${element.getAttribute('aria-label') ?? ''} ${element.getAttribute('class') ?? ''}`);
}

const CRUMB_SEPARATOR = /\s*[›»>/]\s*/;

/** The parts a breadcrumb shows: its rendered leaves' texts, split at the separators it writes. */
function leafTexts(element: Element): string[] {
  const parts: string[] = [];
  for (const leaf of element.querySelectorAll('*')) {
    if (leaf.firstElementChild === null && isShown(leaf, element)) parts.push(...(leaf.textContent ?? '').split(CRUMB_SEPARATOR));
  }
  return parts.length > 0 ? parts : (element.textContent ?? '').split(CRUMB_SEPARATOR);
}

/** Parts without labels: a group token, a term, a known subject; anything else says nothing. */
function readParts(parts: readonly string[], into: Partial<Record<ContextLabel, string>>): void {
  for (const raw of parts) {
    const part = normaliseText(raw);
    if (part === '' || part.length > 40) continue;
    if (FULL_GROUP.test(part)) keep(into, 'group', part);
    else if (parseTerm(part) || parseSchoolYearTerm(part)) keep(into, 'term', part);
    else if (parseAcademicYear(part) !== undefined) keep(into, 'year', part);
    else if (isSubjectName(part)) keep(into, 'subject', part);
  }
}

/** A block whose children are all inline: its text is one line a person reads, not a whole section. */
function isTextLine(element: Element): boolean {
  for (const child of element.children) if (!INLINE.has(child.localName)) return false;
  return true;
}

/** Reads "Label: value" pairs of one line; says whether the line names a pupil. */
function readLabelLines(raw: string, into: Partial<Record<ContextLabel, string>>): boolean {
  if (raw.length > MAX_LABEL_LINE || !raw.includes(':')) return false;
  const text = normaliseText(raw);
  let namesPupil = false;
  for (const match of text.matchAll(LABEL_VALUE)) {
    const role = match[1] ? contextLabel(match[1]) : undefined;
    if (role && match[2]) keep(into, role, match[2]);
    if (role === 'pupil') namesPupil = true;
  }
  return namesPupil;
}

function keep(into: Partial<Record<ContextLabel, string>>, role: ContextLabel, raw: string): void {
  const value = normaliseText(raw);
  if (value !== '' && into[role] === undefined) into[role] = value;
}

/** A select's label: a wrapping label (without the options), `label[for]`, aria-label, or the text just before it. */
function selectLabel(select: Element, labelsFor: ReadonlyMap<string, Element>): string {
  const wrapping = select.closest('label');
  if (wrapping) {
    let text = '';
    for (const node of wrapping.childNodes) if (!node.contains(select)) text += node.textContent ?? '';
    if (text.trim() !== '') return text;
  }
  const byFor = select.id ? labelsFor.get(select.id) : undefined;
  if (byFor) return byFor.textContent ?? '';
  const aria = select.getAttribute('aria-label') ?? select.getAttribute('title');
  if (aria) return aria;
  const before =
    select.previousElementSibling ?? (select.parentElement?.children.length === 1 ? select.parentElement.previousElementSibling : null);
  return before?.textContent ?? '';
}

function selectedText(select: Element): string | undefined {
  const option = selectedOption(select);
  const text = normaliseText(option?.textContent ?? '');
  return text === '' ? undefined : text;
}

// ── Context from headings ────────────────────────────────────────────────────────────────────────

const PARTS = /\s+[–—|-]\s+|:\s+|\s+›\s+/;
/** A school group as headings write it: `5A`, `9X`, `7 B`, `8AB`. */
const GROUP_TOKEN = /(?:^|[\s(,])(\d{1,2}\s?[A-ZÅÄÖ]{1,2})(?=$|[\s),])/u;
const FULL_GROUP = /^\d{1,2}\s?[A-ZÅÄÖ]{1,2}$/u;

function parts(heading: string): string[] {
  return heading
    .split(PARTS)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

// Looked up when called: the page kinds' modules import this one.
const isKindPart = (part: string) => mentions(fold(part), allKindWords());
const isProduct = (part: string) => PRODUCT_WORDS.has(fold(part));

export function groupFromHeadings(headings: readonly string[]): string | undefined {
  for (const heading of headings) {
    const token = GROUP_TOKEN.exec(heading)?.[1];
    if (token) return normaliseGroup(token);
  }
  return undefined;
}

/** `Ämnesomdöme – 5A Matematik` → `Matematik`: the part of a titled heading that is neither kind, group nor term. */
export function subjectFromHeadings(headings: readonly string[]): string | undefined {
  for (const heading of headings) {
    const split = parts(heading);
    if (split.length < 2 || !split.some(isKindPart)) continue;
    for (const part of split) {
      if (isKindPart(part) || isProduct(part) || parseTerm(part)) continue;
      const rest = part.replace(GROUP_TOKEN, ' ').trim();
      if (rest !== '' && rest.length <= 40 && !rest.includes(',')) return normaliseSubject(rest);
    }
  }
  return undefined;
}

/** `Holm, Selma – Ämnesomdöme` → `Holm, Selma`: the part of the main heading that names a person. */
export function pupilFromHeading(heading: string | undefined): string | undefined {
  if (!heading) return undefined;
  const candidates = parts(heading).filter(
    (part) => !isKindPart(part) && !isProduct(part) && !parseTerm(part) && !GROUP_TOKEN.test(` ${part} `),
  );
  const name = candidates.find((part) => part.includes(',')) ?? (candidates.length === 1 ? candidates[0] : undefined);
  return name ? normaliseName(name) : undefined;
}
