/**
 * The assembler's state: the part of every document of the corpus, under the reference the page
 * knows it by, and the runs in progress. A run is assembled once every extractor of it is done:
 * its fresh parts with the kept ones the page names (deduplication and links are corpus-wide),
 * then the events file goes to the page in pieces. Pure of any worker global (assemble.worker.ts
 * gives it its channel).
 */
import type { Event, Link } from '../events/types.js';
import { assemble as assembleParts, type DocumentPart } from '../extract/pipeline.js';
import { lexiconWith } from './lexicon.js';
import { pieces } from './pieces.js';
import { partRef, type AssemblerReply, type AssemblerRequest, type PartsMessage } from './protocol.js';

export interface AssemblerChannels {
  reply: (message: AssemblerReply) => void;
  assemble?: typeof assembleParts;
}

interface Run {
  parts: DocumentPart[];
  shardsDone: number;
  request?: Extract<AssemblerRequest, { type: 'assemble' }>;
}

/** Characters of mention text per message to the page, and records per message. */
const TEXT_PER_MESSAGE = 64 * 1024;
const RECORDS_PER_MESSAGE = 200;

export interface Assembler {
  request(message: AssemblerRequest): void;
  parts(message: PartsMessage): void;
}

export function createAssembler({ reply, assemble = assembleParts }: AssemblerChannels): Assembler {
  /** ref → part. Pruned to what the page keeps at the start of each run, never before. */
  let kept = new Map<string, DocumentPart>();
  const runs = new Map<number, Run>();
  const aborted = new Set<number>();

  const runOf = (id: number): Run | undefined => {
    if (aborted.has(id)) return undefined;
    let run = runs.get(id);
    if (!run) runs.set(id, (run = { parts: [], shardsDone: 0 }));
    return run;
  };

  function finish(id: number, run: Run): void {
    const { keep, lexicon } = run.request!;
    runs.delete(id);
    const fresh = new Set(run.parts.map((p) => p.doc.id));
    const missing = keep.filter((ref) => !kept.has(ref));
    if (missing.length) throw new Error(`the parts of ${missing.length} kept document(s) are missing (${missing.slice(0, 3).join(', ')})`);
    const all: [string, DocumentPart][] = [
      ...keep.map((ref): [string, DocumentPart] => [ref, kept.get(ref)!]).filter(([, p]) => !fresh.has(p.doc.id)),
      ...run.parts.map((p): [string, DocumentPart] => [partRef(id, p.doc.id), p]),
    ];
    reply({ type: 'merging', id, documents: all.length });
    const file = assemble(
      all.map(([, p]) => p),
      lexiconWith(lexicon),
    );
    for (const [ref, part] of all) kept.set(ref, part);
    const weight = (e: Event) => 200 + e.mentions.reduce((s, m) => s + m.text.length, 0);
    for (const events of pieces(file.events, weight, TEXT_PER_MESSAGE)) {
      for (let i = 0; i < events.length; i += RECORDS_PER_MESSAGE) reply({ type: 'events', id, events: events.slice(i, i + RECORDS_PER_MESSAGE) });
    }
    const linkWeight = (l: Link) => 100 + (l.evidence?.text.length ?? 0);
    for (const links of pieces(file.links, linkWeight, TEXT_PER_MESSAGE)) {
      for (let i = 0; i < links.length; i += RECORDS_PER_MESSAGE) reply({ type: 'links', id, links: links.slice(i, i + RECORDS_PER_MESSAGE) });
    }
    reply({ type: 'assembled', id, documents: file.documents, actors: file.actors });
  }

  function maybeFinish(id: number): void {
    const run = runs.get(id);
    if (!run?.request || run.shardsDone < run.request.shards) return;
    try {
      finish(id, run);
    } catch (error) {
      runs.delete(id);
      reply({ type: 'error', id, message: error instanceof Error ? error.message : String(error) });
    }
  }

  return {
    request(message) {
      if (message.type === 'assemble') {
        // What the page no longer keeps is dropped now, and never sooner: a run it cancelled
        // late may have replaced parts it still names.
        const keep = new Set(message.keep);
        kept = new Map([...kept].filter(([ref]) => keep.has(ref)));
        const run = runOf(message.id);
        if (!run) return;
        run.request = message;
        maybeFinish(message.id);
      } else if (message.type === 'abort') {
        aborted.add(message.id);
        runs.delete(message.id);
      }
    },
    parts(message) {
      const run = runOf(message.id);
      if (!run) return;
      if (message.type === 'parts') for (const p of message.parts) run.parts.push(p);
      else {
        run.shardsDone++;
        maybeFinish(message.id);
      }
    },
  };
}
