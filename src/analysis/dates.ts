/**
 * ISO periods as UTC instants. An events file dates things only as precisely as the text does
 * ("2014", "2014-05", "2014-05-21"), so every date here is a half-open span [start, end) of
 * milliseconds, never a point: a month-precise event is the whole month, not its first day.
 */
import type { EventDate, Precision } from '../events/types.js';

/** A half-open span of UTC milliseconds, [start, end). */
export interface Span {
  start: number;
  end: number;
}

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;
const RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

interface Parts {
  y: number;
  m: number;
  d: number;
  precision: Precision;
}

function parts(iso: string, precision?: Precision): Parts | undefined {
  const match = ISO.exec(iso.trim());
  if (!match) return undefined;
  const own: Precision = match[3] ? 'day' : match[2] ? 'month' : 'year';
  // A declared precision may be coarser than the string ("2014-05-21" at month precision), never finer.
  const p = precision && RANK[precision] < RANK[own] ? precision : own;
  const y = Number(match[1]);
  const m = RANK[p] >= 1 ? Number(match[2]) : 1;
  const d = RANK[p] >= 2 ? Number(match[3]) : 1;
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  return { y, m, d, precision: p };
}

/** The precision an ISO string carries: "2014" → year, "2014-05" → month, "2014-05-21" → day. */
export function periodPrecision(iso: string): Precision | undefined {
  return parts(iso)?.precision;
}

/** The first instant of the period `iso` names, in UTC milliseconds; NaN when it is not an ISO date. */
export function periodStart(iso: string, precision?: Precision): number {
  const p = parts(iso, precision);
  return p ? Date.UTC(p.y, p.m - 1, p.d) : NaN;
}

/** The first instant after the period `iso` names (exclusive end), in UTC milliseconds; NaN when invalid. */
export function periodEnd(iso: string, precision?: Precision): number {
  const p = parts(iso, precision);
  if (!p) return NaN;
  if (p.precision === 'year') return Date.UTC(p.y + 1, 0, 1);
  if (p.precision === 'month') return Date.UTC(p.y, p.m, 1);
  return Date.UTC(p.y, p.m - 1, p.d + 1);
}

/** The span an event date covers at its precision: its start period to the end of its end period. */
export function dateSpan(date: EventDate): Span | undefined {
  const start = periodStart(date.start, date.precision);
  const end = periodEnd(date.end ?? date.start, date.precision);
  if (Number.isNaN(start) || Number.isNaN(end)) return undefined;
  return { start, end: Math.max(end, periodEnd(date.start, date.precision)) };
}

/** Whether two half-open spans share at least one instant. */
export function spansOverlap(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** A short human label for an ISO period: "21 May 2014", "May 2014", "2014". */
export function formatPeriod(iso: string, precision?: Precision): string {
  const p = parts(iso, precision);
  if (!p) return iso;
  if (p.precision === 'year') return String(p.y);
  if (p.precision === 'month') return `${MONTHS[p.m - 1]} ${p.y}`;
  return `${p.d} ${MONTHS[p.m - 1]} ${p.y}`;
}

/** A label for an event date, with its range when it has one: "May 2014", "May 2014 – Jun 2014". */
export function formatDate(date: EventDate): string {
  const start = formatPeriod(date.start, date.precision);
  const end = date.end ? formatPeriod(date.end, date.precision) : start;
  return end === start ? start : `${start} – ${end}`;
}
