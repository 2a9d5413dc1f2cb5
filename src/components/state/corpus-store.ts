/**
 * The page's corpus: its documents (with their text, for showing where an event is reported),
 * the events extracted from them, and the state of the extraction running in the worker.
 * Adding files extracts only the new ones; the parts of the documents already read are kept and
 * assembled again with them (deduplication and links are corpus-wide).
 *
 * The analyst's corrections are an overlay: the extractor's output (`extracted`) is never
 * changed; the events every view shows are it with the corrections applied, again after every
 * extraction and every correction. The corpus's files are kept, so that it can be extracted
 * again with the analyst's own actors, and saved for the next visit.
 */
import type { CorpusDoc, InputFile } from '../../corpus/corpus.js';
import { applyCorrections, type CorrectionStatus } from '../../corrections/index.js';
import { EVENTS_FORMAT, type EventsFile } from '../../events/types.js';
import { ExtractionCancelled, ExtractionClient, type ExtractionProgress, type KeptPart } from '../../worker/client.js';
import { dropDocs, filesForRun, keepFiles } from './corpus-files.js';
import { CorrectionsStore } from './corrections-store.js';
import { lexiconOf, type UserActor } from './user-actors.js';
import { Store } from './store.js';

export type CorpusStatus = 'empty' | 'extracting' | 'ready' | 'cancelled' | 'error';

export interface CorpusState {
  status: CorpusStatus;
  /** Every document, in id order. */
  docs: CorpusDoc[];
  /** What the page shows: the extracted events with the analyst's corrections applied. */
  events: EventsFile;
  /** The extractor's output, as it came out of the worker. */
  extracted: EventsFile;
  /** What became of each correction on this extraction, in the order they apply. */
  applied: CorrectionStatus[];
  /** What the latest run could not read, one line per file. */
  warnings: string[];
  /** While extracting: documents done of those being read. */
  progress?: ExtractionProgress;
  /** Why the latest run stopped (cancelled, failed). */
  message?: string;
}

const NONE: readonly File[] = Object.freeze([]);

export const EMPTY_EVENTS: EventsFile = Object.freeze({ format: EVENTS_FORMAT, documents: [], actors: [], events: [], links: [] }) as EventsFile;

export class CorpusStore extends Store<CorpusState> {
  #state: CorpusState = { status: 'empty', docs: [], events: EMPTY_EVENTS, extracted: EMPTY_EVENTS, applied: [], warnings: [] };
  #parts = new Map<string, KeptPart>();
  /** The files the corpus was read from (those that became documents, and manifests). */
  #files: InputFile[] = [];
  #fromDefaults = false;
  #importedFrom: readonly File[] = NONE;
  #actors: readonly UserActor[] = [];
  #client: ExtractionClient;
  #stopCorrections: () => void;
  #loaded: Promise<EventsFile>;
  #resolveLoaded!: (events: EventsFile) => void;
  /** Counts runs, so that a run superseded by a newer one leaves the state alone. */
  #generation = 0;

  /** The analyst's corrections of this corpus's events. */
  readonly corrections: CorrectionsStore;

