/**
 * Node positions for an actor network, in pixels. d3-force with a fresh simulation each time,
 * seeded and stepped a fixed number of ticks without a timer, so the same network always gives
 * the same picture (and a component can reuse the positions for hit-testing or transitions).
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, randomLcg, scaleSqrt } from 'd3';
import type { ActorNetwork, NetworkEdge, NetworkNode } from '../analysis/network.js';
import { edgeEnds } from './arrow-path.js';
import { fitInto, relax, type SimNode } from './network-fit.js';

export interface LayoutOptions {
  /** Default 640. */
  width?: number;
  /** Default 480. */
  height?: number;
  /** Space kept clear inside the box, room for labels: [top, right, bottom, left]. Default [12, 70, 26, 70]. */
  margin?: readonly [number, number, number, number];
  /** The seed of the simulation's random source. Default 1. */
  seed?: number;
  /** Ticks of the simulation. Default 300 (where d3's default alpha decay reaches alphaMin). */
  ticks?: number;
  /** Node radius for the least and the most active node. Default [4, 18]. */
  radius?: readonly [number, number];
}

export interface LayoutNode extends NetworkNode {
  x: number;
  y: number;
  r: number;
}

export interface LayoutEdge extends NetworkEdge {
  /** From the edge of the source's circle to just outside the target's, where the arrowhead ends. */
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Degrees; non-zero for reciprocal or parallel edges, so they do not draw on top of each other. */
  bend: number;
}

export interface NetworkLayout {
  width: number;
  height: number;
  nodes: LayoutNode[];
  /** Edges between distinct nodes (self-loops are not laid out). */
  edges: LayoutEdge[];
}

export const LAYOUT_DEFAULTS = { width: 640, height: 480, margin: [12, 70, 26, 70], seed: 1, ticks: 300, radius: [4, 18] } as const;

export function layoutNetwork(network: ActorNetwork, options: LayoutOptions = {}): NetworkLayout {
  const { width, height, margin, seed, ticks, radius } = { ...LAYOUT_DEFAULTS, ...options };
  const maxActivity = Math.max(1, ...network.nodes.map((n) => n.activity));
  const r = scaleSqrt().domain([0, maxActivity]).range(radius);
  const sim: SimNode[] = network.nodes.map((n, index) => ({ index, r: r(n.activity) }));
  const indexOf = new Map(network.nodes.map((n, i) => [n.id, i]));
  const pairs = new Map<string, { source: number; target: number }>();
  for (const e of network.edges) {
    const [a, b] = [indexOf.get(e.source)!, indexOf.get(e.target)!].sort((x, y) => x - y) as [number, number];
    if (a !== b) pairs.set(`${a} ${b}`, { source: a, target: b });
  }
  const simulation = forceSimulation(sim)
    .randomSource(randomLcg(seed))
    .force('link', forceLink([...pairs.values()]).distance(90))
    .force('charge', forceManyBody().strength(-220))
    .force('collide', forceCollide<SimNode>((d) => d.r + 14))
    // Weak pulls to the centre keep unconnected actors on the page; wider than tall, like the box.
    .force('x', forceX(0).strength(0.04))
    .force('y', forceY(0).strength(0.04 * (width / height)))
    .stop()
    .tick(ticks);
  simulation.stop();

  const [top, right, bottom, left] = margin;
  const fit = fitInto(sim, left, top, width - right, height - bottom);
  relax(sim, fit, { x0: left, y0: top, x1: width - right, y1: height - bottom }, seed);
  const nodes: LayoutNode[] = network.nodes.map((n, i) => ({ ...n, x: round(sim[i]!.x!), y: round(sim[i]!.y!), r: sim[i]!.r }));
  return { width, height, nodes, edges: layoutEdges(network.edges, nodes) };
}

function layoutEdges(edges: NetworkEdge[], nodes: LayoutNode[]): LayoutEdge[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const directed = new Map<string, number>();
  for (const e of edges) directed.set(`${e.source}\u0000${e.target}`, (directed.get(`${e.source}\u0000${e.target}`) ?? 0) + 1);
  const seen = new Map<string, number>();
  const out: LayoutEdge[] = [];
  for (const e of edges) {
    if (e.source === e.target) continue;
    const s = byId.get(e.source)!;
    const t = byId.get(e.target)!;
    const key = `${e.source}\u0000${e.target}`;
    const k = seen.get(key) ?? 0;
    seen.set(key, k + 1);
    // Arcs bend clockwise from their own direction, so A→B and B→A fall on opposite sides.
    const crowded = directed.get(key)! > 1 || directed.has(`${e.target}\u0000${e.source}`);
    const bend = crowded ? Math.min(64, 14 + 16 * k) : 0;
    const ends = edgeEnds(s, t, bend);
    out.push({
      ...e,
      x1: round(ends.x1),
      y1: round(ends.y1),
      x2: round(ends.x2),
      y2: round(ends.y2),
      bend,
    });
  }
  return out;
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}
