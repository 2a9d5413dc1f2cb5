/**
 * One real-world event reported by several sentences and articles becomes one event. Candidates
 * merge when they are the same kind of measure (same family, both threats, or barriers to one named
 * firm), by the same side against the same side, at compatible dates, naming no conflicting
 * specifics (a different company, a different amount). A headline and a hypothetical ("if China is pushing its banks …") only
 * confirm an event reported elsewhere. Candidates are bucketed by side, so the cost grows with the
 * number of candidates, not its square.
 */
import type { Event, Mention, PloverType } from '../events/types.js';
import type { Lexicon } from '../lexicon/compile.js';
import type { Candidate } from './candidate.js';
import { span } from './dates.js';

export interface Cluster {
  id: string;
  members: Candidate[];
  family: string;
  /** Every family its members have (a threat cluster may gather several). */
  families: Set<string>;
  threat: boolean;
  sources: Set<string>;
  /** Named targets ("USA.BUS.IBM") and generic ones ("USA.BUS"), apart. */
  specific: Set<string>;
  generic: Set<string>;
  /** Explicit dates as [first, last] day. */
  period?: [number, number];
  latestReport: number;
  earliestReport: number;
  numbers: Set<string>;
  words: Map<string, number>;
  /** Sentences of each document its members come from: same-article tests without scanning members. */
  docs: Map<string, Set<number>>;
}

/** Families that report one act in different words ("accusation" of hacking = the "indictment"). */
const FAMILY_GROUPS: Record<string, string> = { accusation: 'legal', legal: 'legal' };
/** Families of barriers to one firm's trade: against a named firm, they may report one act in different words. */
const BARRIERS = new Set(['trade-block', 'exclusion', 'export-control']);
const DAY = 864e5;
/** How many of a side's latest clusters a paraphrase is compared with. */
const PARAPHRASE_POOL = 60;
/** How many of the latest clusters of one kind and side a report is compared with. */
const POOL = 400;
const STOP = new Set(
  ('that this with from have been were their they them which would could about after before into over ' +
    'said says also than other more most some such only very will what when where while because reported ' +
    'report according government company companies country countries chinese china states united week month year').split(' '),
);

export function cluster(candidates: Candidate[], lex: Lexicon): Cluster[] {
  const clusters: Cluster[] = [];
  const familyOf = (c: Candidate) => FAMILY_GROUPS[lex.measures.get(c.measure)?.family ?? c.measure] ?? lex.measures.get(c.measure)?.family ?? c.measure;
  const sides = (c: Candidate) => {
    const countries = new Set(c.source.map((s) => s.split('.')[0]!));
    if (!countries.size) countries.add('?');
    return [...countries];
  };
  // Clusters are indexed by measure family and acting side, by side alone (paraphrases may cross
  // families), by family alone (references naming no side), and by document (headlines).
  const byKind = new Index();
  const bySide = new Index();
  const byFamily = new Index();
  const byDoc = new Index();
  const register = (cl: Cluster, c: Candidate) => {
    const family = familyOf(c);
    for (const src of sides(c)) {
      byKind.add(`${c.type === 'THREATEN' ? 'THREAT' : family}|${src}`, cl);
      bySide.add(src, cl);
    }
    byFamily.add(cl.threat ? 'THREAT' : family, cl);
    byDoc.add(c.doc, cl);
  };
  const kindPool = (c: Candidate) => sides(c).flatMap((src) => byKind.recent(`${c.type === 'THREATEN' ? 'THREAT' : familyOf(c)}|${src}`, POOL));
  const primary = candidates.filter((c) => !c.mergeOnly && !c.headline && !c.reference);
  const secondary = candidates.filter((c) => c.mergeOnly || c.headline || c.reference);
  for (const c of primary) {
    const best = bestMatch(c, [...kindPool(c), ...sides(c).flatMap((src) => bySide.recent(src, PARAPHRASE_POOL))], familyOf(c), false);
    const cl = best ?? open(c, familyOf(c));
    if (best) add(best, c, familyOf(c));
    else clusters.push(cl);
    register(cl, c);
  }
  for (const c of secondary) {
    // A headline restates its article's main event whatever words it uses; a hypothetical must match closely.
    // A reference with no named author ("over the indictment") may be anybody's measure of that kind.
    const pool = c.headline
      ? byDoc.recent(c.doc, POOL)
      : c.source.length
        ? kindPool(c)
        : [...byFamily.recent(familyOf(c), POOL), ...(c.type === 'THREATEN' ? byFamily.recent('THREAT', POOL) : [])];
    const best = bestMatch(c, pool, familyOf(c), c.headline || c.reference);
    if (best) add(best, c, familyOf(c));
    else if (!c.mergeOnly) {
      const cl = open(c, familyOf(c));
      clusters.push(cl);
      register(cl, c);
    }
  }
  return clusters;
}

