/**
 * The page's side of importing event data: GDELT 2.0 event exports and POLECAT/PLOVER JSONL
 * files are streamed in a worker (import-worker.ts), never read on the page's thread; the events
 * come back in pieces, one message per task, so the page keeps answering whatever the file's
 * size. One import at a time; a new one, or cancel(), stops the one before.
 */
import type { CorpusDoc } from '../corpus/corpus.js';
import { EVENTS_FORMAT, type Actor, type Doc, type Event, type EventsFile, type Excluded, type Link, type Mention } from '../events/types.js';
import type { EventDataFormat, ImportReply, ImportRequest } from './import-protocol.js';

export type { EventDataFormat } from './import-protocol.js';

/**
 * The format of an event-data file, by its name: GDELT exports are tab-separated `.CSV` files
 * (`20190516000000.export.CSV`), POLECAT and PLOVER files JSON lines. Anything else is not one.
 */
export function eventDataFormat(name: string): EventDataFormat | undefined {
  const base = name.slice(name.lastIndexOf('/') + 1).toLowerCase();
  if (/\.(csv|tsv)$/.test(base)) return 'gdelt';
  if (/\.(jsonl|ndjson)$/.test(base)) return 'polecat';
  return undefined;
}

export interface ImportProgress {
  /** Bytes read of all the files, and their total. */
  bytes: number;
  total: number;
  rows: number;
}

export interface ImportedEvents {
  events: EventsFile;
  /** The articles the events cite, as documents of the corpus (their text is not in the files). */
  docs: CorpusDoc[];
  /** What each file gave, and the rows that could not be read, one line each naming the file. */
  lines: string[];
}

/** An imported article has no text, so nothing of it is left out: one empty list for all of them. */
const NONE_EXCLUDED: Excluded[] = Object.freeze([]) as unknown as Excluded[];

export class ImportCancelled extends Error {
  constructor() {
    super('Import cancelled');
    this.name = 'ImportCancelled';
  }
}

export type ImportWorkerFactory = () => Worker;

const defaultFactory: ImportWorkerFactory = () => new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module', name: 'reprisal-import' });

export class ImportClient {
  readonly #factory: ImportWorkerFactory;
  #current: { worker: Worker; stop: (error: Error) => void } | undefined;

  constructor(factory: ImportWorkerFactory = defaultFactory) {
    this.#factory = factory;
  }

  get running(): boolean {
    return this.#current !== undefined;
  }

  /** Imports `files` as one events file. */
  run(files: readonly { file: File; format: EventDataFormat }[], onProgress?: (progress: ImportProgress) => void): Promise<ImportedEvents> {
    this.cancel();
    const worker = this.#factory();
    const total = files.reduce((n, f) => n + f.file.size, 0);
    const names = files.length === 1 ? files[0]!.file.name : `${files[0]!.file.name} and ${files.length - 1} other ${files.length === 2 ? 'file' : 'files'}`;
    return new Promise<ImportedEvents>((resolve, reject) => {
      const documents: Doc[] = [];
      const docs: CorpusDoc[] = [];
      const actors: Actor[] = [];
      const events: Event[] = [];
      const links: Link[] = [];
      const share = sharer();
      // The next piece is asked for when the page is idle: its frames go first, and its garbage
      // collector gets the idle time to keep up with a million new objects (see import-worker.ts).
      const ask = () => this.#current?.worker === worker && worker.postMessage({ type: 'more' });
      const next = () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(ask, { timeout: 100 }) : setTimeout(ask, 0));
      const stop = (error?: Error, done?: ImportedEvents) => {
        worker.terminate();
        if (this.#current?.worker === worker) this.#current = undefined;
        if (error) reject(error);
        else resolve(done!);
      };
      this.#current = { worker, stop };
      worker.addEventListener('message', ({ data }: MessageEvent<ImportReply>) => {
        switch (data.type) {
          case 'progress':
            onProgress?.({ bytes: data.bytes, total, rows: data.rows });
            break;
          case 'documents':
            for (const d of data.items) {
              documents.push(d);
              docs.push({ ...d, text: '', file: names, excluded: NONE_EXCLUDED });
            }
            next();
            break;
          case 'actors':
            for (const a of data.items) actors.push(a);
            next();
            break;
          case 'events':
            for (const e of data.items) events.push(share(e));
            next();
            break;
          case 'links':
            for (const l of data.items) links.push(l);
            next();
            break;
          case 'done':
            stop(undefined, { events: { format: EVENTS_FORMAT, documents, actors, events, links }, docs, lines: data.lines });
            break;
          case 'failed':
            stop(new Error(data.message));
            break;
        }
      });
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        stop(new Error(`The import of ${names} failed${event.message ? ` (${event.message})` : ''}; the corpus is as it was.`));
      });
      worker.postMessage({ files: files.map(({ file, format }) => ({ file, format })) } satisfies ImportRequest);
    });
  }

  /** Stops the running import; its promise rejects with ImportCancelled. */
  cancel(): void {
    this.#current?.stop(new ImportCancelled());
  }
}

/**
 * Makes events that arrived in separate messages share their repeated values again (types,
 * measures, rules, actor ids, articles, dates), as they did in the worker: a message is copied
 * value by value, and a million copies of the same few hundred strings and dates would be
 * millions of objects for the page's garbage collector to walk. A GDELT row's mention (an
 * article without a span of text) is one object per article.
 */
function sharer(): (event: Event) => Event {
  const strings = new Map<string, string>();
  const dates = new Map<string, NonNullable<Event['date']>>();
  const bare = new Map<string, Mention>();
  const one = (text: string): string => {
    const known = strings.get(text);
    if (known !== undefined) return known;
    strings.set(text, text);
    return text;
  };
  const ids = (list: string[]) => {
    for (let i = 0; i < list.length; i++) list[i] = one(list[i]!);
  };
  return (event) => {
    event.type = one(event.type) as Event['type'];
    if (event.measure !== undefined) event.measure = one(event.measure);
    if (event.rule !== undefined) event.rule = one(event.rule);
    ids(event.source);
    ids(event.target);
    const mentions = event.mentions;
    for (let i = 0; i < mentions.length; i++) {
      const m = mentions[i]!;
      m.doc = one(m.doc);
      if (m.text || m.start || m.end) continue;
      const known = bare.get(m.doc);
      if (known) mentions[i] = known;
      else bare.set(m.doc, m);
    }
    if (event.date) {
      const key = `${event.date.start}/${event.date.end ?? ''}/${event.date.precision}`;
      const known = dates.get(key);
      if (known) event.date = known;
      else dates.set(key, event.date);
    }
    return event;
  };
}
