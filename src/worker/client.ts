/**
 * The page's side of extraction: a few extraction workers and one assembling worker (see
 * protocol.ts). One run at a time; a new run cancels the one before. The page's thread only
 * ever reads small messages, so it stays responsive whatever the corpus's size.
 *
 * What can go wrong, and what the page is told:
 * - a document the extractor fails on: a warning naming its file; the others are extracted;
 * - a worker that throws, dies or stops answering (an endless loop): the run fails with a message
 *   naming the file it was reading; the corpus is as it was, and the run can be tried again;
 * - cancel: the workers stop at once (they are terminated) and the corpus is as it was.
 * The assembler keeps the parts of the corpus's documents; when it is lost (it failed, or was
 * stopped while merging), the next run extracts the kept documents again from their text.
 */
import type { CorpusDoc, InputFile } from '../corpus/corpus.js';
import { EVENTS_FORMAT, type Event as Measure, type EventsFile, type Link } from '../events/types.js';
import type { LexiconFile } from '../lexicon/types.js';
import { nextTask, pieces } from './pieces.js';
import { partRef, type AssemblerReply, type AssemblerRequest, type ExtractorReply, type ExtractorRequest, type FileHandle } from './protocol.js';
import { sourceOf } from './reader.js';
import { shardCount, splitWork, type Shard as WorkShard } from './shards.js';

export interface ExtractionProgress {
  done: number;
  total: number;
  /** What the workers are doing: reading files, extracting documents, merging the reports. */
  phase?: 'reading' | 'extracting' | 'merging';
}

export interface ExtractionHandlers {
  /** The files read as documents (all of them, once read), before extraction ends. */
  onCorpus?: (docs: CorpusDoc[], warnings: string[]) => void;
  /** Now and then (a few times a second at most) while the run goes on. */
  onProgress?: (progress: ExtractionProgress) => void;
}

/**
 * A document of the corpus whose part the assembler keeps: what the page passes back to the
 * next run, instead of the part itself.
 */
export interface KeptPart {
  doc: CorpusDoc;
  /** The assembler's name for the part. */
  ref: string;
  /** Which assembler keeps it: a later one does not have it. */
  assembler: number;
}

export interface ExtractionResult {
  events: EventsFile;
  /** The documents read from the run's files (not those kept from before). */
  docs: CorpusDoc[];
  warnings: string[];
  /** The documents extracted in this run (from files, or again), for the next run. */
  parts: KeptPart[];
}

/** Thrown (as a rejection) by a run that was cancelled. */
export class ExtractionCancelled extends Error {
  constructor() {
    super('Extraction cancelled');
    this.name = 'ExtractionCancelled';
  }
}

/** Thrown (as a rejection) by a run whose worker failed, died or stopped answering. */
export class ExtractionFailed extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExtractionFailed';
  }
}

export type WorkerRole = 'extract' | 'assemble';
export type WorkerFactory = (role: WorkerRole) => Worker;

export interface ExtractionOptions {
  factory?: WorkerFactory;
  /** Extraction workers at most (default: the processor's cores, at most 2). */
  workers?: number;
  /** How long an extractor may stay silent on an ordinary document before it is taken for stuck (ms). */
  stallMs?: number;
}

const defaultFactory: WorkerFactory = (role) =>
  role === 'extract'
    ? new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module', name: 'reprisal-extract' })
    : new Worker(new URL('./assemble.worker.ts', import.meta.url), { type: 'module', name: 'reprisal-assemble' });

/** Slowest rates still taken for work (bytes a millisecond): reading files, extracting a long document. */
const READ_RATE = 1000;
const EXTRACT_RATE = 50;
/**
 * Bytes of files per message to an extractor, and files at most: copying a message's files holds
 * the page's thread, about 10 ms a megabyte on a busy machine.
 */
const BYTES_PER_MESSAGE = 256 * 1024;
const FILES_PER_MESSAGE = 200;
const PROGRESS_EVERY_MS = 100;


interface Extractor {
  worker: Worker;
  /** The assembler it is connected to. */
  assembler: number;
}

interface Shard {
  worker: Worker;
  bytes: number;
  /** Its documents in the order it extracts them: those read from files, then those again. */
  docs: CorpusDoc[];
  again: CorpusDoc[];
  read: boolean;
  done: number;
  total: number;
  finished: boolean;
  heard: number;
  /** The long document it has announced, while it works on it. */
  long?: { doc: string; length: number };
  /** Its files, in words: "a.txt", "a.txt and 3 other files". */
  files: string;
}

