/**
 * The actor network: who acts against whom. Nodes sized by activity and coloured by country;
 * arrows from source to target, coloured by type on the conflict → cooperation scale.
 */
import * as Plot from '@observablehq/plot';
import { scaleSqrt } from 'd3';
import { actorNetwork, type ActorNetwork, type NetworkOptions } from '../analysis/network.js';
import type { EventsFile } from '../events/types.js';
import { countryColor, QUAD_COLORS, QUAD_LABELS, QUAD_ORDER, TYPE_COLORS, typesInOrder } from './colors.js';
import { svgLegend, type LegendEntry } from './legend.js';
import { layoutNetwork, type LayoutEdge, type LayoutNode, type LayoutOptions } from './network-layout.js';
import { asSvg, documentOf, markAttributes, nameChart, truncate, type DocumentOption } from './svg.js';

export interface NetworkChartOptions extends LayoutOptions, NetworkOptions, DocumentOption {
  /** Colour arrows by PLOVER type, or by quad only (four colours). Default "type". */
  edgeColor?: 'type' | 'quad';
  /** Label at most this many nodes, the most active first. Default 40. */
  maxLabels?: number;
  /** Draw the legend of countries and edge colours. Default true. */
  legend?: boolean;
  /** The accessible name; default a summary such as "Actor network: 8 actors, 11 relations". */
  ariaLabel?: string;
}

export const NETWORK_CHART_DEFAULTS = { edgeColor: 'type', maxLabels: 40, legend: true } as const;

/** Draws an actor network (or the network of an events file, built with `actorNetwork`). */
export function networkChart(input: ActorNetwork | EventsFile, options: NetworkChartOptions = {}): SVGSVGElement {
  const doc = documentOf(options);
  const network = 'format' in input ? actorNetwork(input, options) : input;
  const { edgeColor, maxLabels, legend } = { ...NETWORK_CHART_DEFAULTS, ...options };
  const width = options.width ?? 640;
  const height = options.height ?? 480;
  const entries = legend ? legendEntries(network, edgeColor) : [];
  const legendBox = svgLegend(entries, { document: doc, width: width - 20, x: 10, y: 8 });
  const top = legendBox.height ? legendBox.height + 14 : 0;

  const layout = layoutNetwork(network, { ...options, width, height: height - top });
  const nodes = layout.nodes.map((n) => ({ ...n, y: n.y + top }));
  const edges = layout.edges.map((e) => ({ ...e, y1: e.y1 + top, y2: e.y2 + top }));
  const labelled = new Set([...nodes].sort((a, b) => b.activity - a.activity || (a.id < b.id ? -1 : 1)).slice(0, maxLabels).map((n) => n.id));
  const widthOf = scaleSqrt().domain([1, Math.max(1, ...edges.map((e) => e.count))]).range([1.2, 4]);
  const stroke = (e: LayoutEdge) => (edgeColor === 'quad' ? QUAD_COLORS[e.quad] : TYPE_COLORS[e.type]);
  const name = new Map(nodes.map((n) => [n.id, n.name]));

  const arrows = [...new Set(edges.map((e) => e.bend))].map((bend) => {
    const group = edges.filter((e) => e.bend === bend);
    return Plot.arrow(group, {
      x1: 'x1', y1: 'y1', x2: 'x2', y2: 'y2', bend,
      stroke, strokeWidth: (e: LayoutEdge) => widthOf(e.count), strokeOpacity: 0.85, headLength: 7,
      title: (e: LayoutEdge) => `${name.get(e.source)} → ${name.get(e.target)}: ${e.type} ×${e.count}`,
      render: markAttributes((i) => ({ 'data-source': group[i]!.source, 'data-target': group[i]!.target, 'data-type': group[i]!.type, 'data-count': group[i]!.count })),
    });
  });
  const labels = nodes.filter((n) => labelled.has(n.id));
  const svg = asSvg(Plot.plot({
    document: doc, width, height, margin: 0,
    x: { type: 'identity', axis: null }, y: { type: 'identity', axis: null }, r: { type: 'identity' }, color: { type: 'identity' },
    marks: [
      ...arrows,
      Plot.dot(nodes, {
        x: 'x', y: 'y', r: 'r', fill: (n: LayoutNode) => countryColor(n.country), stroke: 'white', strokeWidth: 1.5,
        title: (n: LayoutNode) => `${n.name} (${n.id}): ${n.activity} event${n.activity === 1 ? '' : 's'}, ${n.asSource} as source, ${n.asTarget} as target`,
        // Plot sorts dots by descending radius; keep our order and attributes in step with its index.
        sort: null,
        render: markAttributes((i) => ({ 'data-actor': nodes[i]!.id })),
      }),
      Plot.text(labels, {
        x: 'x', y: (n: LayoutNode) => n.y + n.r + 8, text: (n: LayoutNode) => truncate(n.name, 24),
        fontSize: 10, fill: '#222', stroke: 'white', strokeWidth: 3, paintOrder: 'stroke',
        render: markAttributes((i) => ({ 'data-actor': labels[i]!.id })),
      }),
    ],
  }));
  if (legendBox.height) svg.append(legendBox.element);
  const relations = edges.length;
  nameChart(svg, options.ariaLabel ?? `Actor network${network.level === 'actor' ? '' : ` by ${network.level === 'role' ? 'country and role' : 'country'}`}: ${nodes.length} ${nodes.length === 1 ? 'actor' : 'actors'}, ${relations} ${relations === 1 ? 'relation' : 'relations'}`);
  svg.setAttribute('data-level', network.level);
  return svg;
}

function legendEntries(network: ActorNetwork, edgeColor: 'type' | 'quad'): LegendEntry[] {
  const activity = new Map<string, number>();
  for (const n of network.nodes) activity.set(n.country, (activity.get(n.country) ?? 0) + n.activity);
  const countries = [...activity].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([c]) => c);
  const kinds: LegendEntry[] =
    edgeColor === 'quad'
      ? QUAD_ORDER.filter((q) => network.edges.some((e) => e.quad === q)).map((q) => ({ label: QUAD_LABELS[q], color: QUAD_COLORS[q], symbol: 'line' }))
      : typesInOrder(network.edges.map((e) => e.type)).map((t) => ({ label: t.toLowerCase(), color: TYPE_COLORS[t], symbol: 'line' }));
  return [...countries.map((c): LegendEntry => ({ label: c, color: countryColor(c) })), ...kinds];
}
