/**
 * Retaliation chains: the events that links tie together, whichever way the links point
 * (weakly connected components), each told in order.
 */
import type { Event, EventsFile, Link } from '../events/types.js';
import { dateSpan } from './dates.js';
import { MinHeap } from './heap.js';

export interface Chain {
  /** "chain:" + the id of its first event; stable while that event stays first. */
  id: string;
  /**
   * In time order, causes before answers: an event comes after every event it answers, and
   * otherwise by start date (undated events take the date of what they answer), then id.
   */
  events: Event[];
  /** The links between its events, in the order of `events` (by `from`, then `to`). */
  links: Link[];
  /** Actor ids of its events, sources and targets, in order of first appearance. */
  actors: string[];
  /** The earliest start date of its events (ISO, at that event's precision). */
  start?: string;
  /** The latest end date of its events (ISO, at that event's precision). */
  end?: string;
}

/** Every chain in `file`, longest first; ties by earliest start (undated last), then id. */
export function chains(file: EventsFile): Chain[] {
  const graph = linkGraph(file);
  const componentOf = new Map<string, number>();
  const components: { ids: Set<string>; links: Link[] }[] = [];
  for (const event of file.events) {
    if (componentOf.has(event.id) || !graph.neighbours.has(event.id)) continue;
    const ids = collect(event.id, graph.neighbours);
    for (const id of ids) componentOf.set(id, components.length);
    components.push({ ids, links: [] });
  }
  for (const link of graph.links) components[componentOf.get(link.from)!]!.links.push(link);
  const out = components.map(({ ids, links }) => chainFrom(ids, links, graph.events));
  return out.sort(
    (a, b) => b.events.length - a.events.length || startOf(a) - startOf(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** The chain `eventId` belongs to, or undefined when no link touches it. */
export function chainOf(file: EventsFile, eventId: string): Chain | undefined {
  const graph = linkGraph(file);
  if (!graph.neighbours.has(eventId)) return undefined;
  const ids = collect(eventId, graph.neighbours);
  return chainFrom(ids, graph.links.filter((l) => ids.has(l.from)), graph.events);
}

interface LinkGraph {
  events: Map<string, Event>;
  /** Undirected adjacency, only for events that some link touches. */
  neighbours: Map<string, Set<string>>;
  links: Link[];
}

function linkGraph(file: EventsFile): LinkGraph {
  const events = new Map(file.events.map((e) => [e.id, e]));
  const neighbours = new Map<string, Set<string>>();
  const links = file.links.filter((l) => events.has(l.from) && events.has(l.to) && l.from !== l.to);
  const add = (a: string, b: string) => {
    let set = neighbours.get(a);
    if (!set) neighbours.set(a, (set = new Set()));
    set.add(b);
  };
  for (const link of links) {
    add(link.from, link.to);
    add(link.to, link.from);
  }
  return { events, neighbours, links };
}

function collect(start: string, neighbours: Map<string, Set<string>>): Set<string> {
  const component = new Set([start]);
  const stack = [start];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    for (const next of neighbours.get(id) ?? []) {
      if (!component.has(next)) {
        component.add(next);
        stack.push(next);
      }
    }
  }
  return component;
}

function chainFrom(ids: Set<string>, links: Link[], byId: Map<string, Event>): Chain {
  const events = order([...ids].map((id) => byId.get(id)!), links);
  const rank = new Map(events.map((e, i) => [e.id, i]));
  links.sort((a, b) => rank.get(a.from)! - rank.get(b.from)! || rank.get(a.to)! - rank.get(b.to)!);
  const actors = [...new Set(events.flatMap((e) => [...e.source, ...e.target]))];
  const chain: Chain = { id: `chain:${events[0]!.id}`, events, links, actors };
  const dated = events.filter((e) => e.date && dateSpan(e.date));
  if (dated.length) {
    const first = dated.reduce((a, b) => (dateSpan(b.date!)!.start < dateSpan(a.date!)!.start ? b : a));
    const last = dated.reduce((a, b) => (dateSpan(b.date!)!.end > dateSpan(a.date!)!.end ? b : a));
    chain.start = first.date!.start;
    chain.end = last.date!.end ?? last.date!.start;
  }
  return chain;
}

/**
 * A topological order that prefers earlier dates: of the events whose causes are all placed, the
 * earliest goes next. Dates alone would misorder a year-precise answer ("2014", i.e. from
 * January) to a May cause. A cycle is broken at its earliest event.
 */
function order(events: Event[], links: Link[]): Event[] {
  const causes = new Map<string, string[]>(events.map((e) => [e.id, []]));
  for (const l of links) causes.get(l.to)!.push(l.from);
  const byId = new Map(events.map((e) => [e.id, e]));
  const key = new Map<string, number>();
  const keyOf = (e: Event, visiting = new Set<string>()): number => {
    const known = key.get(e.id);
    if (known !== undefined) return known;
    let k = e.date ? (dateSpan(e.date)?.start ?? NaN) : NaN;
    if (Number.isNaN(k)) {
      // Undated: as late as its latest cause, so it sits right after what it answers.
      visiting.add(e.id);
      const inherited = causes.get(e.id)!.filter((c) => !visiting.has(c)).map((c) => keyOf(byId.get(c)!, visiting));
      k = inherited.length ? Math.max(...inherited) : Infinity;
    }
    key.set(e.id, k);
    return k;
  };
  const sorted = [...events].sort((a, b) => keyOf(a) - keyOf(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const rank = new Map(sorted.map((e, i) => [e.id, i]));
  const answers = new Map<string, number[]>(events.map((e) => [e.id, []]));
  const waiting = new Map<string, number>(events.map((e) => [e.id, causes.get(e.id)!.length]));
  for (const l of links) answers.get(l.from)!.push(rank.get(l.to)!);
  const ready = new MinHeap(sorted.flatMap((e, i) => (waiting.get(e.id) === 0 ? [i] : [])));
  const placed = new Set<number>();
  const out: Event[] = [];
  for (let scan = 0; out.length < sorted.length; ) {
    let next = ready.pop();
    while (next !== undefined && placed.has(next)) next = ready.pop();
    if (next === undefined) while (placed.has(scan)) scan++;
    const i = next ?? scan;
    placed.add(i);
    const event = sorted[i]!;
    out.push(event);
    for (const j of answers.get(event.id)!) {
      const id = sorted[j]!.id;
      waiting.set(id, waiting.get(id)! - 1);
      if (waiting.get(id) === 0 && !placed.has(j)) ready.push(j);
    }
  }
  return out;
}

function startOf(chain: Chain): number {
  let start = Infinity;
  for (const e of chain.events) start = Math.min(start, (e.date && dateSpan(e.date)?.start) ?? Infinity);
  return start;
}
