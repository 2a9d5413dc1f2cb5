/**
 * Who acts against whom: actors as nodes, and one directed edge per source → target pair and
 * PLOVER type, counting the events behind it.
 */
import { PLOVER_TYPES, QUAD_OF, type EventsFile, type PloverType, type Quad } from '../events/types.js';
import { actorIndex, collapseActor, countryOf, roleOf, type ActorLevel } from './actors.js';

export interface NetworkOptions {
  /**
   * How finely actors are told apart. "auto" keeps full actor codes while there are at most
   * `maxNodes` of them, then collapses to COUNTRY.ROLE, then to COUNTRY. Default: "auto".
   */
  level?: ActorLevel | 'auto';
  /** The node count above which "auto" collapses a level. Default: 150. */
  maxNodes?: number;
  /** Keep edges from a node to itself (common once actors are collapsed). Default: false. */
  selfLoops?: boolean;
}

export interface NetworkNode {
  /** The actor code at the network's level: "CHN.GOV.PBOC", "CHN.GOV" or "CHN". */
  id: string;
  name: string;
  country: string;
  role?: string;
  /** Events this node takes part in, as source or target (each counted once). */
  activity: number;
  /** Events in which it acts. */
  asSource: number;
  /** Events in which it is acted upon. */
  asTarget: number;
  /** The actor codes of the file collapsed into this node. */
  members: string[];
}

export interface NetworkEdge {
  source: string;
  target: string;
  type: PloverType;
  quad: Quad;
  /** The number of events, = events.length. */
  count: number;
  /** Event ids, in file order. */
  events: string[];
}

export interface ActorNetwork {
  /** The level the nodes are at (the one "auto" chose). */
  level: ActorLevel;
  /** Sorted by id. */
  nodes: NetworkNode[];
  /** Sorted by source, target, then PLOVER order of type. */
  edges: NetworkEdge[];
}

export const NETWORK_DEFAULTS = { level: 'auto', maxNodes: 150, selfLoops: false } as const satisfies Required<NetworkOptions>;

export function actorNetwork(file: EventsFile, options: NetworkOptions = {}): ActorNetwork {
  const { level = NETWORK_DEFAULTS.level, maxNodes = NETWORK_DEFAULTS.maxNodes } = options;
  if (level !== 'auto') return networkAt(file, level, options.selfLoops ?? NETWORK_DEFAULTS.selfLoops);
  const ids = new Set(file.events.flatMap((e) => [...e.source, ...e.target]));
  const chosen = (['actor', 'role'] as const).find((l) => new Set([...ids].map((id) => collapseActor(id, l))).size <= maxNodes);
  return networkAt(file, chosen ?? 'country', options.selfLoops ?? NETWORK_DEFAULTS.selfLoops);
}

function networkAt(file: EventsFile, level: ActorLevel, selfLoops: boolean): ActorNetwork {
  const actors = actorIndex(file.actors);
  const nodes = new Map<string, NetworkNode>();
  const edges = new Map<string, NetworkEdge>();
  const node = (actorId: string): NetworkNode => {
    const id = collapseActor(actorId, level);
    let n = nodes.get(id);
    if (!n) {
      const actor = actors.get(id);
      n = { id, name: actor?.name ?? id, country: actor?.country ?? countryOf(id), activity: 0, asSource: 0, asTarget: 0, members: [] };
      const role = actor?.role ?? roleOf(id);
      if (role) n.role = role;
      nodes.set(id, n);
    }
    if (!n.members.includes(actorId)) n.members.push(actorId);
    return n;
  };
  for (const event of file.events) {
    const sources = unique(event.source.map(node));
    const targets = unique(event.target.map(node));
    for (const n of sources) n.asSource++;
    for (const n of targets) n.asTarget++;
    for (const n of unique([...sources, ...targets])) n.activity++;
    for (const s of sources) {
      for (const t of targets) {
        if (s === t && !selfLoops) continue;
        const key = `${s.id}\u0000${t.id}\u0000${event.type}`;
        let edge = edges.get(key);
        if (!edge) edges.set(key, (edge = { source: s.id, target: t.id, type: event.type, quad: QUAD_OF[event.type], count: 0, events: [] }));
        edge.count++;
        edge.events.push(event.id);
      }
    }
  }
  for (const n of nodes.values()) n.members.sort();
  return {
    level,
    nodes: [...nodes.values()].sort((a, b) => compare(a.id, b.id)),
    edges: [...edges.values()].sort(
      (a, b) => compare(a.source, b.source) || compare(a.target, b.target) || PLOVER_TYPES.indexOf(a.type) - PLOVER_TYPES.indexOf(b.type),
    ),
  };
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
