/**
 * Retaliation chains as swimlanes: one lane per acting actor, time across, an arrow from each
 * event to its answer. Stated links (the text says so) are solid, inferred ones dashed;
 * retaliation is dark, other responses grey. Each chain has its own time axis, longest first.
 */
import * as Plot from '@observablehq/plot';
import { chains as chainsOf, type Chain } from '../analysis/chains.js';
import { formatDate } from '../analysis/dates.js';
import type { Actor, EventsFile, Link } from '../events/types.js';
import { bendOf, chainGeometry, type ChainPoint } from './chains-layout.js';
import { TYPE_COLORS, typesInOrder } from './colors.js';
import { svgLegend } from './legend.js';
import { asSvg, documentOf, markAttributes, nameChart, svgElement, textWidth, truncate, type DocumentOption } from './svg.js';

export interface ChainsChartOptions extends DocumentOption {
  /** Default 640. */
  width?: number;
  /** Draw at most this many chains (the longest). Default 5. */
  maxChains?: number;
  /** One lane per actor code, or per country. Default "actor". */
  laneBy?: 'actor' | 'country';
  /** Actors for lane names; taken from the file when the input is a file. */
  actors?: readonly Actor[];
  /** Height of one row of events in a lane, in pixels. Default 20. */
  rowHeight?: number;
  /** The accessible name; default a summary such as "Retaliation chains: 3 chains, the longest of 8 events". */
  ariaLabel?: string;
}

export const CHAINS_CHART_DEFAULTS = { width: 640, maxChains: 5, laneBy: 'actor', rowHeight: 20 } as const;

export const LINK_COLORS = { retaliation: '#222', response: '#999' } as const;

const HEADER = 22;

export function chainsChart(input: EventsFile | Chain | readonly Chain[], options: ChainsChartOptions = {}): SVGSVGElement {
  const doc = documentOf(options);
  const o = { ...CHAINS_CHART_DEFAULTS, ...options };
  const all: Chain[] = 'format' in input ? chainsOf(input) : isChain(input) ? [input] : [...input];
  const sorted = all.sort((a, b) => b.events.length - a.events.length);
  const shown = sorted.slice(0, o.maxChains);
  const names = new Map(('format' in input ? input.actors : (o.actors ?? [])).map((a) => [a.id, a.name]));
  const laneName = (key: string) => truncate(o.laneBy === 'actor' ? (names.get(key) ?? key) : key, 26);

  const types = typesInOrder(shown.flatMap((c) => c.events.map((e) => e.type)));
  const legend = svgLegend(
    [
      ...types.map((t) => ({ label: t.toLowerCase(), color: TYPE_COLORS[t] })),
      { label: 'retaliation', color: LINK_COLORS.retaliation, symbol: 'line' as const },
      { label: 'response', color: LINK_COLORS.response, symbol: 'line' as const },
      { label: 'stated', color: '#555', symbol: 'line' as const },
      { label: 'inferred', color: '#555', symbol: 'dashed' as const },
    ],
    { document: doc, width: o.width - 20, x: 10, y: 6 },
  );
  const svg = svgElement(doc, 'svg', { 'font-family': 'system-ui, sans-serif', 'font-size': 10, fill: 'currentColor' });
  svg.append(legend.element);
  const marginLeft = Math.min(170, Math.max(60, ...shown.flatMap((c) => c.events.map((e) => textWidth(laneName(e.source[0] ?? '?')) + 14))));
  let y = legend.height + 10;
  shown.forEach((chain, i) => {
    const g = svgElement(doc, 'g', { class: 'chain', 'data-chain': chain.id, transform: `translate(0,${y})` });
    const header = svgElement(doc, 'text', { x: 10, y: 15, 'font-weight': 'bold', 'font-size': 11 });
    header.textContent = `Chain ${i + 1}: ${chain.events.length} events${span(chain)}`;
    const plot = chainPlot(chain, { ...o, document: doc, marginLeft, laneName });
    plot.setAttribute('y', String(HEADER));
    g.append(header, plot);
    svg.append(g);
    y += HEADER + Number(plot.getAttribute('height')) + 8;
  });
  if (!shown.length) {
    const empty = svgElement(doc, 'text', { x: 10, y: y + 14, fill: '#666' });
    empty.textContent = 'No linked events.';
    svg.append(empty);
  }
  const height = shown.length ? y : y + 24;
  for (const [k, v] of Object.entries({ width: o.width, height, viewBox: `0 0 ${o.width} ${height}` })) svg.setAttribute(k, String(v));
  const longest = shown[0]?.events.length ?? 0;
  nameChart(svg, o.ariaLabel ?? `Retaliation chains: ${all.length} ${all.length === 1 ? 'chain' : 'chains'}${longest ? `, the longest of ${longest} events` : ''}`, all.length > shown.length ? `the ${shown.length} longest are shown` : undefined);
  return svg;
}

interface ChainPlotOptions {
  document: Document;
  width: number;
  marginLeft: number;
  rowHeight: number;
  laneBy: 'actor' | 'country';
  laneName: (key: string) => string;
}

