/**
 * Links between events: the ones the text states (a cue with the measure it names, or a bare cue
 * whose provoking measure is the latest earlier act of the other side) and the ones reciprocity
 * suggests (B acts against A soon after A acted against B), which carry no evidence and a lower
 * confidence.
 */
import type { Event, Link, LinkKind } from '../events/types.js';
import type { LinkClaim } from './candidate.js';
import { span } from './dates.js';

export interface LinkOptions {
  /** Reciprocity window for inferred links, in days. */
  windowDays: number;
  /** Confidence of an inferred link. */
  inferredConfidence: number;
  /** Infer links from reciprocity at all. */
  infer: boolean;
}

const PUNISHING = new Set(['SANCTION', 'COERCE', 'ASSAULT', 'MOBILIZE', 'THREATEN']);
const PUNISHING_MEASURES = new Set(['investigation', 'anti-dumping-probe', 'security-review', 'indictment', 'lawsuit', 'WTO-complaint']);
const CONFLICT = new Set(['ACCUSE', 'SANCTION', 'COERCE', 'ASSAULT', 'THREATEN', 'MOBILIZE', 'PROTEST', 'REJECT', 'REQUEST']);
const PROVOKING = new Set(['ACCUSE', 'SANCTION', 'COERCE', 'ASSAULT', 'THREATEN', 'MOBILIZE', 'PROTEST']);
const DAY = 864e5;

export function kindOf(response: Event): LinkKind {
  return PUNISHING.has(response.type) || PUNISHING_MEASURES.has(response.measure ?? '') ? 'retaliation' : 'response';
}

const countries = (codes: string[]) => new Set(codes.map((c) => c.split('.')[0]!));
const time = (e: Event) => (e.date ? span(e.date.start)[0] : Number.NaN);
const intersects = (a: Set<string>, b: Set<string>) => [...a].some((x) => b.has(x));

/**
 * @param eventOf  candidate key → event id
 * @param order    event id → position of its first mention in corpus order (doc, offset)
 */
export function buildLinks(events: Event[], claims: LinkClaim[], eventOf: Map<string, string>, options: LinkOptions): Link[] {
  const byId = new Map(events.map((e) => [e.id, e]));
  const provokers = new ProvokerIndex(events);
  const links = new Map<string, Link>();
  const put = (l: Link) => {
    if (l.from === l.to) return;
    const key = `${l.from}>${l.to}`;
    const reverse = links.get(`${l.to}>${l.from}`);
    if (reverse && (reverse.confidence ?? 0) >= (l.confidence ?? 0)) return;
    if (reverse) links.delete(`${l.to}>${l.from}`);
    const old = links.get(key);
    if (!old || (old.confidence ?? 0) < (l.confidence ?? 0)) links.set(key, l);
  };

  for (const claim of claims) {
    const to = eventOf.get(claim.response);
    const response = to ? byId.get(to) : undefined;
    if (!response) continue;
    let from = claim.provoker ? eventOf.get(claim.provoker) : undefined;
    if (!from) from = provokers.latest(response, claim.doc)?.id;
    if (!from || from === to) continue;
    put({ from, to: to!, kind: kindOf(response), evidence: claim.evidence, confidence: round(claim.provoker ? claim.strength : claim.strength * 0.85) });
  }

  if (options.infer) {
    const answered = new Set([...links.values()].map((l) => l.to));
    const byDyad = new Map<string, Event[]>();
    for (const e of events) {
      if (!PROVOKING.has(e.type) || Number.isNaN(time(e))) continue;
      for (const s of countries(e.source)) for (const t of countries(e.target)) {
        if (s === t) continue;
        const list = byDyad.get(`${s}>${t}`) ?? [];
        list.push(e);
        byDyad.set(`${s}>${t}`, list);
      }
    }
    for (const list of byDyad.values()) list.sort((a, b) => time(a) - time(b));
    for (const b of events) {
      if (answered.has(b.id) || !CONFLICT.has(b.type) || Number.isNaN(time(b))) continue;
      let best: Event | undefined;
      for (const s of countries(b.source)) for (const t of countries(b.target)) {
        // The latest act of the other side strictly before this one (the first of its day), if recent enough.
        const list = byDyad.get(`${t}>${s}`) ?? [];
        let i = lastAtOrBefore(list, time(b) - 1);
        while (i > 0 && time(list[i - 1]!) === time(list[i]!)) i--;
        const a = list[i];
        if (!a || time(b) - time(a) > options.windowDays * DAY) continue;
        if (!best || time(a) > time(best)) best = a;
      }
      if (best) put({ from: best.id, to: b.id, kind: kindOf(b), confidence: options.inferredConfidence });
    }
  }
  return [...links.values()].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.to < b.to ? -1 : 1));
}

