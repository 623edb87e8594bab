import type { PageAnalysis } from '../infomentor/analysis';
import { type PageRead, type ReadOptions, readAs, pageContext, readPage, rowFinder, toAnalysis } from '../infomentor/analyse';
import { withRendered } from '../infomentor/visibility';
import { type ReadFailure, readFailure } from '../infomentor/read-failure';
import { readChrome } from '../infomentor/context';
import { findPagePupil, isHubPage } from '../infomentor/page-pupil';
import { normaliseSubject } from '../infomentor/normalise';
import type { PageReading } from '../infomentor/reading';
import { type Column, type SemanticTable, readTableWith } from '../infomentor/table';
import { type ColumnRole, type LevelReading, fold, foldHeader } from '../infomentor/vocabulary';
import { DEFAULT_RISK_RULES, type RiskRules } from '../domain/risk-rules';
import { addressMatches } from './match';
import type { PageRecipe, RecipeColumn } from './types';

/**
 * Reads a page with a teacher's recipe: the recipe names the table's columns by their header texts,
 * and from there the built-in page readers and the same risk judge do the work. Pure and zod-free (the
 * content script runs it); nothing here throws — a recipe that no longer fits says so instead, and one
 * whose reading threw says that (read-failure.ts).
 */
export type RecipeOutcome =
  | { status: 'applied'; read: PageRead }
  /** The address fits but the page no longer shows what the recipe reads (a heading or header is gone). */
  | { status: 'stale'; missing: string[] }
  /** Reading with the recipe threw: a bug, not a page that changed. */
  | { status: 'failed'; failure: ReadFailure }
  /** The recipe is for another address. */
  | { status: 'elsewhere' };

export interface RecipeUse {
  id: string;
  name: string;
  status: 'applied' | 'stale';
}

export interface RecipePageRead extends PageRead {
  /** The recipe that read the page, or the one that should have and no longer fits. */
  recipe?: RecipeUse;
}

/** What each column a recipe names means to the page readers. */
const ROLE: Record<RecipeColumn, ColumnRole> = {
  pupil: 'pupil',
  level: 'assessment',
  grade: 'grade',
  status: 'status',
  comment: 'comment',
  subject: 'subject',
  term: 'term',
  notReached: 'level',
  reached: 'level',
  exceeding: 'level',
};

/** The level a mark in a level column means. */
const LEVEL: Partial<Record<RecipeColumn, LevelReading>> = {
  notReached: { level: 'insufficient', curriculum: 'Lgr22' },
  reached: { level: 'acceptable', curriculum: 'Lgr22' },
  exceeding: { level: 'more-than-acceptable', curriculum: 'Lgr22' },
};

const GRIDS = 'table, [role=grid], [role=table], [role=treegrid]';

export function applyRecipe(
  root: ParentNode,
  url: string,
  recipe: PageRecipe,
  rules: RiskRules = DEFAULT_RISK_RULES,
  options: ReadOptions = {},
): RecipeOutcome {
  // Which step is running, for the failure's cause.
  let step = 'recipe match';
  try {
    if (!addressMatches(recipe.match, url)) return { status: 'elsewhere' };
    step = `recipe read ${recipe.kind}`;
    // What the page does not render is not read, as by the built-in readers (visibility.ts).
    const reading = withRendered(options.isRendered, () => readByRecipe(root, url, recipe));
    if ('missing' in reading) return { status: 'stale', missing: reading.missing };
    step = 'recipe judge';
    const analysis = toAnalysis(reading, rules);
    return { status: 'applied', read: { analysis: fromRecipe(analysis), rowOf: rowFinder(reading) } };
  } catch (error) {
    return { status: 'failed', failure: readFailure(step, error) };
  }
}

/**
 * Precedence: a recipe the teacher chose for this address reads the page; the built-in readers read it
 * only when no recipe fits. A recipe that no longer fits leaves the page to the built-in readers and is
 * reported, so the panel can say "Receptet passar inte längre sidan". A recipe that failed is handled the
 * same way, and its failure is the page's when the built-in readers do not know the page either.
 */
