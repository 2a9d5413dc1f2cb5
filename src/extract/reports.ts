/**
 * The reports stream `reprisal-reports/1`: what each document says, before reports of one event are
 * merged across documents. One JSON object per line, so it streams in constant memory, shards can be
 * concatenated (`cat a.ndjson b.ndjson`), and a map step anywhere (GNU parallel, Spark, Beam) can
 * write it; `assemble` over the parts read back gives exactly the events of one whole run.
 *
 *   {"format":"reprisal-reports/1","lexicon":"1a2b3c4d"}   a header (one per shard; repeats allowed)
 *   {"document":{…Doc}}                                    one per document
 *   {"report":{…}}                                         one per sentence reporting a measure
 *   {"cue":{…}}                                            one per stated link
 *
 * Every report and cue names its document, so lines may come in any order.
 */
import type { Doc } from '../events/types.js';
import type { Candidate, LinkClaim } from './candidate.js';
import { inOrder, type DocumentPart } from './pipeline.js';

export const REPORTS_FORMAT = 'reprisal-reports/1';

export function headerLine(lexicon: string): string {
  return JSON.stringify({ format: REPORTS_FORMAT, lexicon });
}

/** One document's lines, each ending in a newline. */
export function partLines(part: DocumentPart): string {
  let out = `${JSON.stringify({ document: part.doc })}\n`;
  for (const report of part.candidates) out += `${JSON.stringify({ report })}\n`;
  for (const cue of part.claims) out += `${JSON.stringify({ cue })}\n`;
  return out;
}

export class ReportsError extends Error {}

/**
 * Gathers the parts of one or more streams, line by line. Lines it cannot read are reported with
 * their file and line number and left out; a stream of another format, or a lexicon other than the
 * one merging, is an error, since the result would silently differ from a whole run.
 */
export class ReportsReader {
  readonly warnings: string[] = [];
  readonly #parts = new Map<string, DocumentPart>();
  /** The stream each document came from: the same document in two shards is read from the first only. */
  readonly #owner = new Map<string, string>();
  readonly #lexicon: string;
  readonly #twice = new Set<string>();
  #headers = 0;

  constructor(lexicon: string) {
    this.#lexicon = lexicon;
  }

  /** Reads one line of `file` (1-based `line`, for messages). */
  read(text: string, file: string, line: number): void {
    if (!text.trim()) return;
    const where = `${file}:${line}`;
    let record: unknown;
    try {
      record = JSON.parse(text);
    } catch {
      if (line === 1) throw new ReportsError(`${file}: not a reports stream (${REPORTS_FORMAT}); write one with reprisal extract DIR --format ndjson`);
      return this.#warn(`${where}: not valid JSON; line left out`);
    }
    if (!isObject(record)) return this.#warn(`${where}: not an object; line left out`);
    if ('format' in record) return this.#header(record, file);
    if (line === 1) throw new ReportsError(`${file}: no ${REPORTS_FORMAT} header on its first line; write it with reprisal extract DIR --format ndjson`);
    if (isObject(record.document)) return this.#document(record.document as unknown as Doc, file, where);
    if (isObject(record.report)) return this.#report(record.report as unknown as Candidate, file, where);
    if (isObject(record.cue)) return this.#cue(record.cue as unknown as LinkClaim, file, where);
    this.#warn(`${where}: neither a document, a report nor a cue; line left out`);
  }

  /** The documents read, each with its reports and cues; reports of a document never declared are reported. */
  parts(): DocumentPart[] {
    if (!this.#headers) throw new ReportsError(`no ${REPORTS_FORMAT} stream was read`);
    const parts: DocumentPart[] = [];
    for (const part of this.#parts.values()) {
      if (part.doc.length < 0) {
        this.#warn(`${part.doc.id}: reports of a document no stream declares; left out`);
        continue;
      }
      parts.push(inOrder(part));
    }
    return parts;
  }

  #header(record: Record<string, unknown>, file: string) {
    if (record.format !== REPORTS_FORMAT) {
      const hint = record.format === 'reprisal-events/1' ? ': it is an events file; merge needs the reports of each shard (reprisal extract DIR --format ndjson)' : '';
      throw new ReportsError(`${file}: format is "${String(record.format)}", expected "${REPORTS_FORMAT}"${hint}`);
    }
    if (record.lexicon !== this.#lexicon) {
      throw new ReportsError(`${file}: extracted with another lexicon (${String(record.lexicon)}, here ${this.#lexicon}); merge with the same --lexicon files the shards were extracted with`);
    }
    this.#headers++;
  }

  /** The document's part, or undefined (after a warning) when another stream owns it. */
  #part(id: string, file: string): DocumentPart | undefined {
    const owner = this.#owner.get(id);
    if (owner === undefined) this.#owner.set(id, file);
    else if (owner !== file) {
      if (!this.#twice.has(id)) this.#warn(`${file}: document ${id} is also in ${owner}; read from ${owner} only`);
      this.#twice.add(id);
      return undefined;
    }
    let part = this.#parts.get(id);
    if (!part) {
      // A placeholder until the document's own line arrives: length -1 marks it undeclared.
      part = { doc: { id, length: -1 }, candidates: [], claims: [] };
      this.#parts.set(id, part);
    }
    return part;
  }

  #document(doc: Doc, file: string, where: string) {
    if (typeof doc.id !== 'string' || typeof doc.length !== 'number') return this.#warn(`${where}: a document without id or length; line left out`);
    const part = this.#part(doc.id, file);
    if (!part) return;
    if (part.doc.length >= 0) return this.#warn(`${where}: document ${doc.id} is declared twice; the second left out`);
    part.doc = doc;
  }

  #report(report: Candidate, file: string, where: string) {
    if (typeof report.doc !== 'string' || typeof report.key !== 'string' || typeof report.type !== 'string' || !isObject(report.mention)) {
      return this.#warn(`${where}: a report without doc, key, type or mention; line left out`);
    }
    this.#part(report.doc, file)?.candidates.push(report);
  }

  #cue(cue: LinkClaim, file: string, where: string) {
    if (typeof cue.doc !== 'string' || typeof cue.response !== 'string') return this.#warn(`${where}: a cue without doc or response; line left out`);
    this.#part(cue.doc, file)?.claims.push(cue);
  }

  #warn(message: string) {
    // A broken shard could flood the terminal: the first hundred problems are enough to act on.
    if (this.warnings.length < 100) this.warnings.push(message);
    else if (this.warnings.length === 100) this.warnings.push('… more problems left unreported');
  }
}

const isObject = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object' && !Array.isArray(x);