  constructor(client: ExtractionClient = new ExtractionClient(), corrections: CorrectionsStore = new CorrectionsStore()) {
    super();
    this.#client = client;
    this.corrections = corrections;
    this.defaults = undefined;
    this.#loaded = new Promise((resolve) => (this.#resolveLoaded = resolve));
    this.#stopCorrections = corrections.subscribe(() => this.#set(this.#corrected(this.#state.extracted)));
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

  /** The files the corpus was read from: what a re-extraction reads, and what is saved. */
  get files(): readonly InputFile[] {
    return this.#files;
  }

  /** Whether the corpus is the built-in one, as it came. */
  get fromDefaults(): boolean {
    return this.#fromDefaults;
  }

  /** The event-data files (GDELT, POLECAT) the corpus was imported from; none when it was extracted here. */
  get importedFrom(): readonly File[] {
    return this.#importedFrom;
  }

  /** The analyst's own actors, added to the lexicon of every extraction. */
  get actors(): readonly UserActor[] {
    return this.#actors;
  }

  /**
   * Sets the analyst's own actors and, unless told not to (`extract: false`, when restoring a
   * saved visit before its corpus), extracts the whole corpus again with them.
   */
  setActors(actors: readonly UserActor[], { extract = true } = {}): Promise<EventsFile | undefined> {
    this.#actors = Object.freeze([...actors]);
    this.changed();
    // A run under way finishes with the actors it began with, then starts again (see #run).
    return extract && this.#files.length && this.#state.status !== 'extracting' ? this.reextract() : Promise.resolve(undefined);
  }

  /** Extracts every document again from its file (after the lexicon changed); corrections are applied again. */
  reextract(): Promise<EventsFile | undefined> {
    const files = this.#files;
    return this.#run(files, [], [], () => files, this.#fromDefaults);
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
    const kept = this.#files;
    return this.#run(files, [...this.#parts.values()], this.#state.docs, (docs) => keepFiles(kept, files, docs), false);
  }

  /** Starts a new corpus from `files`. */
  replace(files: InputFile[]): Promise<EventsFile | undefined> {
    return this.#run(files, [], [], (docs) => keepFiles([], files, docs), files === this.defaults);
  }

  /** Takes documents out of the corpus and assembles the rest again. */
  remove(docIds: readonly string[]): Promise<EventsFile | undefined> {
    const gone = new Set(docIds);
    const parts = [...this.#parts.values()].filter((p) => !gone.has(p.doc.id));
    const kept = dropDocs(this.#files, docIds);
    return this.#run([], parts, this.#state.docs.filter((d) => !gone.has(d.id)), () => kept, false);
  }

  /**
   * Makes the corpus events that were imported rather than extracted here (a GDELT or POLECAT
   * file, see worker/import-client.ts): their articles become its documents, without text, and
   * the corrections apply to them as to extracted events. There are no files to extract again,
   * so a change of the analyst's actors leaves them as they are. A run under way is stopped.
   * `from`, the files imported, is kept for the next visit to import again.
   */
  showImported(events: EventsFile, docs: CorpusDoc[], from: readonly File[] = []): EventsFile {
    this.#generation++;
    this.#client.cancel();
    this.#parts = new Map();
    this.#files = [];
    this.#fromDefaults = false;
    this.#importedFrom = Object.freeze([...from]);
    const corrected = this.#corrected(events);
    this.#set({ status: 'ready', docs, extracted: events, ...corrected, warnings: [], progress: undefined, message: undefined });
    this.#resolveLoaded(corrected.events);
    return corrected.events;
  }

  /** Stops the running extraction; the corpus stays as it was before it. */
  cancel(): void {
    this.#client.cancel();
  }

  protected get current(): CorpusState {
    return this.#state;
  }

  dispose(): void {
    this.#client.dispose();
    this.#stopCorrections();
  }

  /**
   * One extraction: `input` read and assembled with `parts`; on success the corpus's files become
   * `filesAfter(the new documents)`. A run superseded by a newer one, cancelled or failed leaves
   * the corpus (and its files) as they were.
   */
  async #run(input: InputFile[], parts: KeptPart[], keptDocs: CorpusDoc[], filesAfter: (docs: CorpusDoc[]) => InputFile[], fromDefaults: boolean): Promise<EventsFile | undefined> {
    const generation = ++this.#generation;
    const latest = () => generation === this.#generation;
    const { files, warnings: read } = filesForRun(input);
    const actors = this.#actors;
    this.#set({ status: 'extracting', warnings: read, progress: { done: 0, total: files.length }, message: undefined });
    try {
      const result = await this.#client.run(
        files,
        parts,
        {
          onCorpus: (_docs, warnings) => this.#set({ warnings: [...read, ...warnings] }),
          onProgress: (progress) => this.#set({ progress }),
        },
        lexiconOf(actors),
      );
      if (!latest()) return undefined;
      const fresh = new Set(result.docs.map((d) => d.id));
      const docs = [...keptDocs.filter((d) => !fresh.has(d.id)), ...result.docs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      this.#parts = new Map([...parts, ...result.parts].map((p) => [p.doc.id, p]));
      this.#files = filesAfter(result.docs);
      this.#fromDefaults = fromDefaults;
      this.#importedFrom = NONE;
      const corrected = this.#corrected(result.events);
      this.#set({ status: 'ready', docs, extracted: result.events, ...corrected, warnings: [...read, ...result.warnings], progress: undefined });
      this.#resolveLoaded(corrected.events);
      if (actors !== this.#actors) void this.reextract();
      return corrected.events;
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

  /** The events with the corrections applied, and what became of each correction. */
  #corrected(extracted: EventsFile): Pick<CorpusState, 'events' | 'applied'> {
    const list = this.corrections.list;
    // Before the first extraction there is nothing to apply them to: none is "not found" yet.
    if (!list.length || extracted === EMPTY_EVENTS) return { events: extracted, applied: [] };
    const { file, status } = applyCorrections(extracted, [...list]);
    return { events: file, applied: status };
  }

  #set(patch: Partial<CorpusState>): void {
    this.#state = { ...this.#state, ...patch };
    this.changed();
  }
}

let shared: CorpusStore | undefined;

/** The page's corpus, shared by every component that is given no events of its own. */
export function sharedCorpus(): CorpusStore {
  return (shared ??= new CorpusStore());
}
