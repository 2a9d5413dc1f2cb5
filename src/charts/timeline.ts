/**
 * The timeline of measures: one row per actor or country, time across. Day-precise events are
 * dots; month- and year-precise ones are bars over the whole period their date allows. Overlapping
 * marks in a row take separate lanes. Above `binAbove` marks it switches to monthly counts.
 */
import * as Plot from '@observablehq/plot';
import { scaleUtc } from 'd3';
import { periodEnd, periodStart } from '../analysis/dates.js';
import { limitRows, timelineData, type TimelineData, type TimelineMark, type TimelineOptions } from '../analysis/timeline.js';
import type { EventsFile } from '../events/types.js';
import { TYPE_COLORS, typesInOrder } from './colors.js';
import { packLanes } from './lanes.js';
import { svgLegend } from './legend.js';
import { asSvg, documentOf, markAttributes, nameChart, note, textWidth, truncate, type DocumentOption } from './svg.js';
import { binnedTimeline } from './timeline-binned.js';

export interface TimelineChartOptions extends TimelineOptions, DocumentOption {
  /** Default 640. */
  width?: number;
  /** The start of the time axis, an ISO period at any precision; default the first mark's start. */
  from?: string;
  /** The end of the time axis (its whole period is included); default the last mark's end. */
  to?: string;
  /** Above this many marks, draw counts per row and month instead of each event. Default 2000. */
  binAbove?: number;
  /** Rows beyond this many are merged into one ("N others"), the least active first. Default 30. */
  maxRows?: number;
  /** Height of one lane of marks, in pixels. Default 14. */
  laneHeight?: number;
  /** The accessible name; default a summary of what is shown. */
  ariaLabel?: string;
}

export const TIMELINE_CHART_DEFAULTS = { width: 640, binAbove: 2000, maxRows: 30, laneHeight: 14 } as const;

interface TimelineFrame {
  width: number;
  domain: [Date, Date];
  marginLeft: number;
  marginRight: number;
  marginTop: number;
  marginBottom: number;
}

const DAY = 86_400_000;