/** Lists of clusters by key, without repeats, newest last: adding and reading are constant time per cluster. */
class Index {
  private lists = new Map<string, Cluster[]>();
  private seen = new Map<string, Set<Cluster>>();
  add(key: string, cl: Cluster) {
    let seen = this.seen.get(key);
    if (!seen) {
      seen = new Set();
      this.seen.set(key, seen);
      this.lists.set(key, []);
    }
    if (seen.has(cl)) return;
    seen.add(cl);
    this.lists.get(key)!.push(cl);
  }
  /** The latest `n` clusters under a key: a report is compared with recent events, so the cost stays linear. */
  recent(key: string, n: number): Cluster[] {
    const list = this.lists.get(key);
    return list ? (list.length > n ? list.slice(-n) : list) : [];
  }
}

function open(c: Candidate, family: string): Cluster {
  const cl: Cluster = { id: '', members: [], family, families: new Set([family]), threat: c.type === 'THREATEN', sources: new Set(), specific: new Set(), generic: new Set(), latestReport: -Infinity, earliestReport: Infinity, numbers: new Set(), words: new Map(), docs: new Map() };
  add(cl, c);
  return cl;
}

function add(cl: Cluster, c: Candidate, family?: string) {
  cl.members.push(c);
  const sentences = cl.docs.get(c.doc) ?? new Set<number>();
  sentences.add(c.sentence);
  cl.docs.set(c.doc, sentences);
  if (family && !c.headline) cl.families.add(family);
  for (const s of c.source) cl.sources.add(s.split('.')[0]!);
  if (!c.mergeOnly) {
    // A target guessed from context counts only for its country.
    const guessed = c.how.target.startsWith('context');
    for (const t of c.target) (t.split('.').length > 2 && !guessed ? cl.specific : cl.generic).add(t.split('.').length > 2 && !guessed ? t : countryOf(t));
    for (const n of numbersIn(c.mention.text)) cl.numbers.add(n);
  }
  if (c.dateExplicit && c.date) {
    const p = span(c.date.start);
    cl.period = cl.period ? [Math.min(cl.period[0], p[0]), Math.max(cl.period[1], p[1])] : [p[0], p[1]];
  } else if (c.date) {
    cl.latestReport = Math.max(cl.latestReport, span(c.date.start)[1]);
    cl.earliestReport = Math.min(cl.earliestReport, span(c.date.start)[0]);
  }
  for (const w of contentWords(c.context)) cl.words.set(w, (cl.words.get(w) ?? 0) + 1);
}

function bestMatch(c: Candidate, pool: Cluster[], family: string, headline: boolean): Cluster | undefined {
  let best: Cluster | undefined;
  let bestScore = 0;
  const seen = new Set<Cluster>();
  const probe = probeOf(c);
  for (const cl of pool) {
    if (seen.has(cl)) continue;
    seen.add(cl);
    const score = compatibility(c, probe, cl, family, headline);
    if (score > bestScore) [best, bestScore] = [cl, score];
  }
  return best;
}

