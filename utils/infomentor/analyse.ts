import type { PageAnalysis, PageContext, PageKind } from './analysis';
import { type PageChrome, groupFromHeadings, readChrome, subjectFromHeadings } from './context';
import { MAX_DOCUMENTS, MAX_ROWS } from './limits';
import { normaliseGroup, normaliseName, normaliseSubject, parseTerm } from './normalise';
import { type KnownPageKind, pageKind } from './page-kinds';
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
  /** The element (row, card or heading) that shows a pupil: where the page UI puts a badge. */
  rowOf(pupil: string, pupilId?: string): Element | undefined;
  /** Set when a step threw: the page was not understood because of a bug, not because it is unknown. */
  failure?: ReadFailure;
}

/** Reads tables (or blocks) as the given kind's reader does. */
export function readAs(kind: KnownPageKind, input: ReaderInput): PageReading {
  return { kind, ...pageKind(kind).read(input) };
}

export function analysePage(root: ParentNode, url: string, rules: RiskRules = DEFAULT_RISK_RULES): PageAnalysis {
  return readPage(root, url, rules).analysis;
}

export function readPage(root: ParentNode, url: string, rules: RiskRules = DEFAULT_RISK_RULES): PageRead {
  // Which step is running, for the failure's cause.
  let step = 'recognise';
  try {
    const recognition = recognise(root, url);
    if (recognition.kind === 'unknown') return nothingRead();
    step = 'context';
    const chrome = readChrome(root, new Set(recognition.tables.flatMap((table) => table.regions)));
    const context = pageContext(recognition, chrome);
    step = `read ${recognition.kind}`;
    const reading = readAs(recognition.kind, { tables: recognition.tables, blocks: recognition.blocks, chrome, context });
    if (reading.kind === 'unknown' || reading.pupils.length === 0) return nothingRead();
    step = 'judge';
    return { analysis: toAnalysis(reading, rules), rowOf: rowFinder(reading) };
  } catch (error) {
    return nothingRead(readFailure(step, error));
  }
}

function nothingRead(failure?: ReadFailure): PageRead {
  const { kind, context, documents } = emptyReading();
  return { analysis: { kind, context, pupils: [], atRisk: [], documents }, rowOf: () => undefined, ...(failure ? { failure } : {}) };
}

/** What the page says it shows; a one-pupil page has no page subject, a document list none either. */
export function pageContext({ kind }: Pick<Recognition, 'kind'>, chrome: PageChrome): PageContext {
  const { labelled, headings } = chrome;
  const context: PageContext = {};
  const group = labelled.group ? normaliseGroup(labelled.group) : groupFromHeadings(headings);
  if (group) context.group = group;
  if (kind !== 'unknown' && pageKind(kind).pageSubject) {
    const subject = labelled.subject ? normaliseSubject(labelled.subject) : subjectFromHeadings(headings);
    if (subject) context.subject = subject;
  }
  const term = (labelled.term ? parseTerm(labelled.term) : undefined) ?? headings.map(parseTerm).find((found) => found !== undefined);
  if (term) context.term = term;
  return context;
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
export function rowFinder({ pupils, elements }: PageReading): PageRead['rowOf'] {
  let byId: Map<string, Element> | undefined;
  let byName: Map<string, Element> | undefined;
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
  return (pupil, pupilId) => {
    try {
      const found = byId && byName ? { byId, byName } : index();
      return (pupilId === undefined ? undefined : found.byId.get(pupilId)) ?? found.byName.get(normaliseName(pupil));
    } catch {
      return undefined;
    }
  };
}