/**
 * What a bare cue answers: the latest earlier measure of the other side against the responder,
 * preferring the same article, then the nearest date before. Indexed by document and by target
 * country in time order, so each cue looks at a handful of events, not at all of them.
 */
class ProvokerIndex {
  readonly #order = new Map<Event, number>();
  readonly #byDoc = new Map<string, Event[]>();
  /** Dated provoking events by target country, in time order (ties in corpus order). */
  readonly #dated = new Map<string, Event[]>();
  readonly #undated = new Map<string, Event[]>();

  constructor(events: Event[]) {
    events.forEach((e, i) => {
      if (!PROVOKING.has(e.type)) return;
      this.#order.set(e, i);
      for (const doc of new Set(e.mentions.map((m) => m.doc))) push(this.#byDoc, doc, e);
      for (const c of countries(e.target)) push(Number.isNaN(time(e)) ? this.#undated : this.#dated, c, e);
    });
    for (const list of this.#dated.values()) list.sort((a, b) => time(a) - time(b) || this.#order.get(a)! - this.#order.get(b)!);
  }

  latest(response: Event, doc: string): Event | undefined {
    const mine = countries(response.source);
    const theirs = countries(response.target);
    const t = time(response);
    const eligible = (e: Event) => {
      if (e === response) return false;
      const src = countries(e.source);
      if (!intersects(countries(e.target), mine) || intersects(src, mine)) return false;
      if (theirs.size && !intersects(src, theirs)) return false;
      const te = time(e);
      return Number.isNaN(t) || Number.isNaN(te) || te <= t + DAY;
    };
    // An earlier measure in the same article beats any other: the nearest before the cue, then the latest dated.
    let best: Event | undefined;
    let bestScore = -Infinity;
    for (const e of this.#byDoc.get(doc) ?? []) {
      if (!eligible(e)) continue;
      const te = time(e);
      const inDoc = e.mentions.filter((m) => m.doc === doc);
      const before = response.mentions.some((m) => m.doc === doc && inDoc.some((x) => x.start < m.start));
      const score = (before ? 1e6 : 5e5) + (Number.isNaN(te) ? 0 : te / DAY) + (before ? inDoc.reduce((a, x) => Math.max(a, x.start), 0) / 1e4 : 0);
      if (score > bestScore || (score === bestScore && this.#order.get(e)! < this.#order.get(best!)!)) [best, bestScore] = [e, score];
    }
    if (best) return best;
    // Otherwise the latest dated measure not after the answer, else the first undated one.
    for (const c of mine) {
      const list = this.#dated.get(c) ?? [];
      let i = Number.isNaN(t) ? list.length - 1 : lastAtOrBefore(list, t + DAY);
      for (; i >= 0; i--) {
        const e = list[i]!;
        if (best && time(e) < time(best)) break;
        if (!eligible(e)) continue;
        if (!best || time(e) > time(best) || this.#order.get(e)! < this.#order.get(best)!) best = e;
      }
    }
    if (best) return best;
    for (const c of mine) {
      for (const e of this.#undated.get(c) ?? []) {
        if (eligible(e) && (!best || this.#order.get(e)! < this.#order.get(best)!)) {
          best = e;
          break;
        }
      }
    }
    return best;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The index of the last event at or before `limit` in a time-ordered list, or -1. */
function lastAtOrBefore(list: Event[], limit: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (time(list[mid]!) <= limit) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

const round = (x: number) => Math.round(x * 100) / 100;
