/**
 * An analyst's work kept between visits: corrections, their own actors and the corpus's files.
 * Nothing here ever throws at the page: when the browser has no IndexedDB, refuses it (private
 * windows, blocked storage) or runs out of room, the state says so, in words the page shows, and
 * the work goes on in memory. What is read back is checked; what cannot be read is named.
 */
import type { InputFile } from '../corpus/corpus.js';
import { CORRECTIONS_FORMAT, parseCorrections, type Correction } from '../corrections/index.js';
import { checkUserActors, type UserActor } from '../components/state/user-actors.js';
import { DB_NAME, openSavedWork, type SavedWorkDb, type SavedWorkSchema } from './db.js';

export type SavedCorpus = { defaults: true } | { defaults: false; files: InputFile[] };

export interface Restored {
  corrections: Correction[];
  actors: UserActor[];
  /** Undefined on a first visit (or when nothing could be read). */
  corpus?: SavedCorpus;
}

export interface SavedState {
  /** `saving`: work is written as it changes; `memory`: it lives only as long as the page. */
  mode: 'opening' | 'saving' | 'memory';
  /** What went wrong, naming what could not be saved and why; undefined while all is well. */
  problem?: string;
  /** Saved entries that could not be read back, one line each (they were left out). */
  warnings: string[];
}

type Kind = 'corrections' | 'actors' | 'corpus';
type FileRow = SavedWorkSchema['files']['value'];

/** A large corpus is written and read back a few megabytes, or a few hundred files, at a time. */
const CHUNK_BYTES = 4 << 20;
const CHUNK_FILES = 250;
const WHAT: Record<Kind, string> = { corrections: 'your corrections', actors: 'your actors', corpus: 'the corpus' };

export interface SavedWorkOptions {
  /** The database's name: tests use their own. */
  name?: string;
  open?: (name: string, onLost: () => void) => Promise<SavedWorkDb>;
}

export class SavedWork extends EventTarget {
  #state: SavedState = { mode: 'opening', warnings: [] };
  #db: Promise<SavedWorkDb | undefined> | undefined;
  readonly #name: string;
  readonly #open: NonNullable<SavedWorkOptions['open']>;
  /** Saves run one after another, so an older list never lands after a newer one. */
  #queue: Promise<void> = Promise.resolve();
  #failed = new Map<Kind, string>();
  /** The files as last saved, by name: a save writes only what changed. */
  #savedFiles = new Map<string, InputFile>();
  #seq = 0;

  constructor({ name = DB_NAME, open = openSavedWork }: SavedWorkOptions = {}) {
    super();
    this.#name = name;
    this.#open = open;
  }

  get state(): SavedState {
    return this.#state;
  }

  subscribe(listener: (state: SavedState) => void): () => void {
    const handler = () => listener(this.#state);
    this.addEventListener('change', handler);
    return () => this.removeEventListener('change', handler);
  }

  /** Reads back what an earlier visit saved; empty when nothing was, or when it cannot be read. */
  async load(): Promise<Restored> {
    const db = await this.#database();
    if (!db) return { corrections: [], actors: [] };
    try {
      const tx = db.transaction(['corrections', 'actors', 'files', 'meta']);
      const [corrections, actors, files, meta] = await Promise.all([
        tx.objectStore('corrections').getAll(),
        tx.objectStore('actors').getAll(),
        pagedFiles(tx.objectStore('files')),
        tx.objectStore('meta').get('corpus'),
      ]);
      const bySeq = <T extends { seq: number }>(rows: T[]) => rows.sort((a, b) => a.seq - b.seq);
      const read = parseCorrections(JSON.stringify({ format: CORRECTIONS_FORMAT, corrections: bySeq(corrections).map((r) => r.correction) }), 'saved corrections');
      const own = checkUserActors(bySeq(actors).map((r) => r.actor), 'saved actors');
      const kept = bySeq(files).filter((f) => typeof f.name === 'string' && f.bytes instanceof Uint8Array);
      this.#savedFiles = new Map(kept.map((f) => [f.name, { name: f.name, bytes: f.bytes }]));
      this.#seq = files.reduce((next, f) => Math.max(next, typeof f.seq === 'number' ? f.seq + 1 : 0), 0);
      const lost = files.length - kept.length;
      const warnings = [...read.warnings, ...own.warnings, ...(lost ? [`saved corpus: ${lost} file(s) cannot be read; left out`] : [])];
      this.#set({ warnings });
      const corpus: SavedCorpus | undefined = meta ? (meta.defaults ? { defaults: true } : { defaults: false, files: [...this.#savedFiles.values()] }) : undefined;
      return { corrections: read.corrections, actors: own.actors, ...(corpus ? { corpus } : {}) };
    } catch (error) {
      this.#set({ warnings: [`saved work cannot be read (${reason(error)}); starting afresh`] });
      return { corrections: [], actors: [] };
    }
  }

  saveCorrections(list: readonly Correction[]): Promise<void> {
    return this.#save('corrections', async (db) => {
      const tx = db.transaction('corrections', 'readwrite');
      await tx.store.clear();
      await Promise.all(list.map((correction, seq) => tx.store.put({ id: correction.id, seq, correction })));
      await tx.done;
    });
  }

  saveActors(list: readonly UserActor[]): Promise<void> {
    return this.#save('actors', async (db) => {
      const tx = db.transaction('actors', 'readwrite');
      await tx.store.clear();
      await Promise.all(list.map((actor, seq) => tx.store.put({ id: actor.id, seq, actor })));
      await tx.done;
    });
  }

