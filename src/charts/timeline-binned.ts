/**
 * The timeline for large corpora: events counted per row and month, darker for more. Thousands
 * of dots in a row only hide each other; a count per month stays readable and cheap to draw.
 * Year-precise events are counted per year in a thin strip along the bottom of their row rather
 * than piled into January.
 */
import * as Plot from '@observablehq/plot';
import { interpolatePurples } from 'd3';
import { timelineBins, type TimelineBin } from '../analysis/bins.js';
import type { TimelineData } from '../analysis/timeline.js';
import { svgLegend } from './legend.js';
import { asSvg, markAttributes, nameChart, truncate } from './svg.js';

export interface BinnedTimelineOptions {
  document: Document;
  width: number;
  marginLeft: number;
  ariaLabel?: string;
}

const ROW = 18;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function binnedTimeline(data: TimelineData, domain: [Date, Date], options: BinnedTimelineOptions): SVGSVGElement {
  const { document: doc, width, marginLeft } = options;
  const bins = timelineBins(data).filter((b) => +b.end > +domain[0] && +b.start < +domain[1]);
  const max = Math.max(1, ...bins.map((b) => b.count));
  const color = (count: number) => interpolatePurples(0.25 + 0.75 * Math.sqrt(count / max));
  const steps = [...new Set([1, Math.round(max / 8), Math.round(max / 3), max].filter((v) => v >= 1))].sort((a, b) => a - b);
  const legend = svgLegend(
    steps.map((v) => ({ label: String(v), color: color(v), symbol: 'square' as const })),
    { document: doc, width: width - 20, x: 10, y: 6, title: 'events per month' },
  );
  const marginTop = legend.height + 14;
  const rowIndex = new Map(data.rows.map((r, i) => [r.key, i]));
  const top = (b: TimelineBin) => marginTop + rowIndex.get(b.row)! * ROW;
  const months = bins.filter((b) => b.precision === 'month');
  const years = bins.filter((b) => b.precision === 'year');
  const bands = data.rows.map((r, i) => ({ key: r.key, label: truncate(r.label, 28), top: marginTop + i * ROW, odd: i % 2 === 1 }));
  const height = marginTop + data.rows.length * ROW + 30;
  const title = (b: TimelineBin) =>
    `${data.rows[rowIndex.get(b.row)!]!.label}, ${b.precision === 'year' ? `${b.start.getUTCFullYear()} (dated to the year only)` : `${MONTHS[b.start.getUTCMonth()]} ${b.start.getUTCFullYear()}`}: ${b.count} ${b.count === 1 ? 'event' : 'events'}`;
  const attrs = (list: TimelineBin[]) => markAttributes((i) => ({ 'data-row': list[i]!.row, 'data-start': list[i]!.start.toISOString().slice(0, 7), 'data-precision': list[i]!.precision, 'data-count': list[i]!.count }));

  const svg = asSvg(Plot.plot({
    document: doc, width, height, marginLeft, marginRight: 20, marginTop, marginBottom: 30,
    x: { type: 'utc', domain, label: null, grid: true }, y: { type: 'identity', axis: null }, color: { type: 'identity' },
    marks: [
      Plot.rect(bands.filter((b) => b.odd), { y1: 'top', y2: (b: (typeof bands)[number]) => b.top + ROW, fill: '#f2f2f2' }),
      Plot.text(bands, { frameAnchor: 'left', dx: -6, y: (b: (typeof bands)[number]) => b.top + ROW / 2, text: 'label', textAnchor: 'end', fill: '#222' }),
      Plot.rect(months, { x1: 'start', x2: 'end', y1: (b: TimelineBin) => top(b) + 2, y2: (b: TimelineBin) => top(b) + ROW - 6, insetLeft: 0.5, insetRight: 0.5, fill: (b: TimelineBin) => color(b.count), title, clip: 'frame', render: attrs(months) }),
      Plot.rect(years, { x1: 'start', x2: 'end', y1: (b: TimelineBin) => top(b) + ROW - 5, y2: (b: TimelineBin) => top(b) + ROW - 2, insetLeft: 0.5, insetRight: 0.5, fill: (b: TimelineBin) => color(b.count), title, clip: 'frame', render: attrs(years) }),
    ],
  }));
  svg.append(legend.element);
  const total = bins.reduce((s, b) => s + b.count, 0);
  nameChart(svg, options.ariaLabel ?? `Timeline of ${total} measures in ${data.rows.length} rows, counted per month`);
  svg.setAttribute('data-binned', 'month');
  return svg;
}
