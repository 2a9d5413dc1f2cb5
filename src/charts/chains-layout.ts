/**
 * Where each event of a chain sits: its actor's swimlane, a point in time, and a sub-lane so
 * that neither dots nor labels overlap. Pure geometry, shared by the chart and by components.
 */
import { scaleUtc } from 'd3';
import type { Chain } from '../analysis/chains.js';
import { collapseActor } from '../analysis/actors.js';
import { dateSpan } from '../analysis/dates.js';
import type { Event } from '../events/types.js';
import { packLanes } from './lanes.js';
import { textWidth } from './svg.js';
import { gapAxis, type GapAxis } from './time-gaps.js';

export interface ChainPoint {
  event: Event;
  /** The swimlane: the event's first source (at the lane level), or "?" with none. */
  lane: string;
  /** Where the dot goes in time, inside its dated span and after what it answers. */
  at: Date;
  /** The dated span (undefined when undated). */
  span?: { start: Date; end: Date };
  /** Pixel centre, within the chart's frame. */
  x: number;
  y: number;
  label: string;
}

export interface ChainGeometry {
  domain: [Date, Date];
  /** The piecewise time axis over `domain`, with long empty stretches squeezed. */
  axis: GapAxis;
  points: ChainPoint[];
  lanes: { key: string; top: number; bottom: number }[];
  /** From the first lane's top to the last lane's bottom. */
  height: number;
}

export interface ChainGeometryOptions {
  laneBy: 'actor' | 'country';
  /** The frame's left and right pixel edges. */
  range: [number, number];
  top: number;
  rowHeight: number;
}

const DAY = 86_400_000;

export function chainGeometry(chain: Chain, options: ChainGeometryOptions): ChainGeometry {
  const { laneBy, range, top, rowHeight } = options;
  const spans = new Map(chain.events.map((e) => [e.id, e.date && dateSpan(e.date)]));
  const dated = [...spans.values()].filter((s) => s !== undefined);
  // A chain with no dated event still needs an axis; any year will do, its events are all hollow.
  const lo = dated.length ? Math.min(...dated.map((s) => s.start)) : Date.UTC(2000, 0, 1);
  const hi = Math.max(lo + DAY, ...dated.map((s) => s.end));
  const air = Math.max(10 * DAY, (hi - lo) * 0.04);
  const width = Math.max(1, range[1] - range[0]);
  const px = (hi - lo + 2 * air) / width;

  // In chain order every cause is placed before its answers (cycles aside).
  const at = new Map<string, number>();
  const causes = new Map<string, string[]>(chain.events.map((e) => [e.id, []]));
  const answers = new Map<string, string[]>(chain.events.map((e) => [e.id, []]));
  for (const l of chain.links) causes.get(l.to)?.push(l.from), answers.get(l.from)?.push(l.to);
  for (const e of chain.events) {
    const after = Math.max(-Infinity, ...causes.get(e.id)!.map((c) => at.get(c) ?? -Infinity)) + 10 * px;
    const span = spans.get(e.id);
    if (!span) {
      at.set(e.id, Number.isFinite(after) ? after : hi);
      continue;
    }
    // The middle of the span, unless a cause or an answer pins it earlier or later within it.
    const before = Math.min(Infinity, ...answers.get(e.id)!.map((a) => spans.get(a)?.start ?? Infinity));
    const mid = (span.start + span.end) / 2;
    at.set(e.id, Math.min(span.end - 1, Math.max(span.start, after, Math.min(mid, before))));
  }

  // Long stretches without events are squeezed (see time-gaps.ts); then room is kept on the
  // right for the labels of the last events.
  const labelOf = (e: Event) => `${e.measure ?? e.type.toLowerCase()}${spans.get(e.id) ? '' : ' (undated)'}`;
  const start = lo - air;
  const times = chain.events.map((e) => at.get(e.id)!);
  const end = hi + air;
  let axis = gapAxis(start, end, times, { range });
  const scale = scaleUtc(axis.domain, axis.range);
  const overflow = Math.max(0, ...chain.events.map((e) => scale(at.get(e.id)!) + 16 + textWidth(labelOf(e)) - range[1]));
  if (overflow > 0) axis = gapAxis(start, end, times, { range, reserve: Math.min(overflow + 4, width / 3) });
  const domain: [Date, Date] = [axis.domain[0]!, axis.domain[axis.domain.length - 1]!];

  const laneOf = (e: Event) => (e.source[0] ? collapseActor(e.source[0], laneBy === 'country' ? 'country' : 'actor') : '?');
  const keys = [...new Set(chain.events.map(laneOf))];
  const x = scaleUtc(axis.domain, axis.range);
  const points: ChainPoint[] = [];
  const lanes: ChainGeometry['lanes'] = [];
  let y = top;
  for (const key of keys) {
    const events = chain.events.filter((e) => laneOf(e) === key);
    const labels = events.map(labelOf);
    const packed = packLanes(events.map((e, i) => ({ x1: x(at.get(e.id)!) - 6, x2: x(at.get(e.id)!) + 10 + textWidth(labels[i]!) })), 4);
    events.forEach((e, i) => {
      const span = spans.get(e.id);
      points.push({ event: e, lane: key, at: new Date(at.get(e.id)!), x: x(at.get(e.id)!), ...(span ? { span: { start: new Date(span.start), end: new Date(span.end) } } : {}), y: y + (packed.lanes[i]! + 0.5) * rowHeight + 3, label: labels[i]! });
    });
    lanes.push({ key, top: y, bottom: y + packed.count * rowHeight + 6 });
    y += packed.count * rowHeight + 6;
  }
  const order = new Map(chain.events.map((e, i) => [e.id, i]));
  points.sort((a, b) => order.get(a.event.id)! - order.get(b.event.id)!);
  return { domain, axis, points, lanes, height: y - top };
}

/**
 * A bend (whole degrees) that bulges an arc at most ~24px, towards the middle of the lanes for
 * mostly horizontal arcs and to the left (away from labels) for mostly vertical ones. Plot bends
 * a positive angle clockwise, i.e. towards the left of the direction of travel.
 */
export function bendOf(from: ChainPoint, to: ChainPoint, middle: number): number {
  const [dx, dy] = [to.x - from.x, to.y - from.y];
  const length = Math.hypot(dx, dy);
  if (length < 1) return 0;
  const angle = Math.min(30, (2 * Math.atan((2 * 24) / length) * 180) / Math.PI);
  const [nx, ny] = [dy / length, -dx / length];
  const toMiddle = Math.sign(middle - (from.y + to.y) / 2);
  return Math.round(nx * -0.5 + ny * toMiddle >= 0 ? angle : -angle);
}