/** What a candidate is compared by, worked out once rather than for each of the clusters in its pool. */
interface Probe {
  /** Acting countries, or none when guessed from context for a reference. */
  sources: string[];
  words: Set<string>;
  guessedTarget: boolean;
  /** Named targets and target countries, as read closely (see compatibility for when they are not). */
  specific: string[];
  generic: string[];
  dateSpan?: readonly [number, number];
  /** Amounts in billions and in millions. */
  billions: string[];
  millions: string[];
}

function probeOf(c: Candidate): Probe {
  const loose = c.mergeOnly || c.reference;
  const guessedTarget = c.how.target.startsWith('context');
  const numbers = [...numbersIn(c.mention.text)];
  return {
    sources: loose && c.how.source.startsWith('context') ? [] : c.source.map(countryOf),
    words: contentWords(c.context),
    guessedTarget,
    specific: guessedTarget ? [] : c.target.filter((t) => t.split('.').length > 2),
    generic: c.target.filter((t) => guessedTarget || t.split('.').length <= 2).map(countryOf),
    ...(c.date ? { dateSpan: span(c.date.start) } : {}),
    billions: numbers.filter((n) => n.endsWith('b')),
    millions: numbers.filter((n) => n.endsWith('m')),
  };
}

/**
 * 0 when the candidate cannot be the cluster's event; otherwise higher for closer matches.
 * `lenient`: a headline or a reference, which restate an event in other words.
 */
