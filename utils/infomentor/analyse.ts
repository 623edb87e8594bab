import type { PageAnalysis, PageContext, PageKind } from './analysis';
import { type PageChrome, groupFromHeadings, readChrome, subjectFromHeadings } from './context';
import { MAX_DOCUMENTS, MAX_ROWS } from './limits';
import { normaliseGroup, normaliseName, normaliseSubject, normaliseText, resolveTerm } from './normalise';
import { type PagePupil, findPagePupil, isHubPage } from './page-pupil';
import { type KnownPageKind, pageKind } from './page-kinds';
import { type IsRendered, withRendered } from './visibility';
import type { ReaderInput } from './pages/input';
import { type ReadFailure, readFailure } from './read-failure';
import { type PageReading, emptyReading } from './reading';
import { type Recognition, recognise } from './recognise';
import { DEFAULT_RISK_RULES, type RiskRules } from '../domain/risk-rules';
import { judge } from '../risk/judge';

/**
 * Steps 1–3 of the flow for one document: recognise, read, judge. Pure: the content script, the tests
 * and `npm run analyze` all call these. They never throw: a page they do not know yields kind 'unknown',
 * a step that throws yields 'unknown' too, with a `failure` saying which step (read-failure.ts).
 */
export interface PageRead {
  analysis: PageAnalysis;
  /**
   * The element (row, card or heading) that shows a pupil: where the page UI puts a badge. With a
   * subject, on a one-pupil page, the row or block of that subject (else the pupil's element).
   */
  rowOf(pupil: string, pupilId?: string, subject?: string): Element | undefined;
  /** Set when a step threw: the page was not understood because of a bug, not because it is unknown. */
  failure?: ReadFailure;
}

/** Reads tables (or blocks) as the given kind's reader does. */
export function readAs(kind: KnownPageKind, input: ReaderInput): PageReading {
  return { kind, ...pageKind(kind).read(input) };
}

export interface ReadOptions {
  /**
   * Whether an element itself is rendered (ancestors are walked by the reader). By default the markup
   * decides (`hidden`, `aria-hidden`, inline `display: none`: all a saved page shows); the content
   * script may pass a computed-style test. See visibility.ts.
   */
  isRendered?: IsRendered;
}

export function analysePage(root: ParentNode, url: string, rules: RiskRules = DEFAULT_RISK_RULES, options: ReadOptions = {}): PageAnalysis {
  return readPage(root, url, rules, options).analysis;
}

export function readPage(root: ParentNode, url: string, rules: RiskRules = DEFAULT_RISK_RULES, options: ReadOptions = {}): PageRead {
  // Which step is running, for the failure's cause.
  const step = { name: 'recognise' };
  try {
    return withRendered(options.isRendered, () => readRendered(root, url, rules, step));
  } catch (error) {
    return nothingRead(readFailure(step.name, error));
  }
}

function readRendered(root: ParentNode, url: string, rules: RiskRules, step: { name: string }): PageRead {
  const recognition = recognise(root, url);
  if (recognition.kind === 'unknown') return nothingRead();
  step.name = 'context';
  const chrome = withTableLabels(readChrome(root, new Set(recognition.tables.flatMap((table) => table.regions))), recognition.tables);
  const context = pageContext(recognition, chrome);
  let pupil: { found: PagePupil | undefined } | undefined;
  const pagePupil = () => (pupil ??= { found: findPagePupil(root, chrome, url) }).found;
  step.name = `read ${recognition.kind}`;
  const reading = readAs(recognition.kind, {
    tables: recognition.tables,
    blocks: recognition.blocks,
    chrome,
    context,
    pagePupil,
    shownToGuardians: isHubPage(url),
  });
  if (reading.pupils.length === 0) return nothingRead();
  step.name = 'judge';
  return { analysis: toAnalysis(reading, rules), rowOf: rowFinder(reading) };
}

