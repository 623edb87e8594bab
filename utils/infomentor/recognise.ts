import type { PageKind } from './analysis';
import type { TableClues } from './page-kind';
import { type KnownPageKind, PAGE_KINDS, kindWords } from './page-kinds';
import type { SubjectBlock } from './pages/subject-blocks';
import { ARIA_GRIDS, type SemanticTable, columnsWith, findTables } from './table';
import { fold, mentions } from './vocabulary';

/**
 * Step 1: which kind of page this is, judged by what a person sees — the columns of its pupil tables,
 * its level choices, its headings — never by class names. The URL is only a hint that breaks ties
 * between document lists; it can never make a page recognised on its own.
 */
export interface Recognition {
  kind: PageKind;
  /** The tables the reader of this kind reads. */
  tables: SemanticTable[];
  /** Subject blocks of a one-pupil page. */
  blocks: SubjectBlock[];
}

const UNKNOWN: Recognition = { kind: 'unknown', tables: [], blocks: [] };
const URL_WORDS = /[^\p{L}\p{N}]+/u;

/** Elements by tag name: a fast, native walk (selector matching over a big page costs more). */
function byTag(root: ParentNode, tag: string): ArrayLike<Element> & Iterable<Element> {
  return 'getElementsByTagName' in root ? (root as Element).getElementsByTagName(tag) : root.querySelectorAll(tag);
}

export function recognise(root: ParentNode, url: string): Recognition {
  // `<table>`s first; ARIA grids and cards are looked for only when no table is a pupil table, since
  // scanning a big page for roles costs as much as reading it.
  let headingText = (root as Node).nodeType === 9 ? (root as Document).title : (root.querySelector('title')?.textContent ?? '');
  const tables = [...byTag(root, 'table')];
  let found = findTables({ grids: tables, lists: [] });
  if (!found.some((table) => kindOfTable(table, NO_HEADINGS))) {
    const grids = [...root.querySelectorAll(ARIA_GRIDS)].filter((grid) => grid.localName !== 'table');
    found = [...found, ...findTables({ grids, lists: [...byTag(root, 'dl')] })];
    for (const grid of grids) headingText += ` ${grid.getAttribute('aria-label') ?? ''}`;
  }
  for (const table of tables) headingText += ` ${table.getAttribute('aria-label') ?? ''}`;
  for (const tag of ['h1', 'h2', 'h3', 'caption']) for (const heading of byTag(root, tag)) headingText += ` ${heading.textContent ?? ''}`;
  if (byTag(root, 'h1').length === 0)
    for (const heading of root.querySelectorAll('[role=heading]')) headingText += ` ${heading.textContent ?? ''}`;
  const headings = headingWords(headingText, url);
  let best: { kind: KnownPageKind; score: number; key: string } | undefined;
  const judged: { table: SemanticTable; kind: KnownPageKind; key: string }[] = [];
  for (const table of found) {
    const verdict = kindOfTable(table, headings);
    if (!verdict) continue;
    judged.push({ table, ...verdict });
    if (!best || verdict.score > best.score) best = verdict;
  }
  if (best) {
    const chosen = best;
    const tables = judged.filter((entry) => entry.kind === chosen.kind && entry.key === chosen.key).map((entry) => entry.table);
    return { kind: chosen.kind, tables, blocks: [] };
  }
  for (const kind of PAGE_KINDS) {
    const blocks = kind.blocks?.(root) ?? [];
    if (blocks.length > 0) return { kind: kind.id, tables: [], blocks };
  }
  return UNKNOWN;
}

const NO_HEADINGS: Headings = { text: '', url: '' };

interface Headings {
  /** Folded headings (title, h1–h3, captions, grid labels). */
  text: string;
  /** Folded words of the address's path and fragment. */
  url: string;
}

function headingWords(text: string, url: string): Headings {
  let path = '';
  try {
    const parsed = new URL(url);
    path = `${parsed.pathname} ${parsed.hash}`;
  } catch {
    path = '';
  }
  return { text: fold(text), url: fold(path.split(URL_WORDS).join(' ')) };
}

const says = (headings: Headings, kind: string) => mentions(headings.text, kindWords(kind));
const hints = (headings: Headings, kind: string) => says(headings, kind) || mentions(headings.url, kindWords(kind));

/** Which registered kind claims a table; the score prefers the most meaningful table on the page. */
function kindOfTable(table: SemanticTable, headings: Headings): { kind: KnownPageKind; score: number; key: string } | undefined {
  if (table.rows.length === 0) return undefined;
  const byPupil = table.byRole.has('pupil');
  const clues: TableClues = {
    table,
    byPupil,
    has: (role) => table.byRole.has(role),
    count: (role) => columnsWith(table, role).length,
    says: (kind) => says(headings, kind),
    hints: (kind) => hints(headings, kind),
  };
  let chosen: { kind: KnownPageKind; bonus: number } | undefined;
  for (const kind of PAGE_KINDS) {
    const bonus = kind.claims(clues);
    if (bonus !== undefined && (!chosen || bonus > chosen.bonus)) chosen = { kind: kind.id, bonus };
  }
  if (!chosen) return undefined;
  const score = table.byRole.size * 10 + Math.min(table.rows.length, 1000) / 1000 + chosen.bonus + (says(headings, chosen.kind) ? 5 : 0);
  return { kind: chosen.kind, score, key: byPupil ? 'pupil' : 'subject' };
}
