/**
 * Where a component's events come from, in this order: its `events` property; the events file at
 * its `src` attribute (fetched once per URL); else the page's corpus, re-rendering the host
 * whenever the corpus changes. Also gives the text of documents, when the corpus has it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { EVENTS_FORMAT, type EventsFile } from '../../events/types.js';
import { EMPTY_EVENTS, sharedCorpus, type CorpusState, type CorpusStore } from './corpus-store.js';
import { updateInTurn } from './update-turns.js';

export interface EventsHost extends ReactiveControllerHost, HTMLElement {
  events?: EventsFile;
  src?: string;
  /** A corpus of its own; the page's shared one when undefined. */
  corpus?: CorpusStore;
}

export type EventsStatus = 'loading' | 'ready' | 'error';

const fetched = new Map<string, Promise<EventsFile>>();

export class EventsController implements ReactiveController {
  readonly #host: EventsHost;
  #unsubscribe: (() => void) | undefined;
  #src: string | undefined;
  #loaded: EventsFile | undefined;
  #error: string | undefined;

  constructor(host: EventsHost) {
    this.#host = host;
    host.addController(this);
  }

  get corpus(): CorpusStore {
    return this.#host.corpus ?? sharedCorpus();
  }

  /** The events file to show, or undefined while it loads. */
  get file(): EventsFile | undefined {
    if (this.#host.events) return this.#host.events;
    if (this.#host.src) return this.#loaded;
    const { events } = this.corpus.state;
    return events === EMPTY_EVENTS ? undefined : events;
  }

  get status(): EventsStatus {
    if (this.#host.events) return 'ready';
    if (this.#host.src) return this.#error ? 'error' : this.#loaded ? 'ready' : 'loading';
    return this.file ? 'ready' : 'loading';
  }

  get error(): string | undefined {
    return this.#host.src ? this.#error : undefined;
  }

  /** A document's text, when the events come from the page's corpus. */
  text(docId: string): string | undefined {
    return this.#host.events || this.#host.src ? undefined : this.corpus.text(docId);
  }

  hostConnected(): void {
    let shown = shownOf(this.corpus.state);
    this.#unsubscribe = this.corpus.subscribe((state) => {
      // An extraction's progress changes the corpus's state a few times a second, but not what
      // a view of its events shows: redrawn then, a view of 10,000 events held the page.
      const now = shownOf(state);
      if (now.every((part, i) => part === shown[i])) return;
      shown = now;
      if (!this.#host.events && !this.#host.src) updateInTurn(this.#host);
    });
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  hostUpdate(): void {
    const src = this.#host.events ? undefined : this.#host.src;
    if (src === this.#src) return;
    this.#src = src;
    this.#loaded = undefined;
    this.#error = undefined;
    if (!src) return;
    const url = new URL(src, document.baseURI).href;
    let request = fetched.get(url);
    if (!request) fetched.set(url, (request = load(url)));
    request.then(
      (file) => {
        if (this.#src !== src) return;
        this.#loaded = file;
        this.#host.requestUpdate();
      },
      (error: unknown) => {
        fetched.delete(url);
        if (this.#src !== src) return;
        this.#error = `Could not load ${src}: ${error instanceof Error ? error.message : String(error)}`;
        this.#host.requestUpdate();
      },
    );
  }
}

/** What of the corpus's state a view of its events reads: the events, the documents' text, the corrections applied. */
function shownOf(state: CorpusState): readonly unknown[] {
  return [state.events, state.docs, state.applied];
}

async function load(url: string): Promise<EventsFile> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
  const file = (await response.json()) as Partial<EventsFile>;
  if (file?.format !== EVENTS_FORMAT || !Array.isArray(file.events)) throw new Error(`not a ${EVENTS_FORMAT} file`);
  return { documents: [], actors: [], links: [], ...file } as EventsFile;
}
