/**
 * The browser database that keeps an analyst's work between visits (IndexedDB, through idb):
 * their corrections, their own actors, and the files of the corpus they were reading.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { PackRow } from './packs.js';

export const DB_NAME = 'reprisal';
/** 2: the corpus's files kept in packs (1 kept a record per file). */
const VERSION = 2;

/** What a store holds is read back with care: an older version or another tab may have written it. */
export interface SavedWorkSchema extends DBSchema {
  /** One record per correction; `seq` keeps the order they apply in. */
  corrections: { key: string; value: { id: string; seq: number; correction: unknown } };
  actors: { key: string; value: { id: string; seq: number; actor: unknown } };
  /** The files of the corpus (their bytes as read, so it can be extracted again), in packs of a quarter of a megabyte. */
  packs: { key: string; value: PackRow };
  /**
   * "corpus": whether the corpus is the built-in one (then no file is stored), or was imported
   * from event-data files (then the packs hold those, to import again).
   */
  meta: { key: string; value: { defaults: boolean; imported?: boolean } };
}

export type SavedWorkDb = IDBPDatabase<SavedWorkSchema>;

export function openSavedWork(name = DB_NAME, onLost?: () => void): Promise<SavedWorkDb> {
  if (typeof indexedDB === 'undefined') return Promise.reject(new Error('this browser has no IndexedDB'));
  return openDB<SavedWorkSchema>(name, VERSION, {
    upgrade(db, from) {
      if (from < 1) {
        db.createObjectStore('corrections', { keyPath: 'id' });
        db.createObjectStore('actors', { keyPath: 'id' });
        db.createObjectStore('meta');
      }
      // Version 1's store of single files was never released: it goes, and the corpus is read afresh once.
      if ((db.objectStoreNames as DOMStringList).contains('files')) db.deleteObjectStore('files' as never);
      db.createObjectStore('packs', { keyPath: 'id' });
    },
    // Another tab wants a newer version: let it have the database rather than block it.
    blocking() {
      onLost?.();
    },
    terminated() {
      onLost?.();
    },
  });
}
