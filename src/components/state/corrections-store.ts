/**
 * The analyst's corrections, in the order they apply, each with an id and the time it was made.
 * Every change (a correction made or removed, a file imported) can be undone, last first. The
 * store only holds the list: applying it to the extracted events is the corpus store's job.
 */
import type { Correction } from '../../corrections/types.js';
import { Store } from './store.js';

type WithoutIdentity<T> = T extends unknown ? Omit<T, 'id' | 'at'> : never;

/** A correction as a form makes it: the store gives it its id and its time. */
export type NewCorrection = WithoutIdentity<Correction>;

export interface CorrectionsOptions {
  now?: () => Date;
  /** A fresh id; the store retries while it is already taken. */
  newId?: () => string;
}

export interface Imported {
  added: number;
  /** Corrections whose id was already in the list (the same file imported twice). */
  skipped: number;
}

const VERBS: Record<Correction['op'], string> = {
  edit: 'the edit',
  delete: 'the deletion',
  merge: 'the merge',
  add: 'the added event',
  link: 'the new link',
  unlink: 'the removed link',
};

export class CorrectionsStore extends Store<readonly Correction[]> {
  #list: readonly Correction[] = Object.freeze([]);
  #history: { list: readonly Correction[]; what: string }[] = [];
  readonly #now: () => Date;
  readonly #newId: () => string;

  constructor({ now = () => new Date(), newId = randomId }: CorrectionsOptions = {}) {
    super();
    this.#now = now;
    this.#newId = newId;
  }

  /** Every correction, in the order they apply. */
  get list(): readonly Correction[] {
    return this.#list;
  }

  /** What undo() would take back ("the deletion"), or undefined when there is nothing to undo. */
  get undoable(): string | undefined {
    return this.#history[this.#history.length - 1]?.what;
  }

  /** Adds a correction at the end (it applies last) and returns it with its id and time. */
  add(correction: NewCorrection): Correction {
    const taken = new Set(this.#list.map((c) => c.id));
    let id = this.#newId();
    while (taken.has(id)) id = this.#newId();
    const made = { ...correction, id, at: this.#now().toISOString() } as Correction;
    this.#change([...this.#list, made], VERBS[made.op]);
    return made;
  }

  /** Takes one correction out (one that no longer applies, or one the analyst changed their mind on). */
  remove(id: string): void {
    const list = this.#list.filter((c) => c.id !== id);
    if (list.length !== this.#list.length) this.#change(list, 'removing a correction');
  }

  /** Adds the corrections of a file after the ones already here; those with an id already here are skipped. */
  import(corrections: readonly Correction[]): Imported {
    const taken = new Set(this.#list.map((c) => c.id));
    const fresh = corrections.filter((c) => !taken.has(c.id) && (taken.add(c.id), true));
    if (fresh.length) this.#change([...this.#list, ...fresh], 'the import');
    return { added: fresh.length, skipped: corrections.length - fresh.length };
  }

  /** Starts again from `corrections` (those kept from an earlier visit), with nothing to undo. */
  reset(corrections: readonly Correction[]): void {
    this.#history = [];
    this.#list = Object.freeze([...corrections]);
    this.changed();
  }

  /** Takes back the last change; false when there was none. */
  undo(): boolean {
    const last = this.#history.pop();
    if (!last) return false;
    this.#list = last.list;
    this.changed();
    return true;
  }

  protected get current(): readonly Correction[] {
    return this.#list;
  }

  #change(list: Correction[], what: string): void {
    this.#history.push({ list: this.#list, what });
    this.#list = Object.freeze(list);
    this.changed();
  }
}

/** Short, readable and unique enough within one analyst's list: "c-lq2x9k-4f7a". */
function randomId(): string {
  return `c-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
}
