/**
 * An analyst's work kept between visits: corrections, their own actors and the corpus's files.
 * Nothing here ever throws at the page: when the browser has no IndexedDB, refuses it (private
 * windows, blocked storage) or runs out of room, the state says so, in words the page shows, and
 * the work goes on in memory. What is read back is checked; what cannot be read is named.
 */
import type { InputFile } from '../corpus/corpus.js';
import { CORRECTIONS_FORMAT, parseCorrections, type Correction } from '../corrections/index.js';
import { checkUserActors, type UserActor } from '../components/state/user-actors.js';
import { DB_NAME, openSavedWork, type SavedWorkDb } from './db.js';
import { groupFiles, PackReader, packRows, planSave, type Pack, type PackRow } from './packs.js';

/** The built-in corpus; or its files, to read again, or (`imported`) the event-data files it was imported from, to import again. */
export type SavedCorpus = { defaults: true } | { defaults: false; files: InputFile[]; imported?: boolean };

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
  /** The packs as last saved, by number, with the corpus's own file objects: a save writes only what changed. */
  #packs = new Map<string, Pack>();
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
      const tx = db.transaction(['corrections', 'actors', 'packs', 'meta']);
      const [corrections, actors, packs, meta] = await Promise.all([
        tx.objectStore('corrections').getAll(),
        tx.objectStore('actors').getAll(),
        readPacks(tx.objectStore('packs')),
        tx.objectStore('meta').get('corpus'),
      ]);
      const bySeq = <T extends { seq: number }>(rows: T[]) => rows.sort((a, b) => a.seq - b.seq);
      const read = parseCorrections(JSON.stringify({ format: CORRECTIONS_FORMAT, corrections: bySeq(corrections).map((r) => r.correction) }), 'saved corrections');
      const own = checkUserActors(bySeq(actors).map((r) => r.actor), 'saved actors');
      this.#packs = new Map(packs.read.sort((a, b) => a.seq - b.seq).map((p) => [String(p.seq), p]));
      this.#seq = Math.max(0, ...packs.seqs.map((seq) => seq + 1));
      const lost = packs.lost.length ? [`saved corpus: ${packs.lost.join('; ')}; left out`] : [];
      this.#set({ warnings: [...read.warnings, ...own.warnings, ...lost] });
      const files = [...this.#packs.values()].flatMap((p) => p.files);
      const corpus: SavedCorpus | undefined = meta ? (meta.defaults ? { defaults: true } : { defaults: false, files, ...(meta.imported ? { imported: true } : {}) }) : undefined;
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

  /**
   * Saves the corpus: only a mark when it is the built-in one; else its files, in packs (see
   * packs.ts). Packs whose files are all still there stay as they are; only new files (and those
   * sharing a pack with a file that went) are written.
   */
  saveCorpus(corpus: SavedCorpus): Promise<void> {
    return this.#save('corpus', async (db) => {
      // A corpus is saved once it is read, just when every view draws it: the views go first.
      await idle();
      const tx = db.transaction(['packs', 'meta'], 'readwrite');
      const store = tx.objectStore('packs');
      const { keep, drop, write } = planSave(this.#packs, corpus.defaults ? [] : corpus.files);
      const packs = new Map(keep.map((id) => [id, this.#packs.get(id)!]));
      let seq = this.#seq;
      await Promise.all(drop.flatMap((id) => this.#packs.get(id)!.rows.map((row) => store.delete(row))));
      // One record at a time: each is copied on the page's thread as it is put, then the page gets
      // its turn (waiting on the transaction's own requests keeps it open).
      for (const files of groupFiles(write)) {
        const rows: string[] = [];
        for (const row of packRows(seq, files)) {
          await store.put(row);
          rows.push(row.id);
        }
        packs.set(String(seq), { seq: seq++, files, rows });
      }
      await tx.objectStore('meta').put({ defaults: corpus.defaults, ...(!corpus.defaults && corpus.imported ? { imported: true } : {}) }, 'corpus');
      await tx.done;
      this.#packs = packs;
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
      const tx = db.transaction(['corrections', 'actors', 'packs', 'meta'], 'readwrite');
      await Promise.all([tx.objectStore('corrections').clear(), tx.objectStore('actors').clear(), tx.objectStore('packs').clear(), tx.objectStore('meta').clear()]);
      await tx.done;
      this.#packs = new Map();
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

/**
 * Every saved pack, read a record at a time (no one task copies a whole large corpus); records
 * and packs that cannot be read are named. `seqs`: every pack number in use, read or not.
 */
async function readPacks(store: { getAllKeys(): Promise<string[]>; get(key: string): Promise<PackRow | undefined> }): Promise<{ read: Pack[]; lost: string[]; seqs: number[] }> {
  const readers = new Map<number, PackReader>();
  const lost: string[] = [];
  for (const id of await store.getAllKeys()) {
    const row = await store.get(id);
    const reader = readers.get(row?.seq as number) ?? PackReader.start(row);
    if (reader && reader.add(row)) readers.set(reader.seq, reader);
    else lost.push(`record ${String(id)} cannot be read`);
  }
  const read: Pack[] = [];
  for (const reader of readers.values()) {
    const files = reader.files();
    if (files) read.push({ seq: reader.seq, files, rows: reader.rows });
    else lost.push(`pack ${reader.seq} is missing records`);
  }
  return { read, lost, seqs: [...readers.keys()] };
}

/** Resolves when the page is next idle (or after five seconds at most). */
function idle(): Promise<void> {
  return new Promise((resolve) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: 5000 }) : setTimeout(resolve, 0)));
}

function reason(error: unknown): string {
  if (error instanceof DOMException) return `${error.name}${error.message ? `: ${error.message}` : ''}`;
  return error instanceof Error ? error.message : String(error);
}
