import { t } from '@/utils/i18n';

/**
 * A horizontal bar chart of shares, drawn by hand so it stays small and readable: every bar carries its
 * value as text, bars below the target are also striped and marked in words (colour is never the only
 * signal), and the figures are in the table that follows the chart.
 */
export interface Bar {
  label: string;
  /** 0–1, or null when there is nothing to measure. */
  value: number | null;
  /** The value in words, e.g. "75 % (3 av 4)". */
  text: string;
}

const ROW = 28;
const LABEL = 180;
// The value's words ("75 % (3 av 4) · under målet") need about 260 units beside the bar: inside the
// drawing, so a printed page, which clips what overflows it, shows them whole.
const VALUE = 260;
const WIDTH = 760;
const BAR = WIDTH - LABEL - VALUE;

export function BarChart({
  id,
  title,
  description,
  bars,
  target = 1,
}: {
  id: string;
  title: string;
  description: string;
  bars: Bar[];
  target?: number;
}) {
  const height = Math.max(1, bars.length) * ROW + 8;
  return (
    <figure class="bar-chart">
      <figcaption>
        <strong>{title}</strong> {description}
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <defs>
          <pattern id="insyn-below-pattern" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <line class="pattern-line" x1="0" y1="0" x2="0" y2="8" />
          </pattern>
        </defs>
        {bars.map((bar, i) => {
          const y = i * ROW + 4;
          const below = bar.value !== null && bar.value < target;
          const width = bar.value === null ? 0 : Math.max(2, bar.value * BAR);
          return (
            <g key={bar.label}>
              <text x={LABEL - 8} y={y + 15} text-anchor="end">
                {bar.label}
              </text>
              <rect class="track" x={LABEL} y={y} width={BAR} height={ROW - 8} />
              {bar.value !== null && <rect class={below ? 'bar below' : 'bar'} x={LABEL} y={y} width={width} height={ROW - 8} />}
              <text x={LABEL + BAR + 8} y={y + 15}>
                {below ? `${bar.text} · ${t('principal_belowTarget')}` : bar.text}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
