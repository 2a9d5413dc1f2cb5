/**
 * The browser database that keeps an analyst's work between visits (IndexedDB, through idb):
 * their corrections, their own actors, and the files of the corpus they were reading.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

export const DB_NAME = 'reprisal';
const VERSION = 1;

/** What a store holds is read back with care: an older version or another tab may have written it. */
export interface SavedWorkSchema extends DBSchema {
  /** One record per correction; `seq` keeps the order they apply in. */
  corrections: { key: string; value: { id: string; seq: number; correction: unknown } };
  actors: { key: string; value: { id: string; seq: number; actor: unknown } };
  /** One record per file of the corpus (its bytes as read, so it can be extracted again). */
  files: { key: string; value: { name: string; seq: number; bytes: Uint8Array } };
  /** "corpus": whether the corpus is the built-in one (then no file is stored). */
  meta: { key: string; value: { defaults: boolean } };
}

export type SavedWorkDb = IDBPDatabase<SavedWorkSchema>;

export function openSavedWork(name = DB_NAME, onLost?: () => void): Promise<SavedWorkDb> {
  if (typeof indexedDB === 'undefined') return Promise.reject(new Error('this browser has no IndexedDB'));
  return openDB<SavedWorkSchema>(name, VERSION, {
    upgrade(db) {
      db.createObjectStore('corrections', { keyPath: 'id' });
      db.createObjectStore('actors', { keyPath: 'id' });
      db.createObjectStore('files', { keyPath: 'name' });
      db.createObjectStore('meta');
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