export function readWithRecipes(
  root: ParentNode,
  url: string,
  recipes: readonly PageRecipe[],
  rules: RiskRules = DEFAULT_RISK_RULES,
  options: ReadOptions = {},
): RecipePageRead {
  let stale: RecipeUse | undefined;
  let failure: ReadFailure | undefined;
  for (const recipe of recipes) {
    const outcome = applyRecipe(root, url, recipe, rules, options);
    if (outcome.status === 'applied') return { ...outcome.read, recipe: { id: recipe.id, name: recipe.name, status: 'applied' } };
    if (outcome.status === 'failed') failure ??= outcome.failure;
    if (outcome.status !== 'elsewhere') stale ??= { id: recipe.id, name: recipe.name, status: 'stale' };
  }
  const builtIn = readPage(root, url, rules, options);
  const read = failure && !builtIn.failure && builtIn.analysis.kind === 'unknown' ? { ...builtIn, failure } : builtIn;
  return stale ? { ...read, recipe: stale } : read;
}

function readByRecipe(root: ParentNode, url: string, recipe: PageRecipe): PageReading | { missing: string[] } {
  const chrome = readChrome(root, new Set());
  const heading = recipe.match.heading;
  if (heading !== undefined && !fold(chrome.headings.join(' \n ')).includes(fold(heading))) return { missing: [heading] };
  const wanted = new Map<string, RecipeColumn>();
  for (const [column, header] of Object.entries(recipe.columns) as [RecipeColumn, string | undefined][])
    if (header) wanted.set(foldHeader(header), column);
  const found = findTable(root, wanted);
  if (!found) return { missing: [...Object.values(recipe.columns)].filter((header): header is string => header !== undefined) };
  const table = withRecipeRoles(found, wanted);
  const context = pageContext({ kind: recipe.kind }, readChrome(root, new Set(table.regions)));
  if (recipe.subject) context.subject = normaliseSubject(recipe.subject) || context.subject;
  if (recipe.term) context.term = recipe.term;
  const pagePupil = () => findPagePupil(root, chrome, url);
  const reading = readAs(recipe.kind, { tables: [table], blocks: [], chrome, context, pagePupil, shownToGuardians: isHubPage(url) });
  if (reading.pupils.length === 0)
    return { missing: [recipe.columns.pupil ?? recipe.columns.subject ?? ''].filter((header) => header !== '') };
  return reading;
}

/** The first table or grid with a header row holding every header the recipe names. */
function findTable(root: ParentNode, wanted: ReadonlyMap<string, RecipeColumn>): SemanticTable | undefined {
  const hasAll = (columns: readonly Column[]) => {
    let count = 0;
    const seen = new Set<string>();
    for (const column of columns) if (wanted.has(column.header) && !seen.has(column.header)) (seen.add(column.header), count++);
    return count === wanted.size;
  };
  for (const container of root.querySelectorAll(GRIDS)) {
    if (container.localName !== 'table' && container.parentElement?.closest(GRIDS)) continue;
    const table = readTableWith(container, hasAll);
    if (table) return table;
  }
  return undefined;
}

/** The table's columns with the meanings the recipe gives, and only those: the recipe decides. */
function withRecipeRoles(table: SemanticTable, wanted: ReadonlyMap<string, RecipeColumn>): SemanticTable {
  const mapped = new Map<Column, Column>();
  const columns = table.columns.map((column) => {
    let copy = mapped.get(column);
    if (!copy) {
      const meaning = wanted.get(column.header);
      const role = meaning ? ROLE[meaning] : undefined;
      const level = meaning ? LEVEL[meaning] : undefined;
      copy = { header: column.header, label: column.label, ...(role ? { role } : {}), ...(level ? { level } : {}) };
      mapped.set(column, copy);
    }
    return copy;
  });
  const byRole = new Map<ColumnRole, number[]>();
  columns.forEach((column, index) => {
    // A header spanning columns is one column; each meaning keeps its first column only, but for the
    // level columns, which share one meaning and differ by level.
    if (!column.role || columns[index - 1] === column) return;
    const list = byRole.get(column.role);
    if (!list) byRole.set(column.role, [index]);
    else if (column.role === 'level') list.push(index);
  });
  return { ...table, columns, byRole };
}

function fromRecipe(analysis: PageAnalysis): PageAnalysis {
  for (const risk of analysis.atRisk) risk.source = 'recipe';
  return analysis;
}
