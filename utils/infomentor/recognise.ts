import type { PageKind } from './analysis';
import { subjectGradeColumns } from './pages/grades';
import { type SubjectBlock, findSubjectBlocks } from './pages/subject-blocks';
import { type SemanticTable, columnsWith, findTables } from './table';
import { KIND_WORDS, fold, mentions } from './vocabulary';

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
const HEADINGS = 'title, h1, h2, h3, [role=heading], caption';
const URL_WORDS = /[^\p{L}\p{N}]+/u;

export function recognise(root: ParentNode, url: string): Recognition {
  const headings = headingWords(root, url);
  let best: { kind: PageKind; score: number; key: string } | undefined;
  const judged: { table: SemanticTable; kind: PageKind; key: string }[] = [];
  for (const table of findTables(root)) {
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
  const blocks = findSubjectBlocks(root);
  if (blocks.length > 0) return { kind: 'pupil-assessment', tables: [], blocks };
  return UNKNOWN;
}

interface Headings {
  /** Folded headings (title, h1–h3, captions, grid labels). */
  text: string;
  /** Folded words of the address's path and fragment. */
  url: string;
}

function headingWords(root: ParentNode, url: string): Headings {
  let text = '';
  for (const heading of root.querySelectorAll(HEADINGS)) text += ` ${heading.textContent ?? ''}`;
  for (const grid of root.querySelectorAll('[aria-label][role=grid], table[aria-label]')) text += ` ${grid.getAttribute('aria-label') ?? ''}`;
  let path = '';
  try {
    const parsed = new URL(url);
    path = `${parsed.pathname} ${parsed.hash}`;
  } catch {
    path = '';
  }
  return { text: fold(text), url: fold(path.split(URL_WORDS).join(' ')) };
}

const says = (headings: Headings, kind: Exclude<PageKind, 'unknown'>) => mentions(headings.text, KIND_WORDS[kind]);
const hints = (headings: Headings, kind: Exclude<PageKind, 'unknown'>) => says(headings, kind) || mentions(headings.url, KIND_WORDS[kind]);

/** What a table's columns say the page is; the score prefers the most meaningful table on the page. */
function kindOfTable(table: SemanticTable, headings: Headings): { kind: PageKind; score: number; key: string } | undefined {
  if (table.rows.length === 0) return undefined;
  const has = (role: Parameters<typeof columnsWith>[1]) => table.byRole.has(role);
  const byPupil = has('pupil');
  const key = byPupil ? 'pupil' : 'subject';
  const score = table.byRole.size * 10 + Math.min(table.rows.length, 1000) / 1000;
  const verdict = (kind: PageKind, bonus = 0) => ({ kind, score: score + bonus + (says(headings, kind as Exclude<PageKind, 'unknown'>) ? 5 : 0), key });

  if (columnsWith(table, 'level').length >= 2 || has('assessment')) return verdict(byPupil ? 'group-assessment' : 'pupil-assessment', 20);
  if (has('grade') || has('finalGrade')) return byPupil ? verdict('grades', 20) : undefined;
  if (!byPupil) return undefined;
  if (has('type') || has('decisionDate')) {
    return hints(headings, 'iup-list') && !hints(headings, 'action-programmes') ? verdict('iup-list', 15) : verdict('action-programmes', 15);
  }
  if (has('status') || has('published') || has('publishedDate')) {
    if (hints(headings, 'iup-list')) return verdict('iup-list', 10);
    if (hints(headings, 'action-programmes')) return verdict('action-programmes', 10);
  }
  if (subjectGradeColumns(table).length > 0) return verdict('grades', 10);
  return undefined;
}
