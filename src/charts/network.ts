/**
 * The actor network: who acts against whom. Nodes sized by activity and coloured by country;
 * arrows from source to target, coloured by type on the conflict → cooperation scale.
 */
import * as Plot from '@observablehq/plot';
import { scaleSqrt } from 'd3';
import { actorNetwork, type ActorNetwork, type NetworkEdge, type NetworkOptions } from '../analysis/network.js';
import type { EventsFile, PloverType } from '../events/types.js';
import { countryColor, QUAD_COLORS, QUAD_LABELS, QUAD_ORDER, TYPE_COLORS, typesInOrder } from './colors.js';
import { svgLegend, type LegendEntry } from './legend.js';
import { placeLabels } from './label-placement.js';
import { layoutNetwork, type LayoutEdge, type LayoutNode, type LayoutOptions } from './network-layout.js';
import { asSvg, documentOf, markAttributes, nameChart, note, truncate, type DocumentOption } from './svg.js';

export interface NetworkChartOptions extends LayoutOptions, NetworkOptions, DocumentOption {
  /**
   * Colour arrows by PLOVER type, or by quad only (four colours; edges of one quad between two
   * nodes are then merged, and data-type names the commonest type). Default "type".
   */
  edgeColor?: 'type' | 'quad';
  /** Label at most this many nodes, the most active first. Default 40. */
  maxLabels?: number;
  /**
   * Draw at most this many edges, those with the most events first; the rest are counted in a
   * note. (With thousands of actors collapsed to countries, nearly every pair has an edge.) Default 300.
   */
  maxEdges?: number;
  /** Draw the legend of countries and edge colours. Default true. */
  legend?: boolean;
  /** The accessible name; default a summary such as "Actor network: 8 actors, 15 relations". */
  ariaLabel?: string;
}

export const NETWORK_CHART_DEFAULTS = { edgeColor: 'type', maxLabels: 40, maxEdges: 300, legend: true } as const;

/** The arrowheads' length (Plot's headLength), for hosts that redraw an edge (arrowPath). */
export const NETWORK_HEAD_LENGTH = 7;

// Past a dozen, country swatches stop being told apart (the palette has ten colours).
const MAX_COUNTRIES = 12;

/** Draws an actor network (or the network of an events file, built with `actorNetwork`). */
export function networkChart(input: ActorNetwork | EventsFile, options: NetworkChartOptions = {}): SVGSVGElement {
  const doc = documentOf(options);
  const full = 'format' in input ? actorNetwork(input, options) : input;
  const { edgeColor, maxLabels, maxEdges, legend } = { ...NETWORK_CHART_DEFAULTS, ...options };
  const drawable = edgeColor === 'quad' ? byQuad(full) : full;
  const network = strongest(drawable, maxEdges);
  const hidden = drawable.edges.length - network.edges.length;
  const width = options.width ?? 640;
  const height = options.height ?? 480;
  const entries = legend ? legendEntries(network, edgeColor) : [];
  const legendBox = svgLegend(entries, { document: doc, width: width - 20, x: 10, y: 8 });
  const top = legendBox.height ? legendBox.height + 14 : 0;

  const layout = layoutNetwork(network, { ...options, width, height: height - top });
  const nodes = layout.nodes.map((n) => ({ ...n, y: n.y + top }));
  const edges = layout.edges.map((e) => ({ ...e, y1: e.y1 + top, y2: e.y2 + top }));
  const byActivity = [...nodes].sort((a, b) => b.activity - a.activity || (a.id < b.id ? -1 : 1)).slice(0, maxLabels);
  // Labels keep clear of nodes and of arrowheads, so they can be drawn on top and stay readable.
  const heads = edges.map((e) => ({ id: '', x: e.x2, y: e.y2, r: 5, soft: true }));
  const labels = placeLabels(byActivity.map((n) => ({ ...n, text: truncate(n.name, 28) })), [...nodes, ...heads], { width, height, top });
  const widthOf = scaleSqrt().domain([1, Math.max(1, ...edges.map((e) => e.count))]).range([1.3, 3.2]);
  const stroke = (e: LayoutEdge) => (edgeColor === 'quad' ? QUAD_COLORS[e.quad] : TYPE_COLORS[e.type]);
  const name = new Map(nodes.map((n) => [n.id, n.name]));

  const arrows = [...new Set(edges.map((e) => e.bend))].map((bend) => {
    const group = edges.filter((e) => e.bend === bend);
    return Plot.arrow(group, {
      x1: 'x1', y1: 'y1', x2: 'x2', y2: 'y2', bend,
      stroke, strokeWidth: (e: LayoutEdge) => widthOf(e.count), strokeOpacity: 0.85, headLength: NETWORK_HEAD_LENGTH,
      title: (e: LayoutEdge) => `${name.get(e.source)} → ${name.get(e.target)}: ${edgeColor === 'quad' ? QUAD_LABELS[e.quad] : e.type} ×${e.count}`,
      render: markAttributes((i) => ({ 'data-source': group[i]!.source, 'data-target': group[i]!.target, 'data-type': group[i]!.type, 'data-quad': group[i]!.quad, 'data-count': group[i]!.count })),
    });
  });
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
      ...(['middle', 'start', 'end'] as const).map((anchor) => {
        const group = labels.filter((l) => l.anchor === anchor);
        return Plot.text(group, {
          x: 'x', y: 'y', text: 'text', textAnchor: anchor,
          fontSize: 10, fill: '#222', stroke: 'white', strokeWidth: 3, paintOrder: 'stroke',
          render: markAttributes((i) => ({ 'data-actor': group[i]!.id })),
        });
      }),
    ],
  }));
  if (legendBox.height) svg.append(legendBox.element);
  const relations = edges.length;
  const left = hidden ? `${hidden} weaker ${hidden === 1 ? 'relation is' : 'relations are'} not drawn` : undefined;
  if (left) svg.append(note(doc, width - 10, height - 8, left));
  nameChart(svg, options.ariaLabel ?? `Actor network${network.level === 'actor' ? '' : ` by ${network.level === 'role' ? 'country and role' : 'country'}`}: ${nodes.length} ${nodes.length === 1 ? 'actor' : 'actors'}, ${relations} ${relations === 1 ? 'relation' : 'relations'}`, left);
  svg.setAttribute('data-level', network.level);
  return svg;
}

