import type { Summary } from './stats';

/**
 * One line of the benchmark table. Benchmarks report figures; `within` says whether a budget was met
 * but never fails the run.
 */
export interface Row {
  group: string;
  measure: string;
  /** Unit of median/spread/budget, e.g. 'ms', 'KB', 'reads'. */
  unit: string;
  summary?: Summary;
  /** A single figure (sizes, counts) instead of a distribution. */
  value?: number;
  budget?: { limit: number; label?: string; kind?: 'max' | 'ratio' };
  /** Insyn ÷ baseline in the same run, with the baseline named. */
  ratio?: { value: number; baseline: string; limit?: number };
  note?: string;
}

export type Verdict = 'yes' | 'NO' | '—';

/** A row is within budget when its median (or value) and its ratio both meet their limits. */
export function verdict(row: Row): Verdict {
  const checks: boolean[] = [];
  const figure = row.summary?.median ?? row.value;
  if (row.budget && figure !== undefined && Number.isFinite(figure)) checks.push(figure <= row.budget.limit);
  if (row.ratio?.limit !== undefined && !Number.isNaN(row.ratio.value)) checks.push(row.ratio.value <= row.ratio.limit);
  if (checks.length === 0) return '—';
  return checks.every(Boolean) ? 'yes' : 'NO';
}

export function formatNumber(value: number): string {
  if (value === Infinity) return '∞';
  if (!Number.isFinite(value)) return 'n/a';
  if (Number.isInteger(value)) return String(value);
  const abs = Math.abs(value);
  if (abs >= 100) return value.toFixed(0);
  if (abs >= 10) return value.toFixed(1);
  if (abs >= 1) return value.toFixed(2);
  return value.toFixed(3);
}

const withUnit = (value: number, unit: string) => `${formatNumber(value)} ${unit}`.trim();

function budgetText(row: Row): string {
  const parts: string[] = [];
  if (row.budget) parts.push(row.budget.label ?? `< ${withUnit(row.budget.limit, row.unit)}`);
  if (row.ratio?.limit !== undefined) parts.push(`≤ ${formatNumber(row.ratio.limit)}× ${row.ratio.baseline}`);
  return parts.join(', ') || '—';
}

export function columns(row: Row): string[] {
  const figure = row.summary ? withUnit(row.summary.median, row.unit) : row.value !== undefined ? withUnit(row.value, row.unit) : 'n/a';
  const spread = row.summary ? `${formatNumber(row.summary.p10)}–${formatNumber(row.summary.p90)} (n=${row.summary.n})` : '—';
  const ratio = row.ratio ? `${formatNumber(row.ratio.value)}× ${row.ratio.baseline}` : '—';
  return [row.group, row.measure, figure, spread, budgetText(row), ratio, verdict(row), row.note ?? ''];
}

export const HEADER = ['area', 'measure', 'median', 'p10–p90', 'budget', 'ratio', 'within', 'note'];

/** A Markdown table: readable in a terminal and pasteable into docs/performance.md as it is. */
export function renderTable(rows: readonly Row[]): string {
  const lines = [HEADER, HEADER.map(() => '---'), ...rows.map(columns)];
  const escape = (cell: string) => cell.replace(/\|/g, '\\|');
  return lines.map((cells) => `| ${cells.map(escape).join(' | ')} |`).join('\n');
}
