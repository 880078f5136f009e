/** A figure measured several times: its median with the spread, so that noise is visible. */
export interface Figure {
  median: number;
  min: number;
  max: number;
  /** Number of runs (or samples) the median is taken over. */
  n: number;
  unit: string;
}

/** The q-th quantile (0..1) of `values` by linear interpolation between closest ranks. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) throw new Error('quantile of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] ?? 0;
  const b = sorted[hi] ?? a;
  return a + (b - a) * (pos - lo);
}

/** Median, min and max of several runs' values. */
export function figure(values: readonly number[], unit: string): Figure {
  if (values.length === 0) throw new Error('figure of no values');
  return {
    median: quantile(values, 0.5),
    min: Math.min(...values),
    max: Math.max(...values),
    n: values.length,
    unit,
  };
}

/** Runs `fn` `times` times and returns each run's wall time in milliseconds. */
export function timeRuns(times: number, fn: () => void): number[] {
  const out: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    fn();
    out.push(performance.now() - start);
  }
  return out;
}
