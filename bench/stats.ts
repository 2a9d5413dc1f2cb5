/** Medians and spreads of repeated measurements, and the rounding the reports use. */

export interface Summary {
  /** The median of the runs. */
  median: number;
  min: number;
  max: number;
  /** (max − min) / median: how far apart the runs were. */
  spread: number;
  runs: number[];
}

export function summarize(values: readonly number[]): Summary {
  if (!values.length) throw new Error('summarize: no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const [min, max] = [sorted[0]!, sorted[sorted.length - 1]!];
  return { median, min, max, spread: median ? (max - min) / median : 0, runs: [...values] };
}

/** Rounded to `digits` significant digits (at least whole units above 10^digits). */
export function round(value: number, digits = 3): number {
  if (!Number.isFinite(value) || value === 0) return value;
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  const factor = 10 ** Math.max(0, digits - 1 - magnitude);
  return Math.round(value * factor) / factor;
}

export function roundSummary(s: Summary, digits = 3): Summary {
  return { median: round(s.median, digits), min: round(s.min, digits), max: round(s.max, digits), spread: round(s.spread, 2), runs: s.runs.map((v) => round(v, digits)) };
}