function compatibility(c: Candidate, probe: Probe, cl: Cluster, family: string, lenient: boolean): number {
  const sentences = cl.docs.get(c.doc);
  const sameDoc = !!sentences;
  const within = (k: number) => {
    if (!sentences) return false;
    for (let d = -k; d <= k; d++) if (sentences.has(c.sentence + d)) return true;
    return false;
  };
  const headline = c.headline;
  // Sides filled in from context are guesses: for a reference they neither join nor separate; for a
  // report they count at country level.
  const loose = c.mergeOnly || c.reference;
  const sources = probe.sources;
  if (sources.length && cl.sources.size && !sources.some((s) => cl.sources.has(s))) return 0;
  // Dates first, the cheapest test: explicit periods must overlap, with a week's slack for day dates
  // (most pairs in a large corpus fail here).
  if (c.dateExplicit && probe.dateSpan && cl.period && (probe.dateSpan[0] > cl.period[1] + 7 * DAY || probe.dateSpan[1] < cl.period[0] - 7 * DAY)) return 0;
  let shared = 0;
  const words = probe.words;
  for (const w of words) if (cl.words.has(w)) shared++;
  // Two reports in near the same words ("would block foreign technology companies operating in the
  // country" / "would vet technology companies operating in the country") are one event, whatever
  // measure each verb suggests. Most of the report's own words must be shared, not just a few of a long sentence's.
  // Two triggers of one sentence share all their words and are not paraphrases of each other.
  const sameSentence = within(0);
  const paraphrase = shared >= 4 && shared >= words.size * 0.6 && !c.headline && !sameSentence;
  // "Seoul hit back on Monday. … South Korea would remove Japan from its list": an unspecified
  // retaliation next to a specific measure of the same side is that measure.
  const elaborates = (family === 'retaliation' || cl.families.has('retaliation')) && within(1);
  if (!headline && !paraphrase && !elaborates) {
    // A threat and the act are two events; a reference ("the vetting") may name either.
    if ((c.type === 'THREATEN') !== cl.threat && !(c.reference && cl.families.has(family))) return 0;
    // "revoked Richardson's permit" and "halted imports from Richardson": one blow against one named firm, told two ways.
    if (!cl.families.has(family) && !(cl.threat && c.type === 'THREATEN') && !(BARRIERS.has(family) && probe.specific.some((t) => cl.specific.has(t)) && barrier(cl))) return 0;
  }
  // Targets: a named target must be the same one; a generic one the same country. A headline's are not read closely.
  const guessedTarget = probe.guessedTarget;
  // A guessed target says nothing against a report of the same sentence.
  const ignored = (loose && guessedTarget) || headline || (guessedTarget && within(0));
  const specific = ignored ? [] : probe.specific;
  const generic = ignored ? [] : probe.generic;
  let targetScore = 0;
  if (specific.length && cl.specific.size) {
    if (!specific.some((t) => cl.specific.has(t))) return 0;
    targetScore = 2;
  } else if (specific.length || cl.specific.size) {
    // One side names a company, the other only a country: the same only for a hypothetical, a headline,
    // a close paraphrase ("four Australian abattoirs" / "Kilcoy Pastoral, JBS …"), or in one article.
    const countries = new Set([...specific, ...cl.specific].map(countryOf));
    const other = specific.length ? [...cl.generic] : generic;
    if (other.length && !other.some((g) => countries.has(g))) return 0;
    const near = within(0);
    // The words must agree too, or "four Australian abattoirs" and "Kilcoy, JBS …" could be anything.
    if (!c.mergeOnly && !lenient && !near && !paraphrase && (shared < 3 || shared < words.size * 0.4) && !(sameDoc && other.length === 0)) return 0;
    targetScore = 0.5;
  } else if (generic.length && cl.generic.size) {
    if (!generic.some((g) => cl.generic.has(g))) return 0;
    targetScore = 1;
  }
  // Dates: explicit periods must overlap (a week's slack for day dates); a date cannot be after the report that gives none.
  let dateScore = 0;
  if (c.dateExplicit && probe.dateSpan) {
    const p = probe.dateSpan;
    // Explicit periods that cannot overlap were turned away first of all (above).
    if (cl.period) dateScore = 1;
    if (!cl.period && cl.latestReport > -Infinity) {
      if (p[0] > cl.latestReport + DAY) return 0;
      // Reports that give no date tell recent news: a measure dated well before them is another one.
      if (p[1] < cl.earliestReport - 60 * DAY) return 0;
    }
    // A reference in another article must agree on the date it gives, or on the words.
    if (lenient && !sameDoc && !cl.period && !headline && (shared < 2 || p[0] > cl.earliestReport)) return 0;
  } else if (lenient && !sameDoc && !headline) {
    return 0;
  } else if (probe.dateSpan && cl.period && probe.dateSpan[1] < cl.period[0] - DAY) {
    return 0;
  }
  // "$34 billion" and "$16 billion" are two tranches. Rates are not compared: one event's duty is often
  // reported as its parts ("73.6pc and 6.9pc") and as their total ("80.5 per cent").
  for (const mine of [probe.billions, probe.millions]) {
    if (!mine.length || mine.some((n) => cl.numbers.has(n))) continue;
    const unit = mine[0]!.slice(-1);
    for (const n of cl.numbers) if (n.endsWith(unit)) return 0;
  }
  // Two reports with only generic targets must share some words to be one event, unless they are told
  // within two sentences of each other in one article ("China has lodged a complaint … MOFCOM said it had filed the case").
  const close = within(1);
  if (!lenient && !specific.length && !cl.specific.size && shared < 2 && !(sameDoc && shared >= 1) && !close) return 0;
  const ownFamily = headline && cl.families.has(family) ? 1 : 0;
  return 1 + targetScore + dateScore + Math.min(shared, 6) * 0.25 + (sameDoc ? 0.5 : 0) + ownFamily;
}

const countryOf = (code: string) => code.split('.')[0]!;

function barrier(cl: Cluster): boolean {
  for (const f of cl.families) if (BARRIERS.has(f)) return true;
  return false;
}

/** Money amounts and percentages: "$34 billion", "25%", "80.5 percent". */
function numbersIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/[$€£¥]?\s?(\d+(?:[.,]\d+)?)\s?(%|percent|per cent|billion|bn|million|mn)/gi)) out.add(`${m[1]!.replace(',', '.')}${/%|per/.test(m[2]!) ? '%' : m[2]!.toLowerCase()[0]}`);
  return out;
}

const wordCache = new Map<string, Set<string>>();

/** Content words of a sentence, stemmed; cached, since a sentence is compared with many clusters. */
function contentWords(text: string): Set<string> {
  const cached = wordCache.get(text);
  if (cached) return cached;
  if (wordCache.size > 20000) wordCache.clear();
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(/[a-z][a-z-]{3,}/g) ?? []) {
    if (STOP.has(w)) continue;
    out.add(stem(w));
  }
  wordCache.set(text, out);
  return out;
}