function nothingRead(failure?: ReadFailure): PageRead {
  const { kind, context, documents } = emptyReading();
  return { analysis: { kind, context, pupils: [], atRisk: [], documents }, rowOf: () => undefined, ...(failure ? { failure } : {}) };
}

/**
 * What the page says it shows. A one-pupil page (its tables have no pupil column) has no page subject:
 * its rows are the subjects. Document lists have none either. Terms without a calendar year are placed
 * in the academic year the page shows, or left out.
 */
export function pageContext(
  { kind, tables = [] }: Pick<Recognition, 'kind'> & Partial<Pick<Recognition, 'tables'>>,
  chrome: PageChrome,
): PageContext {
  const { labelled, headings, academicYear } = chrome;
  const context: PageContext = {};
  const group = labelled.group ? normaliseGroup(labelled.group) : groupFromHeadings(headings);
  if (group) context.group = group;
  const onePupil = tables.length > 0 && tables.every((table) => !table.byRole.has('pupil'));
  if (kind !== 'unknown' && pageKind(kind).pageSubject && !onePupil) {
    const subject = labelled.subject ? normaliseSubject(labelled.subject) : subjectFromHeadings(headings);
    if (subject) context.subject = subject;
  }
  const term = labelled.term
    ? resolveTerm(labelled.term, academicYear)
    : headings.map((heading) => resolveTerm(heading, academicYear)).find((found) => found !== undefined);
  if (term) context.term = term;
  return context;
}

/** A table's own label and caption say what it shows, like a heading; the chrome skips the table itself. */
function withTableLabels(chrome: PageChrome, tables: Recognition['tables']): PageChrome {
  const labels: string[] = [];
  for (const { container } of tables) {
    const label = container.getAttribute('aria-label');
    if (label) labels.push(normaliseText(label));
    const caption = container.localName === 'table' ? container.querySelector(':scope > caption') : null;
    if (caption?.textContent) labels.push(normaliseText(caption.textContent));
  }
  return labels.length === 0 ? chrome : { ...chrome, headings: [...chrome.headings, ...labels.filter((label) => label !== '')] };
}

export function toAnalysis(reading: PageReading, rules: RiskRules): PageAnalysis {
  return {
    kind: reading.kind,
    context: reading.context,
    pupils: reading.pupils.length > MAX_ROWS ? reading.pupils.slice(0, MAX_ROWS) : reading.pupils,
    atRisk: judge(reading.observations, rules),
    documents: reading.documents.length > MAX_DOCUMENTS ? reading.documents.slice(0, MAX_DOCUMENTS) : reading.documents,
  };
}

/** Looks pupils up by id, then by name; the indexes are built on first use (most reads never ask). */
export function rowFinder({ pupils, elements, observations }: PageReading): PageRead['rowOf'] {
  let byId: Map<string, Element> | undefined;
  let byName: Map<string, Element> | undefined;
  let bySubject: Map<string, Element> | undefined;
  const subjectRow = (pupil: string, subject: string) => {
    if (!bySubject) {
      bySubject = new Map();
      for (const { pupil: read, subject: shown, row } of observations) if (row) bySubject.set(`${read.name}|${shown}`, row);
    }
    return bySubject.get(`${normaliseName(pupil)}|${subject}`);
  };
  const index = () => {
    byId = new Map();
    byName = new Map();
    for (let i = 0; i < pupils.length; i++) {
      const pupil = pupils[i] as PageReading['pupils'][number];
      const element = elements[i];
      if (!element) continue;
      if (pupil.id !== undefined && !byId.has(pupil.id)) byId.set(pupil.id, element);
      if (!byName.has(pupil.name)) byName.set(pupil.name, element);
    }
    return { byId, byName };
  };
  return (pupil, pupilId, subject) => {
    try {
      const row = subject === undefined ? undefined : subjectRow(pupil, subject);
      if (row) return row;
      const found = byId && byName ? { byId, byName } : index();
      return (pupilId === undefined ? undefined : found.byId.get(pupilId)) ?? found.byName.get(normaliseName(pupil));
    } catch {
      return undefined;
    }
  };
}
