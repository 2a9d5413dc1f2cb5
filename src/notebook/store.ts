/**
 * Cell edits that survive a reload. An edit is keyed by the notebook's path and the cell's
 * *original* id (the hash of the file's version of the cell, which redefine keeps), so resetting
 * it brings the file's version back, and an edit never lands on a cell whose file source changed
 * (that cell has a new id; the old edit is simply no longer used).
 */
import { parseCells } from './cell.js';
import { cellsOf } from './parse.js';
import type { CellBlock, Notebook } from './types.js';

export interface CellStore {
  /** The edited source of a cell, or undefined when the file's version applies. */
  get(notebookPath: string, cellId: string): string | undefined;
  set(notebookPath: string, cellId: string, source: string): void;
  /** Forgets one cell's edit, or every edit of the notebook. */
  reset(notebookPath: string, cellId?: string): void;
}

/** Edits held in memory (tests, private windows, or no storage at all). */
export function createMemoryStore(): CellStore {
  const notebooks = new Map<string, Map<string, string>>();
  return {
    get: (path, id) => notebooks.get(path)?.get(id),
    set(path, id, source) {
      let edits = notebooks.get(path);
      if (!edits) notebooks.set(path, (edits = new Map()));
      edits.set(id, source);
    },
    reset(path, id) {
      if (id === undefined) notebooks.delete(path);
      else notebooks.get(path)?.delete(id);
    },
  };
}

/** The part of the Web Storage API the store uses. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface LocalStoreOptions {
  /** Defaults to `localStorage` when the page can reach it; null means memory only. */
  storage?: StorageLike | null;
  /** Prefix of the storage keys; one key per notebook holds `{cellId: source}` as JSON. */
  prefix?: string;
}

/**
 * Edits in localStorage. Storage may be missing (Node, workers), refuse access (sandboxed
 * frames, disabled cookies: reading `localStorage` throws) or fail to write (quota): the store
 * then keeps working in memory for the session, and never throws.
 */
export function createLocalStore(options: LocalStoreOptions = {}): CellStore {
  const storage = options.storage === undefined ? defaultStorage() : options.storage;
  const prefix = options.prefix ?? 'reprisal:notebook-edits:';
  const fallback = new Map<string, Record<string, string>>();

  const load = (path: string): Record<string, string> => {
    try {
      const json = storage?.getItem(prefix + path);
      if (json != null) return stringsOf(JSON.parse(json));
    } catch {
      // unreadable storage or a corrupt entry: use what this session knows
    }
    return { ...fallback.get(path) };
  };
  const save = (path: string, edits: Record<string, string>) => {
    const empty = Object.keys(edits).length === 0;
    if (empty) fallback.delete(path);
    else fallback.set(path, edits);
    try {
      if (empty) storage?.removeItem(prefix + path);
      else storage?.setItem(prefix + path, JSON.stringify(edits));
    } catch {
      // quota exceeded or storage revoked: the in-memory copy stands in
    }
  };

  return {
    get(path, id) {
      const edits = load(path);
      return Object.hasOwn(edits, id) ? edits[id] : undefined;
    },
    set(path, id, source) {
      save(path, { ...load(path), [id]: source });
    },
    reset(path, id) {
      if (id === undefined) return save(path, {});
      const edits = load(path);
      delete edits[id];
      save(path, edits);
    },
  };
}

/**
 * The notebook with its stored edits applied: edited cells are re-parsed from the stored source,
 * keeping their original id, line and fence options.
 */
export function applyEdits(notebook: Notebook, store: CellStore, supplied: { builtins?: Iterable<string> } = {}): Notebook {
  const cells = cellsOf(notebook);
  const edited = cells.map((cell) => ({ ...cell, source: store.get(notebook.path, cell.id) ?? cell.source }));
  if (edited.every((cell, i) => cell.source === cells[i]!.source)) return notebook;
  const byId = new Map(parseCells(edited, supplied).map((cell): [string, CellBlock] => [cell.id, cell]));
  return { ...notebook, blocks: notebook.blocks.map((block) => (block.type === 'cell' ? byId.get(block.id)! : block)) };
}

function defaultStorage(): StorageLike | null {
  try {
    return (globalThis as { localStorage?: StorageLike }).localStorage ?? null;
  } catch {
    return null;
  }
}

function stringsOf(value: unknown): Record<string, string> {
  const edits: Record<string, string> = {};
  if (typeof value !== 'object' || value === null) return edits;
  for (const [id, source] of Object.entries(value)) if (typeof source === 'string') edits[id] = source;
  return edits;
}