export function timelineChart(input: EventsFile | TimelineData, options: TimelineChartOptions = {}): SVGSVGElement {
  const doc = documentOf(options);
  const o = { ...TIMELINE_CHART_DEFAULTS, ...options };
  const data = limitRows('format' in input ? timelineData(input, options) : input, o.maxRows);
  const all = data.rows.flatMap((r) => r.marks);
  const domain = timeDomain(all, o.from, o.to);
  const marginLeft = Math.min(180, Math.max(60, ...data.rows.map((r) => textWidth(truncate(r.label, 28)) + 14)));
  if (all.length > o.binAbove) return binnedTimeline(data, domain, { ...o, document: doc, marginLeft });

  const shown = (m: TimelineMark) => +m.end > +domain[0] && +m.start < +domain[1];
  // Rows with nothing inside from–to are left out rather than drawn empty.
  const rows = data.rows.map((r) => ({ ...r, marks: r.marks.filter(shown) })).filter((r) => r.marks.length);
  const visible = rows.flatMap((r) => r.marks);
  const types = typesInOrder(visible.map((m) => m.type));
  const undated = new Set(data.undated.map((u) => u.event)).size;
  const legend = svgLegend(
    [...types.map((t) => ({ label: t.toLowerCase(), color: TYPE_COLORS[t] })), { label: 'day', color: '#777' }, { label: 'month or year', color: '#777', symbol: 'bar' as const }],
    { document: doc, width: o.width - 20, x: 10, y: 6 },
  );
  const frame: TimelineFrame = { width: o.width, domain, marginLeft, marginRight: 20, marginTop: legend.height + 14, marginBottom: undated ? 44 : 30 };
  const x = scaleUtc(domain, [frame.marginLeft, o.width - frame.marginRight]);
  const minSpan = 6 * ((+domain[1] - +domain[0]) / (o.width - frame.marginLeft - frame.marginRight));

  // Lanes within each row, packed in pixels so that marks close on screen separate.
  const placed: (TimelineMark & { y: number; x2: Date })[] = [];
  const bands: { key: string; label: string; top: number; bottom: number; odd: boolean }[] = [];
  let top = frame.marginTop;
  rows.forEach((row, r) => {
    const marks = row.marks;
    const extents = marks.map((m) => (m.precision === 'day' ? { x1: x(+m.start + DAY / 2) - 5, x2: x(+m.start + DAY / 2) + 5 } : { x1: x(m.start), x2: Math.max(x(m.end), x(m.start) + 6) }));
    const { lanes, count } = packLanes(extents, 2);
    const pad = 3;
    marks.forEach((m, i) => placed.push({ ...m, y: top + pad + (lanes[i]! + 0.5) * o.laneHeight, x2: new Date(Math.max(+m.end, +m.start + minSpan)) }));
    const bottom = top + count * o.laneHeight + 2 * pad;
    bands.push({ key: row.key, label: truncate(row.label, 28), top, bottom, odd: r % 2 === 1 });
    top = bottom;
  });
  const height = top + frame.marginBottom;
  const spans = placed.filter((m) => m.precision !== 'day');
  const days = placed.filter((m) => m.precision === 'day');
  const h = o.laneHeight / 2 - 2;
  const tip = {
    channels: { Actor: (m: TimelineMark) => data.rows.find((r) => r.key === m.row)?.label ?? m.row, Type: 'type', Measure: 'measure', Date: 'date', Sentence: 'text', Document: (m: TimelineMark) => m.docTitle ?? m.doc },
    tip: { format: { x: false, x1: false, x2: false, y: false, y1: false, y2: false, fill: false, stroke: false } },
  } as const;
  const attrs = (marks: TimelineMark[]) => markAttributes((i) => ({ 'data-event': marks[i]!.event, 'data-type': marks[i]!.type, 'data-row': marks[i]!.row, 'data-precision': marks[i]!.precision }));

  const svg = asSvg(Plot.plot({
    document: doc, width: o.width, height, marginLeft: frame.marginLeft, marginRight: frame.marginRight, marginTop: frame.marginTop, marginBottom: frame.marginBottom,
    x: { type: 'utc', domain, label: null, grid: true }, y: { type: 'identity', axis: null }, color: { type: 'identity' },
    marks: [
      Plot.rect(bands.filter((b) => b.odd), { y1: 'top', y2: 'bottom', fill: '#f2f2f2' }),
      Plot.text(bands, { frameAnchor: 'left', dx: -6, y: (b: (typeof bands)[number]) => (b.top + b.bottom) / 2, text: 'label', textAnchor: 'end', fill: '#222', render: markAttributes((i) => ({ 'data-row': bands[i]!.key })) }),
      Plot.rect(spans, { x1: 'start', x2: 'x2', y1: (m: (typeof spans)[number]) => m.y - h, y2: (m: (typeof spans)[number]) => m.y + h, rx: 2, fill: (m: TimelineMark) => TYPE_COLORS[m.type], fillOpacity: 0.45, stroke: (m: TimelineMark) => TYPE_COLORS[m.type], clip: 'frame', ...tip, render: attrs(spans) }),
      Plot.dot(days, { x: (m: TimelineMark) => new Date(+m.start + DAY / 2), y: 'y', r: 4, fill: (m: TimelineMark) => TYPE_COLORS[m.type], stroke: 'white', strokeWidth: 1, ...tip, render: attrs(days) }),
    ],
  }));
  svg.append(legend.element);
  nameChart(svg, o.ariaLabel ?? `Timeline of ${new Set(placed.map((m) => m.event)).size} measures in ${bands.length} rows`, undated ? `${undated} undated ${undated === 1 ? 'event is' : 'events are'} not shown` : undefined);
  if (undated) svg.append(note(doc, o.width - frame.marginRight, height - 6, `${undated} undated ${undated === 1 ? 'event' : 'events'} not shown`));
  return svg;
}

/** The time axis: the options' from/to periods, else the marks' extent with a little air. */
export function timeDomain(marks: readonly { start: Date; end: Date }[], from?: string, to?: string): [Date, Date] {
  let lo = from ? periodStart(from) : NaN;
  let hi = to ? periodEnd(to) : NaN;
  if (marks.length && (Number.isNaN(lo) || Number.isNaN(hi))) {
    let min = Infinity;
    let max = -Infinity;
    for (const m of marks) (min = Math.min(min, +m.start)), (max = Math.max(max, +m.end));
    const air = Math.max(15 * DAY, (max - min) * 0.03);
    if (Number.isNaN(lo)) lo = min - air;
    if (Number.isNaN(hi)) hi = max + air;
  }
  if (Number.isNaN(lo) || Number.isNaN(hi) || hi <= lo) {
    lo = Number.isNaN(lo) ? (Number.isNaN(hi) ? Date.UTC(2000, 0, 1) : hi - 365 * DAY) : lo;
    hi = Math.max(lo + DAY, Number.isNaN(hi) ? lo + 365 * DAY : hi);
  }
  return [new Date(lo), new Date(hi)];
}