  /** Saves the corpus: only a mark when it is the built-in one; else its files (only those that changed are written). */
  saveCorpus(corpus: SavedCorpus): Promise<void> {
    return this.#save('corpus', async (db) => {
      const tx = db.transaction(['files', 'meta'], 'readwrite');
      const files = tx.objectStore('files');
      const next = new Map(corpus.defaults ? [] : corpus.files.map((f) => [f.name, f]));
      let seq = this.#seq;
      let writes: Promise<unknown>[] = [];
      let size = 0;
      for (const [name, file] of this.#savedFiles) if (next.get(name) !== file) writes.push(files.delete(name));
      for (const [name, file] of next) {
        if (this.#savedFiles.get(name) === file) continue;
        // A view into a larger buffer would be stored with the whole buffer.
        const bytes = file.bytes.byteLength === file.bytes.buffer.byteLength ? file.bytes : file.bytes.slice();
        writes.push(files.put({ name, seq: seq++, bytes }));
        size += bytes.byteLength;
        // Each put copies its bytes on the page's thread: a few megabytes at a time, then the
        // page gets its turn (waiting on the transaction's own requests keeps it open).
        if (size >= CHUNK_BYTES || writes.length >= CHUNK_FILES) {
          await Promise.all(writes);
          writes = [];
          size = 0;
        }
      }
      writes.push(tx.objectStore('meta').put({ defaults: corpus.defaults }, 'corpus'));
      await Promise.all(writes);
      await tx.done;
      this.#savedFiles = next;
      this.#seq = seq;
    });
  }

  /** Resolves once every change asked for so far is written (or has failed, and says so). */
  whenSaved(): Promise<void> {
    return this.#queue;
  }

  /** Forgets everything saved (the work in the page stays). */
  clear(): Promise<void> {
    return this.#save('corpus', async (db) => {
      const tx = db.transaction(['corrections', 'actors', 'files', 'meta'], 'readwrite');
      await Promise.all([tx.objectStore('corrections').clear(), tx.objectStore('actors').clear(), tx.objectStore('files').clear(), tx.objectStore('meta').clear()]);
      await tx.done;
      this.#savedFiles = new Map();
    });
  }

  /** Closes the database (the page is going, or a test is done with it). */
  async close(): Promise<void> {
    await this.#queue;
    (await this.#db)?.close();
    this.#db = Promise.resolve(undefined);
  }

  #database(): Promise<SavedWorkDb | undefined> {
    this.#db ??= this.#open(this.#name, () => this.#lost()).then(
      (db) => {
        this.#set({ mode: 'saving' });
        return db;
      },
      (error: unknown) => {
        this.#set({ mode: 'memory', problem: `this browser does not let the page keep data (${reason(error)})` });
        return undefined;
      },
    );
    return this.#db;
  }

  #save(kind: Kind, write: (db: SavedWorkDb) => Promise<void>): Promise<void> {
    this.#queue = this.#queue.then(async () => {
      const db = await this.#database();
      if (!db) return;
      try {
        await write(db);
        this.#failed.delete(kind);
      } catch (error) {
        this.#failed.set(kind, `${WHAT[kind]} could not be saved (${reason(error)})`);
      }
      if (this.#state.mode === 'saving') this.#set({ problem: this.#failed.size ? [...this.#failed.values()].join('; ') : undefined });
    });
    return this.#queue;
  }

  /** Another tab took the database over, or the browser closed it. */
  #lost(): void {
    void this.#db?.then((db) => db?.close());
    this.#db = Promise.resolve(undefined);
    this.#set({ mode: 'memory', problem: 'the browser closed this page’s database (another tab may have a newer version of Reprisal open)' });
  }

  #set(patch: Partial<SavedState>): void {
    this.#state = { ...this.#state, ...patch };
    this.dispatchEvent(new Event('change'));
  }
}

/** Every saved file, read a page at a time (in name order) so no one task copies a whole large corpus. */
async function pagedFiles(store: { getAll(query?: IDBKeyRange | null, count?: number): Promise<FileRow[]> }): Promise<FileRow[]> {
  const rows: FileRow[] = [];
  for (;;) {
    const last = rows[rows.length - 1];
    const page = await store.getAll(last ? IDBKeyRange.lowerBound(last.name, true) : null, CHUNK_FILES);
    rows.push(...page);
    if (page.length < CHUNK_FILES) return rows;
  }
}

function reason(error: unknown): string {
  if (error instanceof DOMException) return `${error.name}${error.message ? `: ${error.message}` : ''}`;
  return error instanceof Error ? error.message : String(error);
}