function chainPlot(chain: Chain, o: ChainPlotOptions): SVGSVGElement {
  const marginRight = 16;
  const first = chainGeometry(chain, { laneBy: o.laneBy, range: [o.marginLeft, o.width - marginRight], top: 4, rowHeight: o.rowHeight });
  // With one lane, arcs between its events can only bulge upwards: make room for them.
  const marginTop = first.lanes.length === 1 && chain.links.length ? 28 : 4;
  const geometry = marginTop === 4 ? first : chainGeometry(chain, { laneBy: o.laneBy, range: [o.marginLeft, o.width - marginRight], top: marginTop, rowHeight: o.rowHeight });
  const at = new Map(geometry.points.map((p) => [p.event.id, p]));
  const middle = geometry.height / 2 + marginTop;
  const arcs = chain.links.flatMap((link) => {
    const [from, to] = [at.get(link.from), at.get(link.to)];
    return from && to ? [{ link, from, to, bend: bendOf(from, to, middle) }] : [];
  });
  type Arc = (typeof arcs)[number];
  // Plot's bend is one constant per mark, so arcs are grouped by their bend, stated and inferred apart.
  const groups = [...new Set(arcs.map((a) => `${a.link.evidence ? 's' : 'i'}${a.bend}`))].sort();
  const arrows = groups.map((key) => {
    const group = arcs.filter((a) => `${a.link.evidence ? 's' : 'i'}${a.bend}` === key);
    const inferred = key.startsWith('i');
    return Plot.arrow(group, {
      x1: (a: Arc) => a.from.at, y1: (a: Arc) => a.from.y, x2: (a: Arc) => a.to.at, y2: (a: Arc) => a.to.y,
      bend: group[0]!.bend, insetStart: 7, insetEnd: 8, headLength: 9,
      stroke: (a: Arc) => LINK_COLORS[a.link.kind], strokeWidth: (a: Arc) => (a.link.kind === 'retaliation' ? 1.6 : 1.3), strokeDasharray: inferred ? '4,3' : undefined,
      title: (a: Arc) => linkTitle(a.link),
      render: markAttributes((i) => ({ 'data-from': group[i]!.link.from, 'data-to': group[i]!.link.to, 'data-inferred': String(inferred), 'data-kind': group[i]!.link.kind })),
    });
  });
  const spans = geometry.points.filter((p) => p.span && p.event.date?.precision !== 'day');
  const lanes = geometry.lanes.map((l, i) => ({ ...l, odd: i % 2 === 1 }));
  const color = (p: ChainPoint) => TYPE_COLORS[p.event.type];
  const height = geometry.height + marginTop + 32;
  return asSvg(Plot.plot({
    document: o.document, width: o.width, height, marginLeft: o.marginLeft, marginRight, marginTop, marginBottom: 32,
    x: { type: 'utc', domain: geometry.axis.domain, range: geometry.axis.range, ticks: geometry.axis.ticks, tickFormat: geometry.axis.tickFormat, label: null, grid: true },
    y: { type: 'identity', axis: null }, color: { type: 'identity' },
    marks: [
      Plot.rect(lanes.filter((l) => l.odd), { y1: 'top', y2: 'bottom', fill: '#f2f2f2' }),
      // A squeezed stretch of time: a dashed line across the lanes and a mark on the axis.
      Plot.ruleX(geometry.axis.breaks, { x: (b: Break) => new Date((+b.start + +b.end) / 2), stroke: '#999', strokeDasharray: '2,3' }),
      Plot.text(geometry.axis.breaks, { x: (b: Break) => new Date((+b.start + +b.end) / 2), frameAnchor: 'bottom', dy: 10, text: () => '≈', fontSize: 12, fill: '#666' }),
      Plot.text(lanes, { frameAnchor: 'left', dx: -6, y: (l: (typeof lanes)[number]) => (l.top + l.bottom) / 2, text: (l: (typeof lanes)[number]) => o.laneName(l.key), textAnchor: 'end', fill: '#222' }),
      // The whole period a month- or year-precise date allows, behind its dot.
      Plot.ruleY(spans, { y: 'y', x1: (p: ChainPoint) => p.span!.start, x2: (p: ChainPoint) => p.span!.end, stroke: color, strokeOpacity: 0.25, strokeWidth: 5, strokeLinecap: 'round', clip: 'frame' }),
      Plot.text(geometry.points, { x: 'at', y: 'y', dx: 9, text: 'label', textAnchor: 'start', fill: '#333', stroke: 'white', strokeWidth: 3, paintOrder: 'stroke' }),
      ...arrows,
      Plot.dot(geometry.points, {
        x: 'at', y: 'y', r: 5, fill: (p: ChainPoint) => (p.span ? color(p) : 'white'), stroke: (p: ChainPoint) => (p.span ? 'white' : color(p)), strokeWidth: 1.5,
        title: (p: ChainPoint) => `${p.event.type}${p.event.measure ? ` (${p.event.measure})` : ''}, ${p.event.date ? formatDate(p.event.date) : 'undated'}: ${p.event.source.join(', ') || '?'} → ${p.event.target.join(', ') || '?'}\n${p.event.mentions[0]?.text ?? ''}`,
        render: markAttributes((i) => ({ 'data-event': geometry.points[i]!.event.id, 'data-type': geometry.points[i]!.event.type })),
      }),
    ],
  }));
}

type Break = { start: Date; end: Date };

function isChain(input: Chain | readonly Chain[]): input is Chain {
  return !Array.isArray(input);
}

function linkTitle(link: Link): string {
  const how = link.evidence ? `stated: “${link.evidence.text}”` : `inferred${link.confidence !== undefined ? ` (confidence ${link.confidence})` : ''}`;
  return `${link.kind}, ${how}`;
}

function span(chain: Chain): string {
  if (!chain.start) return '';
  const from = formatDate({ start: chain.start, precision: precisionOf(chain.start) });
  const to = chain.end ? formatDate({ start: chain.end, precision: precisionOf(chain.end) }) : from;
  return from === to ? `, ${from}` : `, ${from} – ${to}`;
}

function precisionOf(iso: string): 'day' | 'month' | 'year' {
  return iso.length >= 10 ? 'day' : iso.length >= 7 ? 'month' : 'year';
}
