/**
 * Where a component's events come from, in this order: its `events` property, which a
 * `<script type="application/json">` child sets (events written into the page); the events file
 * at its `src` attribute (fetched once per URL); else the page's corpus, re-rendering the host
 * whenever the corpus changes. Also gives the text of documents, when the corpus has it.
 *
 * In the embed bundle (src/embed, built with `vite build --mode embed`) there is no page corpus
 * to fall back on: an element without events says it needs `src` or inline events, and the
 * corpus, its worker and the extractor stay out of the bundle.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { inlineScript, readInlineEvents } from '../../embed/inline-events.js';
import type { EventsFile } from '../../events/types.js';
import { parseEventsFile } from '../../events/validate.js';
import type { CorpusState, CorpusStore } from './corpus-store.js';
import { updateInTurn } from './update-turns.js';

export interface EventsHost extends ReactiveControllerHost, HTMLElement {
  events?: EventsFile;
  src?: string;
  /** A corpus of its own; the page's shared one when undefined. */
  corpus?: CorpusStore;
}

export type EventsStatus = 'loading' | 'ready' | 'error';

const fetched = new Map<string, Promise<EventsFile>>();

// A constant once built, so the embed build drops every path to the page's corpus.
const EMBEDDED = import.meta.env.MODE === 'embed';

// The page's corpus is imported dynamically: a static import would put its worker into the embed
// build even when no code of it is kept. In the explorer it is already loaded (the app starts it),
// so the import resolves long before a view first asks.
let corpusModule: typeof import('./corpus-store.js') | undefined;
const corpusLoaded = EMBEDDED ? undefined : import('./corpus-store.js').then((module) => (corpusModule = module));

export class EventsController implements ReactiveController {
  readonly #host: EventsHost;
  #unsubscribe: (() => void) | undefined;
  #src: string | undefined;
  #loaded: EventsFile | undefined;
  #error: string | undefined;
  /** The inline script's text as last read, the events it gave (set as the host's), what was wrong with it. */
  #inlineText: string | undefined;
  #inlined: EventsFile | undefined;
  #inlineError: string | undefined;
  #observer: MutationObserver | undefined;

  constructor(host: EventsHost) {
    this.#host = host;
    host.addController(this);
  }

  /** The corpus the events come from: the host's own, else the page's (once its module is loaded). */
  get corpus(): CorpusStore {
    const corpus = this.#host.corpus ?? corpusModule?.sharedCorpus();
    if (!corpus) throw new Error(`<${this.#host.localName}> has no corpus: ${EMBEDDED ? 'it is embedded' : 'the page has not loaded it yet'}`);
    return corpus;
  }

  /** The events file to show, or undefined while it loads (or cannot be read). */
  get file(): EventsFile | undefined {
    if (this.#host.events) return this.#host.events;
    if (this.#inlineError) return undefined;
    if (this.#host.src) return this.#loaded;
    if (EMBEDDED || (!this.#host.corpus && !corpusModule)) return undefined;
    const { events } = this.corpus.state;
    return events === corpusModule?.EMPTY_EVENTS ? undefined : events;
  }

  get status(): EventsStatus {
    if (this.#host.events) return 'ready';
    if (this.#inlineError) return 'error';
    if (this.#host.src) return this.#error ? 'error' : this.#loaded ? 'ready' : 'loading';
    if (EMBEDDED) return 'error';
    return this.file ? 'ready' : 'loading';
  }

  /** What keeps the events from showing, in a sentence naming the element or the file. */
  get error(): string | undefined {
    if (this.#host.events) return undefined;
    if (this.#inlineError) return this.#inlineError;
    if (this.#host.src) return this.#error;
    if (EMBEDDED) return `<${this.#host.localName}> has no events: give it a src attribute (the URL of an events file) or a <script type="application/json"> child holding the events.`;
    return undefined;
  }

  /** What to say while the events are on their way. */
  get waiting(): string {
    return this.#host.src && !this.#host.events ? 'Loading events…' : 'Extracting events…';
  }

  /** A document's text, when the events come from the page's corpus. */
  text(docId: string): string | undefined {
    return EMBEDDED || this.#host.events || this.#host.src || this.file === undefined ? undefined : this.corpus.text(docId);
  }

  hostConnected(): void {
    this.#readInline();
    // The inline events may be written, or rewritten, after the element is on the page.
    this.#observer ??= new MutationObserver(() => this.#readInline());
    this.#observer.observe(this.#host, { childList: true, subtree: true, characterData: true });
    if (EMBEDDED) return;
    if (this.#host.corpus || corpusModule) this.#followCorpus();
    else
      void corpusLoaded?.then(() => {
        if (this.#host.isConnected && !this.#unsubscribe) this.#followCorpus();
        this.#host.requestUpdate();
      });
  }

  #followCorpus(): void {
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
    this.#observer?.disconnect();
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

  #readInline(): void {
    const text = inlineScript(this.#host)?.textContent ?? undefined;
    if (text === this.#inlineText) return;
    this.#inlineText = text;
    const read = text === undefined ? undefined : readInlineEvents(text, this.#host.localName);
    this.#inlineError = read?.error;
    // Events the page's own code set on the element win over the inline script.
    const ours = this.#host.events !== undefined && this.#host.events === this.#inlined;
    if (read?.file && (ours || this.#host.events === undefined)) this.#host.events = this.#inlined = read.file;
    else if (ours) this.#host.events = this.#inlined = undefined;
    this.#host.requestUpdate();
  }
}

/** What of the corpus's state a view of its events reads: the events, the documents' text, the corrections applied. */
function shownOf(state: CorpusState): readonly unknown[] {
  return [state.events, state.docs, state.applied];
}

async function load(url: string): Promise<EventsFile> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
  return parseEventsFile(await response.text());
}
