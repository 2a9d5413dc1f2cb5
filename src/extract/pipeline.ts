/**
 * Corpus → events file. The stages run in this order, and the order matters:
 * 1. each document alone (document.ts): candidates and the links its cues state;
 * 2. deduplication across documents (dedup.ts), after every document is read, since an event's
 *    reports can come in any order;
 * 3. links (links.ts), last, because they join deduplicated events, not single reports.
 */
import type { CorpusDoc } from '../corpus/corpus.js';
import type { Actor, Doc, EventsFile } from '../events/types.js';
import { EVENTS_FORMAT } from '../events/types.js';
import { compileLexicon, INFERRED_LINKS, type Lexicon } from '../lexicon/compile.js';
import type { Candidate, LinkClaim } from './candidate.js';
import { cluster, toEvent } from './dedup.js';
import { extractDocument } from './document.js';
import { actorLabel } from './labels.js';
import { buildLinks, type LinkOptions } from './links.js';

export interface ExtractOptions {
  lexicon?: Lexicon;
  links?: Partial<LinkOptions>;
  /** Called after each document: (done, total). */
  onProgress?: (done: number, total: number) => void;
}

/** What one document yields before corpus-wide merging: the unit a worker or a shard computes. */
export interface DocumentPart {
  doc: Doc;
  candidates: Candidate[];
  claims: LinkClaim[];
}

let defaultLexicon: Lexicon | undefined;

export function extract(docs: CorpusDoc[], options: ExtractOptions = {}): EventsFile {
  const lex = options.lexicon ?? (defaultLexicon ??= compileLexicon());
  const parts = docs.map((d, i) => {
    const part = extractPart(d, lex);
    options.onProgress?.(i + 1, docs.length);
    return part;
  });
  return assemble(parts, lex, options.links);
}

/** Extraction of one document: pure, so it can run anywhere (a worker, a shard, a batch job). */
export function extractPart(doc: CorpusDoc, lex: Lexicon): DocumentPart {
  const { candidates, claims } = extractDocument(doc, lex);
  return inOrder({ doc: docRecord(doc), candidates, claims });
}

/**
 * A part with its reports in text order: the order deduplication sees them in, restored the same
 * way whatever order a shard's lines were read back in.
 */
export function inOrder(part: DocumentPart): DocumentPart {
  part.candidates.sort((a, b) => a.sentence - b.sentence || a.at - b.at || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const claimKey = (c: LinkClaim) => `${String(c.evidence.start).padStart(10, '0')}:${String(c.evidence.end).padStart(10, '0')}:${c.response}:${c.provoker ?? ''}:${c.cue}`;
  part.claims.sort((a, b) => (claimKey(a) < claimKey(b) ? -1 : claimKey(a) > claimKey(b) ? 1 : 0));
  return part;
}

/** Parts (in any order) → the events file: deduplication, links, actors. */
export function assemble(parts: DocumentPart[], lex: Lexicon = (defaultLexicon ??= compileLexicon()), linkOptions: Partial<LinkOptions> = {}): EventsFile {
  const sorted = [...parts].sort((a, b) => (a.doc.id < b.doc.id ? -1 : a.doc.id > b.doc.id ? 1 : 0));
  const candidates = sorted.flatMap((p) => p.candidates);
  const clusters = cluster(candidates, lex);
  const eventOf = new Map<string, string>();
  const events = clusters.map((cl) => {
    const first = [...cl.members].sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.at - b.at))[0]!;
    cl.id = `${first.doc}:${first.at}`;
    for (const m of cl.members) eventOf.set(m.key, cl.id);
    return toEvent(cl, lex);
  });
  events.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const links = buildLinks(events, sorted.flatMap((p) => p.claims), eventOf, {
    windowDays: INFERRED_LINKS.windowDays,
    inferredConfidence: INFERRED_LINKS.confidence,
    infer: true,
    ...linkOptions,
  });
  return { format: EVENTS_FORMAT, documents: sorted.map((p) => p.doc), actors: actorsOf(events, candidates, lex), events, links };
}

function docRecord(d: CorpusDoc): Doc {
  const doc: Doc = { id: d.id, length: d.length };
  if (d.title) doc.title = d.title;
  if (d.source) doc.source = d.source;
  if (d.published) doc.published = d.published;
  if (d.excluded.length) doc.excluded = d.excluded.map((e) => ({ ...e }));
  return doc;
}

function actorsOf(events: EventsFile['events'], candidates: Candidate[], lex: Lexicon): Actor[] {
  const labels = new Map<string, string>();
  for (const c of candidates) for (const [code, label] of Object.entries(c.labels)) if (!labels.has(code) && label !== code) labels.set(code, label);
  const ids = new Set(events.flatMap((e) => [...e.source, ...e.target]));
  return [...ids].sort().map((id) => {
    const [country, role] = id.split('.');
    const actor: Actor = { id, name: labels.get(id) ?? actorLabel(id, undefined, undefined, lex) };
    if (country) actor.country = country;
    if (role) actor.role = role;
    return actor;
  });
}