/** A run's work, shared out, and the assembler it goes to. */
interface Plan {
  assembler: Worker;
  epoch: number;
  /** The parts the assembler keeps, to assemble with the new ones. */
  keep: readonly KeptPart[];
  work: WorkShard[];
}

export class ExtractionClient {
  readonly #factory: WorkerFactory;
  readonly #most: number;
  readonly #stallMs: number;
  #extractors: Extractor[] = [];
  #assembler: Worker | undefined;
  #epoch = 0;
  #next = 1;
  #current: { id: number; stop: (error: Error, merging?: boolean) => void } | undefined;

  constructor(options: ExtractionOptions | WorkerFactory = {}) {
    const o = typeof options === 'function' ? { factory: options } : options;
    this.#factory = o.factory ?? defaultFactory;
    const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency || 2 : 2;
    this.#most = Math.max(1, o.workers ?? Math.min(2, cores));
    this.#stallMs = o.stallMs ?? 15_000;
  }

  get running(): boolean {
    return this.#current !== undefined;
  }

  /**
   * Extracts `files` and assembles them with the documents kept from earlier runs (`parts`,
   * extracted with the same `lexicon`, the analyst's own entries).
   */
  run(files: readonly InputFile[], parts: readonly KeptPart[], handlers: ExtractionHandlers = {}, lexicon: LexiconFile[] = []): Promise<ExtractionResult> {
    this.cancel();
    const id = this.#next++;
    // The work is shared out in a task of its own: for 10,000 files, sharing it out in the task
    // that also drew the page's "extracting" held the page's thread too long.
    let stopped: Error | undefined;
    this.#current = {
      id,
      stop: (error) => {
        stopped ??= error;
        if (this.#current?.id === id) this.#current = undefined;
      },
    };
    const ready = async () => {
      await nextTask();
      if (stopped) throw stopped;
      const assembler = this.#ensureAssembler();
      const epoch = this.#epoch;
      const keep = parts.filter((p) => p.assembler === epoch);
      const again = parts.filter((p) => p.assembler !== epoch).map((p) => p.doc);
      const bytes = files.reduce((n, f) => n + f.bytes.length, 0) + again.reduce((n, d) => n + d.length, 0);
      const split = await splitWork(files, again, shardCount(bytes, this.#most), nextTask);
      if (stopped) throw stopped;
      const work = split.filter((s) => s.docs.length || s.files.some((f) => !f.name.endsWith('corpus.json')));
      return this.#start(id, { assembler, epoch, keep, work }, handlers, lexicon);
    };
    return ready();
  }

  #start(id: number, { assembler, epoch, keep, work }: Plan, handlers: ExtractionHandlers, lexicon: LexiconFile[]): Promise<ExtractionResult> {
    const extractors = this.#ensureExtractors(work.length);

    return new Promise<ExtractionResult>((resolve, reject) => {
      const shards: Shard[] = work.map((w, i) => ({
        worker: extractors[i]!.worker,
        bytes: w.bytes,
        docs: [],
        again: w.docs,
        read: false,
        done: 0,
        total: 0,
        finished: false,
        heard: performance.now(),
        files: describeFiles(w.files.map((f) => f.name).concat(w.docs.map((d) => d.file))),
      }));
      const read: CorpusDoc[] = [];
      /** The text so far of long documents whose pieces are on their way. */
      const longText = new Map<string, string>();
      // Each line once (a manifest's go to every extractor), kept unique as they come.
      const warnings: string[] = [];
      const warned = new Set<string>();
      const warn = (line: string) => {
        if (warned.has(line)) return;
        warned.add(line);
        warnings.push(line);
      };
      const failed = new Set<string>();
      const events: Measure[] = [];
      const links: Link[] = [];
      let phase: ExtractionProgress['phase'] = shards.length ? 'reading' : 'merging';
      let merging = false;
      let reported = 0;
      let pending: ReturnType<typeof setTimeout> | undefined;
      let over = false;

      const progress = (now = false) => {
        if (over) return;
        const report = () => {
          pending = undefined;
          reported = performance.now();
          const total = shards.reduce((n, s) => n + (s.read ? s.total || s.docs.length + s.again.length : 0), 0);
          handlers.onProgress?.({ done: shards.reduce((n, s) => n + s.done, 0), total, phase });
        };
        if (now) {
          clearTimeout(pending);
          report();
        } else if (!pending) pending = setTimeout(report, Math.max(0, PROGRESS_EVERY_MS - (performance.now() - reported)));
      };

      const watchdog = setInterval(() => {
        const now = performance.now();
        for (const s of shards) {
          if (s.finished) continue;
          const allowance = this.#stallMs + (!s.read ? s.bytes / READ_RATE : s.long ? s.long.length / EXTRACT_RATE : 0);
          if (now - s.heard <= allowance) continue;
          const what = reading(s, 'its last document');
          stop(new ExtractionFailed(`The extractor stopped answering while reading ${what} (nothing for ${Math.round((now - s.heard) / 1000)} s), so it was stopped. The corpus is as it was; try again, perhaps without that file.`));
          return;
        }
      }, 500);

      const finish = () => {
        over = true;
        clearInterval(watchdog);
        clearTimeout(pending);
        for (const s of shards) s.worker.removeEventListener('message', onExtractor), s.worker.removeEventListener('error', onExtractorError);
        assembler.removeEventListener('message', onAssembler);
        assembler.removeEventListener('error', onAssemblerError);
        if (this.#current?.id === id) this.#current = undefined;
      };

      const stop = (error: Error, assemblerLost = false) => {
        if (over) return;
        finish();
        // The extractors' state is unknown (or they are busy with a run nobody wants): new ones next time.
        this.#dropExtractors();
        if (assemblerLost || merging) this.#dropAssembler();
        else assembler.postMessage({ type: 'abort', id } satisfies AssemblerRequest);
        reject(error);
      };

      const onExtractor = (event: MessageEvent<ExtractorReply>) => {
        const reply = event.data;
        if (reply.id !== id) return;
        const s = shards.find((x) => x.worker === event.target)!;
        s.heard = performance.now();
        switch (reply.type) {
          case 'text': {
            const before = longText.get(reply.doc);
            // Joined as they come (a rope: nothing is copied until the text is read).
            longText.set(reply.doc, before === undefined ? reply.text : before + reply.text);
            break;
          }
          case 'corpus': {
            let at = 0;
            for (const d of reply.docs) {
              const before = longText.get(d.id) ?? '';
              longText.delete(d.id);
              const own = d.length - before.length;
              d.text = before + reply.text.slice(at, at + own);
              at += own;
              s.docs.push(d);
              read.push(d);
            }
            for (const line of reply.warnings) warn(line);
            if (reply.last) {
              s.read = true;
              if (shards.every((x) => x.read)) {
                phase = 'extracting';
                handlers.onCorpus?.(read, [...warnings]);
                progress(true);
              }
            }
            break;
          }
          case 'progress':
            s.done = reply.done;
            s.total = reply.total;
            s.long = reply.next;
            progress();
            break;
          case 'warning':
            warn(reply.warning);
            failed.add(reply.doc);
            break;
          case 'shard-done':
            s.finished = true;
            if (shards.every((x) => x.finished)) {
              phase = 'merging';
              progress(true);
            }
            break;
          case 'error':
            stop(new ExtractionFailed(`The extractor failed while reading ${s.docs.concat(s.again)[s.done]?.file ?? 'the files'}: ${reply.message}. The corpus is as it was.`));
            break;
        }
      };
      const onExtractorError = (event: Event) => {
        event.preventDefault();
        const s = shards.find((x) => x.worker === event.target);
        const what = s ? ` while reading ${reading(s, 'its files')}` : '';
        stop(new ExtractionFailed(`The extraction worker failed${what}${event instanceof ErrorEvent && event.message ? ` (${event.message})` : ''}. The corpus is as it was; try again.`));
      };
      const onAssembler = (event: MessageEvent<AssemblerReply>) => {
        const reply = event.data;
        if (reply.id !== id) return;
        switch (reply.type) {
          case 'merging':
            merging = true;
            phase = 'merging';
            progress(true);
            break;
          case 'events':
            for (const e of reply.events) events.push(e);
            break;
          case 'links':
            for (const l of reply.links) links.push(l);
            break;
          case 'assembled': {
            finish();
            // Handed over in a task of its own: with reading this last message, taking in a large
            // corpus's result (every view of it updates) made one long task.
            void nextTask().then(() => {
              const docs = read.filter((d) => !failed.has(d.id));
              const extracted = [...docs, ...shards.flatMap((s) => s.again)].filter((d) => !failed.has(d.id));
              const fresh = extracted.map((doc): KeptPart => ({ doc, ref: partRef(id, doc.id), assembler: epoch }));
              resolve({
                events: { format: EVENTS_FORMAT, documents: reply.documents, actors: reply.actors, events, links },
                docs,
                warnings,
                parts: fresh,
              });
            });
            break;
          }
          case 'error':
            stop(new ExtractionFailed(`Merging the reports failed: ${reply.message}. The corpus is as it was.`), true);
            break;
        }
      };
      const onAssemblerError = (event: Event) => {
        event.preventDefault();
        stop(new ExtractionFailed(`The assembling worker failed${event instanceof ErrorEvent && event.message ? ` (${event.message})` : ''}. The corpus is as it was; try again.`), true);
      };

      for (const s of shards) {
        s.worker.addEventListener('message', onExtractor);
        s.worker.addEventListener('error', onExtractorError);
      }
      assembler.addEventListener('message', onAssembler);
      assembler.addEventListener('error', onAssemblerError);
      this.#current = { id, stop };

      assembler.postMessage({ type: 'assemble', id, keep: keep.map((p) => p.ref), shards: shards.length, lexicon } satisfies AssemblerRequest);
      progress(true);
      void (async () => {
        // The files go in pieces, so that copying them never holds the page's thread for long.
        for (const [i, s] of shards.entries()) {
          for (const piece of pieces(work[i]!.files, (f) => Math.max(f.bytes.length + 256, BYTES_PER_MESSAGE / FILES_PER_MESSAGE), BYTES_PER_MESSAGE)) {
            if (over) return;
            s.worker.postMessage({ type: 'files', id, files: piece.map(toSend) } satisfies ExtractorRequest);
            s.heard = performance.now();
            await nextTask();
          }
          if (over) return;
          s.worker.postMessage({ type: 'extract', id, docs: s.again, lexicon } satisfies ExtractorRequest);
          s.heard = performance.now();
        }
      })();
    });
  }

  /** Stops the current run, if any: its promise rejects with ExtractionCancelled. */
  cancel(): void {
    this.#current?.stop(new ExtractionCancelled());
  }

  /** Ends the workers for good (a later run starts new ones). */
  dispose(): void {
    this.cancel();
    this.#dropExtractors();
    this.#dropAssembler();
  }

  #ensureAssembler(): Worker {
    if (!this.#assembler) {
      this.#assembler = this.#factory('assemble');
      this.#epoch++;
    }
    return this.#assembler;
  }

  #ensureExtractors(count: number): Extractor[] {
    while (this.#extractors.length < count) this.#extractors.push({ worker: this.#factory('extract'), assembler: 0 });
    const used = this.#extractors.slice(0, count);
    for (const e of used) {
      if (e.assembler === this.#epoch) continue;
      const channel = new MessageChannel();
      this.#assembler!.postMessage({ type: 'connect', port: channel.port2 } satisfies AssemblerRequest, [channel.port2]);
      e.worker.postMessage({ type: 'connect', port: channel.port1 } satisfies ExtractorRequest, [channel.port1]);
      e.assembler = this.#epoch;
    }
    return used;
  }

  #dropExtractors(): void {
    for (const e of this.#extractors) e.worker.terminate();
    this.#extractors = [];
  }

  #dropAssembler(): void {
    this.#assembler?.terminate();
    this.#assembler = undefined;
  }
}

/**
 * A file goes as the File it was read from, when that is known (see FileHandle): a handle costs
 * the page's thread nothing to send, where its bytes are copied (10,000 files are 44 MB).
 */
function toSend(file: InputFile): InputFile | FileHandle {
  const source = sourceOf(file.bytes);
  return source ? { name: file.name, blob: source } : file;
}

/** What a shard is reading: the document it is extracting, or before that its files. */
function reading(s: Shard, otherwise: string): string {
  return s.read ? (s.docs.concat(s.again)[s.done]?.file ?? otherwise) : s.files;
}

function describeFiles(names: string[]): string {
  if (names.length <= 1) return names[0] ?? 'no file';
  return `${names[0]} and ${names.length - 1} other file${names.length > 2 ? 's' : ''}`;
}
