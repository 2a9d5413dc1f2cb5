/**
 * The page's corpus: its documents (with their text, for showing where an event is reported),
 * the events file extracted from them, and the state of the extraction running in the worker.
 * Adding files extracts only the new ones; the parts of the documents already read are kept and
 * assembled again with them (deduplication and links are corpus-wide).
 */
import type { CorpusDoc, InputFile } from '../../corpus/corpus.js';
import { EVENTS_FORMAT, type EventsFile } from '../../events/types.js';
import { ExtractionCancelled, ExtractionClient, type ExtractionProgress, type KeptPart } from '../../worker/client.js';

export type CorpusStatus = 'empty' | 'extracting' | 'ready' | 'cancelled' | 'error';

export interface CorpusState {
  status: CorpusStatus;
  /** Every document, in id order. */
  docs: CorpusDoc[];
  events: EventsFile;
  /** What the latest run could not read, one line per file. */
  warnings: string[];
  /** While extracting: documents done of those being read. */
  progress?: ExtractionProgress;
  /** Why the latest run stopped (cancelled, failed). */
  message?: string;
}

export const EMPTY_EVENTS: EventsFile = Object.freeze({ format: EVENTS_FORMAT, documents: [], actors: [], events: [], links: [] }) as EventsFile;

export class CorpusStore extends EventTarget {
  #state: CorpusState = { status: 'empty', docs: [], events: EMPTY_EVENTS, warnings: [] };
  #parts = new Map<string, KeptPart>();
  #client: ExtractionClient;
  #loaded: Promise<EventsFile>;
  #resolveLoaded!: (events: EventsFile) => void;
  /** Counts runs, so that a run superseded by a newer one leaves the state alone. */
  #generation = 0;

  constructor(client: ExtractionClient = new ExtractionClient()) {
    super();
    this.#client = client;
    this.defaults = undefined;
    this.#loaded = new Promise((resolve) => (this.#resolveLoaded = resolve));
  }

  get state(): CorpusState {
    return this.#state;
  }

  get events(): EventsFile {
    return this.#state.events;
  }

  get docs(): CorpusDoc[] {
    return this.#state.docs;
  }

  /** Resolves with the events file once a first extraction has finished. */
  loaded(): Promise<EventsFile> {
    return this.#loaded;
  }

  /** The text of a document, as its offsets index it. */
  text(docId: string): string | undefined {
    return this.#state.docs.find((d) => d.id === docId)?.text;
  }

  /** The built-in corpus, which restore() goes back to (the app sets the seeds). */
  defaults: InputFile[] | undefined;

  /** Replaces the corpus with the built-in one. */
  restore(): Promise<EventsFile | undefined> {
    return this.defaults ? this.replace(this.defaults) : Promise.resolve(undefined);
  }

  /** Reads `files` into the corpus (a file whose id is already there replaces that document). */
  add(files: InputFile[]): Promise<EventsFile | undefined> {
    return this.#run(files, [...this.#parts.values()], this.#state.docs);
  }

  /** Starts a new corpus from `files`. */
  replace(files: InputFile[]): Promise<EventsFile | undefined> {
    return this.#run(files, [], []);
  }

  /** Takes documents out of the corpus and assembles the rest again. */
  remove(docIds: readonly string[]): Promise<EventsFile | undefined> {
    const gone = new Set(docIds);
    const parts = [...this.#parts.values()].filter((p) => !gone.has(p.doc.id));
    return this.#run([], parts, this.#state.docs.filter((d) => !gone.has(d.id)));
  }

  /** Stops the running extraction; the corpus stays as it was before it. */
  cancel(): void {
    this.#client.cancel();
  }

  subscribe(listener: (state: CorpusState) => void): () => void {
    const handler = () => listener(this.#state);
    this.addEventListener('change', handler);
    return () => this.removeEventListener('change', handler);
  }

  dispose(): void {
    this.#client.dispose();
  }

  async #run(files: InputFile[], parts: KeptPart[], keptDocs: CorpusDoc[]): Promise<EventsFile | undefined> {
    const generation = ++this.#generation;
    const latest = () => generation === this.#generation;
    this.#set({ status: 'extracting', warnings: [], progress: { done: 0, total: files.length }, message: undefined });
    try {
      const result = await this.#client.run(files, parts, {
        onCorpus: (_docs, warnings) => this.#set({ warnings }),
        onProgress: (progress) => this.#set({ progress }),
      });
      if (!latest()) return undefined;
      const fresh = new Set(result.docs.map((d) => d.id));
      const docs = [...keptDocs.filter((d) => !fresh.has(d.id)), ...result.docs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      this.#parts = new Map([...parts, ...result.parts].map((p) => [p.doc.id, p]));
      this.#set({ status: 'ready', docs, events: result.events, warnings: result.warnings, progress: undefined });
      this.#resolveLoaded(result.events);
      return result.events;
    } catch (error) {
      if (!latest()) return undefined;
      if (error instanceof ExtractionCancelled) {
        const done = this.#state.progress;
        const message = `Cancelled${done ? ` after ${done.done} of ${done.total} documents` : ''}; the corpus is as it was.`;
        this.#set({ status: this.#state.events === EMPTY_EVENTS ? 'empty' : 'cancelled', progress: undefined, message });
        return undefined;
      }
      this.#set({ status: 'error', progress: undefined, message: error instanceof Error ? error.message : String(error) });
      return undefined;
    }
  }

  #set(patch: Partial<CorpusState>): void {
    this.#state = { ...this.#state, ...patch };
    this.dispatchEvent(new Event('change'));
  }
}

let shared: CorpusStore | undefined;

/** The page's corpus, shared by every component that is given no events of its own. */
export function sharedCorpus(): CorpusStore {
  return (shared ??= new CorpusStore());
}