/** Enough of an English stemmer to match "duties" with "duty" and "imposed" with "imposing". */
function stem(w: string): string {
  const n = w.length;
  const undouble = (x: string) => (x.length > 2 && x[x.length - 1] === x[x.length - 2] ? x.slice(0, -1) : x);
  if (n > 5 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.endsWith('ss') || w.endsWith('us') || w.endsWith('is')) return w;
  if (w.endsWith('ches') || w.endsWith('shes') || w.endsWith('xes') || w.endsWith('sses')) return w.slice(0, -2);
  if (n > 6 && w.endsWith('ing')) return undouble(w.slice(0, -3));
  if (n > 5 && w.endsWith('ed')) return undouble(w.slice(0, -2));
  if (n > 4 && w.endsWith('s')) return w.slice(0, -1);
  return w;
}

/** A cluster as the spec's Event: the majority type and measure, all sources and targets, the best-supported date. */
export function toEvent(cl: Cluster, lex: Lexicon): Event {
  const main = cl.members.filter((m) => !m.mergeOnly && !m.headline);
  const voters = main.length ? main : cl.members;
  const type = majority(voters.map((m) => m.type)) as PloverType;
  const measure = majority(voters.filter((m) => m.type === type).map((m) => m.measure));
  const source = ranked(voters.flatMap((m) => m.source));
  const allTargets = ranked(voters.flatMap((m) => m.target));
  // "IBM" says more than "US businesses": drop a generic code when a named actor of that country and role is there.
  const target = allTargets.filter((t) => t.split('.').length > 2 || !allTargets.some((o) => o.startsWith(`${t}.`)));
  const mentions = uniqueMentions(cl.members.map((m) => m.mention));
  const docs = new Set(mentions.map((m) => m.doc)).size;
  const first = voters[0]!;
  const event: Event = {
    id: cl.id,
    type,
    measure,
    source: source.slice(0, 5),
    target: target.slice(0, 6),
    mentions,
    confidence: Math.min(0.99, Math.round((voters.reduce((a, m) => Math.max(a, m.confidence), 0) + 0.03 * (docs - 1)) * 100) / 100),
    rule: `${first.trigger} → ${measure} (${lex.measures.get(measure)?.label ?? measure}); source: ${first.how.source || 'none'}; target: ${first.how.target || 'none'}${first.modality === 'threat' ? '; modality: threat' : ''}`,
  };
  const date = bestDate(cl);
  if (date) event.date = date;
  return event;
}

function bestDate(cl: Cluster): Event['date'] {
  const stated = cl.members.filter((m) => m.dateExplicit && m.date);
  // Reports of the event itself date it first; references ("Australia's call, in April, …") when nothing else does.
  const primary = stated.filter((m) => !m.mergeOnly && !m.reference);
  const explicit = (primary.length ? primary : stated).map((m) => m.date!);
  if (explicit.length) {
    const counts = new Map<string, number>();
    for (const d of explicit) counts.set(d.start, (counts.get(d.start) ?? 0) + 1);
    const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1))[0]![0];
    return { start: best, precision: explicit.find((d) => d.start === best)!.precision };
  }
  const fallback = cl.members.filter((m) => m.date).map((m) => m.date!);
  if (!fallback.length) return undefined;
  const earliest = fallback.reduce((a, b) => (span(b.start)[0] < span(a.start)[0] ? b : a));
  return { start: earliest.start, precision: earliest.precision };
}

function majority(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = values[0]!;
  for (const [v, n] of counts) if (n > counts.get(best)!) best = v;
  return best;
}

function ranked(values: string[]): string[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)!);
}

function uniqueMentions(mentions: Mention[]): Mention[] {
  const seen = new Set<string>();
  const out: Mention[] = [];
  for (const m of [...mentions].sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.start - b.start))) {
    const key = `${m.doc}:${m.start}:${m.end}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(m);
    }
  }
  return out;
}