// One edge per source, target and quad when colour only tells quads apart: four arcs of one
// colour between two nodes would say nothing more than one. The edge keeps its commonest type.
function byQuad(network: ActorNetwork): ActorNetwork {
  const merged = new Map<string, NetworkEdge & { counts: Map<PloverType, number> }>();
  for (const e of network.edges) {
    const key = `${e.source}\u0000${e.target}\u0000${e.quad}`;
    const m = merged.get(key) ?? { ...e, count: 0, events: [], counts: new Map<PloverType, number>() };
    merged.set(key, m);
    m.count += e.count;
    m.events = [...m.events, ...e.events];
    m.counts.set(e.type, e.count);
  }
  const edges = [...merged.values()].map(({ counts, ...e }) => ({ ...e, type: [...counts].sort((a, b) => b[1] - a[1])[0]![0] }));
  return { ...network, edges };
}

// The `max` edges with the most events (earlier in the network's order on ties), kept in that order.
function strongest(network: ActorNetwork, max: number): ActorNetwork {
  if (network.edges.length <= max) return network;
  const keep = new Set(
    network.edges
      .map((e, i) => [e, i] as const)
      .sort((a, b) => b[0].count - a[0].count || a[1] - b[1])
      .slice(0, max)
      .map(([e]) => e),
  );
  return { ...network, edges: network.edges.filter((e) => keep.has(e)) };
}

function legendEntries(network: ActorNetwork, edgeColor: 'type' | 'quad'): LegendEntry[] {
  const activity = new Map<string, number>();
  for (const n of network.nodes) activity.set(n.country, (activity.get(n.country) ?? 0) + n.activity);
  const countries = [...activity].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([c]) => c);
  const kinds: LegendEntry[] =
    edgeColor === 'quad'
      ? QUAD_ORDER.filter((q) => network.edges.some((e) => e.quad === q)).map((q) => ({ label: QUAD_LABELS[q], color: QUAD_COLORS[q], symbol: 'line' }))
      : typesInOrder(network.edges.map((e) => e.type)).map((t) => ({ label: t.toLowerCase(), color: TYPE_COLORS[t], symbol: 'line' }));
  const shown = countries.slice(0, MAX_COUNTRIES).map((c): LegendEntry => ({ label: c, color: countryColor(c) }));
  const more = countries.length - shown.length;
  return [...shown, ...(more ? [{ label: `+${more} more`, color: '#666', symbol: 'none' as const }] : []), ...kinds];
}
