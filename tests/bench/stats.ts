/** Summary statistics for benchmark samples: the median and the p10–p90 spread. */
export interface Summary {
  median: number;
  p10: number;
  p90: number;
  n: number;
}

export function summarise(samples: readonly number[]): Summary {
  if (samples.length === 0) return { median: Number.NaN, p10: Number.NaN, p90: Number.NaN, n: 0 };
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), p10: quantile(sorted, 0.1), p90: quantile(sorted, 0.9), n: sorted.length };
}

/** Linear interpolation between closest ranks, on already sorted samples. */
function quantile(sorted: readonly number[], q: number): number {
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}

/** Runs `work` `warmup` times unmeasured, then `samples` times measured; returns milliseconds per call. */
export function timeSync(
  work: () => void,
  { samples, warmup = 3, batch = 1 }: { samples: number; warmup?: number; batch?: number },
): number[] {
  for (let i = 0; i < warmup; i++) work();
  const times: number[] = [];
  for (let s = 0; s < samples; s++) {
    const start = performance.now();
    for (let b = 0; b < batch; b++) work();
    times.push((performance.now() - start) / batch);
  }
  return times;
}
