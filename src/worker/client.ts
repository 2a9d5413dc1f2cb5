/**
 * The page's side of the extraction worker. One run at a time; `cancel()` terminates the worker
 * (stopping even a long document at once) and the next run starts a fresh one.
 */
import type { CorpusDoc, InputFile } from '../corpus/corpus.js';
import type { EventsFile } from '../events/types.js';
import type { DocumentPart } from '../extract/pipeline.js';
import type { LexiconFile } from '../lexicon/types.js';
import type { ExtractRequest, WorkerReply } from './protocol.js';

export interface ExtractionProgress {
  done: number;
  total: number;
  /** The id of the document just extracted. */
  doc?: string;
}

export interface ExtractionHandlers {
  /** The files read as documents, before extraction starts. */
  onCorpus?: (docs: CorpusDoc[], warnings: string[]) => void;
  onProgress?: (progress: ExtractionProgress) => void;
}

export interface ExtractionResult {
  events: EventsFile;
  docs: CorpusDoc[];
  warnings: string[];
  /** The parts of the new documents, to keep for the next run. */
  parts: DocumentPart[];
}

/** Thrown (as a rejection) by a run that was cancelled. */
export class ExtractionCancelled extends Error {
  constructor() {
    super('Extraction cancelled');
    this.name = 'ExtractionCancelled';
  }
}

export type WorkerFactory = () => Worker;

const defaultFactory: WorkerFactory = () => new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module', name: 'reprisal-extract' });

export class ExtractionClient {
  readonly #factory: WorkerFactory;
  #worker: Worker | undefined;
  #next = 1;
  #current: { id: number; reject: (error: unknown) => void } | undefined;

  constructor(factory: WorkerFactory = defaultFactory) {
    this.#factory = factory;
  }

  get running(): boolean {
    return this.#current !== undefined;
  }

  /**
   * Extracts `files` and assembles them with `parts` kept from earlier runs (extracted with the same
   * `lexicon`, the analyst's own entries). A new run cancels the one before.
   */
  run(files: InputFile[], parts: DocumentPart[], handlers: ExtractionHandlers = {}, lexicon: LexiconFile[] = []): Promise<ExtractionResult> {
    this.cancel();
    const worker = (this.#worker ??= this.#factory());
    const id = this.#next++;
    return new Promise<ExtractionResult>((resolve, reject) => {
      let docs: CorpusDoc[] = [];
      let warnings: string[] = [];
      const fresh: DocumentPart[] = [];
      const finish = () => {
        worker.removeEventListener('message', onMessage);
        worker.removeEventListener('error', onError);
        if (this.#current?.id === id) this.#current = undefined;
      };
      const onMessage = (event: MessageEvent<WorkerReply>) => {
        const reply = event.data;
        if (reply.id !== id) return;
        if (reply.type === 'corpus') {
          ({ docs, warnings } = reply);
          handlers.onCorpus?.(docs, warnings);
          handlers.onProgress?.({ done: 0, total: docs.length });
        } else if (reply.type === 'progress') {
          fresh.push(reply.part);
          handlers.onProgress?.({ done: reply.done, total: reply.total, doc: reply.doc });
        } else if (reply.type === 'done') {
          finish();
          resolve({ events: reply.events, docs, warnings, parts: fresh });
        } else {
          finish();
          reject(new Error(reply.message));
        }
      };
      const onError = (event: ErrorEvent) => {
        finish();
        this.#drop();
        reject(new Error(event.message || 'The extraction worker failed'));
      };
      worker.addEventListener('message', onMessage);
      worker.addEventListener('error', onError);
      this.#current = {
        id,
        reject: (error) => {
          finish();
          reject(error);
        },
      };
      const request: ExtractRequest = { type: 'extract', id, files, parts, lexicon };
      worker.postMessage(request);
    });
  }

  /** Stops the current run, if any: its promise rejects with ExtractionCancelled. */
  cancel(): void {
    const current = this.#current;
    if (!current) return;
    this.#current = undefined;
    this.#drop();
    current.reject(new ExtractionCancelled());
  }

  /** Ends the worker for good (a later run starts a new one). */
  dispose(): void {
    this.cancel();
    this.#drop();
  }

  #drop(): void {
    this.#worker?.terminate();
    this.#worker = undefined;
  }
}
