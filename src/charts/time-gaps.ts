/**
 * A time axis that keeps a burst of events readable: when a chain has ten events in one month
 * and one a year later, the empty year is squeezed to a short stretch marked as a break, instead
 * of leaving the month a smudge at the edge. Only long empty stretches (over `share` of the span,
 * and far longer than the usual gap) of chains with several events are squeezed; others keep a
 * plain linear axis. The result is a piecewise scale (Plot and d3 take a domain and a range of
 * more than two stops), its breaks, and ticks chosen per unsqueezed stretch so they never crowd.
 */
import { scaleUtc, utcFormat, utcTicks } from 'd3';

export interface GapAxis {
  /** Stops of the piecewise scale, in time and in pixels (same length, increasing). */
  domain: Date[];
  range: number[];
  /** The squeezed stretches. */
  breaks: { start: Date; end: Date }[];
  ticks: Date[];
  tickFormat: (date: Date) => string;
}

export interface GapAxisOptions {
  /** Pixel extent of the axis. */
  range: [number, number];
  /** Pixels kept free at the right (for labels); the axis runs on at its last rate. Default 0. */
  reserve?: number;
  /** Squeeze only with at least this many events. Default 4. */
  minEvents?: number;
  /** Squeeze empty stretches longer than this share of the span. Default 0.25. */
  share?: number;
  /** The share of the width a squeezed stretch keeps. Default 0.06. */
  squeezedShare?: number;
  /** Minimum pixels between ticks. Default 70. */
  tickSpacing?: number;
}

/** The axis over [start, end] for events at `times` (each within it). */
export function gapAxis(start: number, end: number, times: readonly number[], options: GapAxisOptions): GapAxis {
  const { range, reserve = 0, minEvents = 4, share = 0.25, tickSpacing = 70 } = options;
  const stops = [...new Set([start, ...times.filter((t) => t > start && t < end), end])].sort((a, b) => a - b);
  const gaps = stops.slice(1).map((t, i) => t - stops[i]!);
  const total = Math.max(1, end - start);
  const interior = (i: number) => i > 0 && i < gaps.length - 1;
  // Long: over `share` of the span, and far longer than the usual gap between events (so that
  // evenly spread events keep a linear axis).
  const inner = gaps.filter((_, i) => interior(i)).sort((a, b) => a - b);
  const usual = inner[Math.floor((inner.length - 1) / 2)] ?? 0;
  const long = gaps.map((g, i) => times.length >= minEvents && interior(i) && g > share * total && g > 4 * usual);
  const n = long.filter(Boolean).length;
  // Each squeezed stretch gets `f` of the final width: L = f·U / (1 − n·f), U the unsqueezed time.
  const f = Math.min(options.squeezedShare ?? 0.06, 0.5 / Math.max(1, n));
  const unsqueezed = gaps.reduce((sum, g, i) => sum + (long[i] || !interior(i) ? 0 : g), 0);
  const limit = (f * unsqueezed) / (1 - n * f);
  // Once anything is squeezed, the air before the first event and after the last is kept short too
  // (without a break mark: nothing is cut there).
  const weights = gaps.map((g, i) => (long[i] ? Math.min(g, limit) : n && !interior(i) ? Math.min(g, 0.08 * unsqueezed) : g));
  const squeezed = weights.map((w, i) => w < gaps[i]!);
  const marked = squeezed.map((q, i) => q && long[i]);
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  const [r0, r1] = [range[0], Math.max(range[0] + 1, range[1] - reserve)];
  const pixels = [r0];
  for (const w of weights) pixels.push(pixels[pixels.length - 1]! + ((r1 - r0) * w) / sum);

  // Stops only where the rate changes: squeezed stretches keep their ends, the rest merge.
  const keep = stops.map((_, i) => i === 0 || i === stops.length - 1 || squeezed[i - 1] || squeezed[i]);
  const domain = stops.filter((_, i) => keep[i]).map((t) => new Date(t));
  const pxs = pixels.filter((_, i) => keep[i]);
  if (reserve > 0 && range[1] > r1) {
    const last = squeezed[squeezed.length - 1] ? (sum / (r1 - r0)) : (+domain[domain.length - 1]! - +domain[domain.length - 2]!) / Math.max(1, pxs[pxs.length - 1]! - pxs[pxs.length - 2]!);
    domain.push(new Date(+domain[domain.length - 1]! + last * (range[1] - r1)));
    pxs.push(range[1]);
  }
  const breaks = gaps.flatMap((_, i) => (marked[i] ? [{ start: new Date(stops[i]!), end: new Date(stops[i + 1]!) }] : []));

  const x = scaleUtc(domain, pxs);
  const ticks: Date[] = [];
  const isBreak = (a: Date, b: Date) => breaks.some((k) => +k.start === +a && +k.end === +b);
  for (let i = 0; i + 1 < domain.length; i++) {
    if (isBreak(domain[i]!, domain[i + 1]!)) continue;
    const count = Math.max(1, Math.round((pxs[i + 1]! - pxs[i]!) / tickSpacing));
    for (const t of utcTicks(domain[i]!, domain[i + 1]!, count)) {
      const at = x(t);
      const last = ticks[ticks.length - 1];
      const clear = breaks.every((k) => at < x(k.start) - 12 || at > x(k.end) + 12);
      if (clear && (!last || at - x(last) >= tickSpacing * 0.8)) ticks.push(t);
    }
  }
  return { domain, range: pxs, breaks, ticks, tickFormat: tickFormat(ticks, breaks) };
}

// Day ticks say the day, month ticks the month; the year comes with the first tick, the first
// after each break, and each January.
function tickFormat(ticks: readonly Date[], breaks: readonly { end: Date }[]): (date: Date) => string {
  if (ticks.every((t) => t.getUTCMonth() === 0 && t.getUTCDate() === 1)) return utcFormat('%Y');
  const days = ticks.some((t) => t.getUTCDate() !== 1);
  const afterBreak = new Set(breaks.map((b) => ticks.find((t) => +t >= +b.end)).filter((t) => t !== undefined));
  const withYear = (d: Date) => d === ticks[0] || afterBreak.has(d) || (d.getUTCMonth() === 0 && (!days || d.getUTCDate() === 1));
  return days ? (d) => utcFormat(withYear(d) ? '%-d %b %Y' : '%-d %b')(d) : (d) => utcFormat(withYear(d) ? '%b %Y' : '%b')(d);
}
