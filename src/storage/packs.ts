/**
 * The corpus's files as the database keeps them: packed a quarter of a megabyte to a record, so
 * that a corpus of ten thousand short articles is some hundred writes and reads rather than ten
 * thousand, each short enough not to hold up the page. Pure: files in, records out.
 */
import type { InputFile } from '../corpus/corpus.js';

/** One record: the files' names and where each ends in the packed bytes. */
export interface PackRow {
  id: string;
  /** Packs are read back in this order, and so are the files. */
  seq: number;
  names: string[];
  ends: number[];
  bytes: Uint8Array;
}

/** A pack as written or read: its files (the very objects the corpus holds). */
export interface Pack {
  seq: number;
  files: InputFile[];
}

/**
 * Bytes a pack holds at most (a single larger file is a pack of its own). A put copies its value
 * on the page's thread, at about 15 ms a megabyte on a slow machine: a quarter of a megabyte
 * keeps each write to a few milliseconds.
 */
export const PACK_BYTES = 256 << 10;

/** Groups `files`, in order, into packs of about `max` bytes at most. */
export function groupFiles(files: readonly InputFile[], max = PACK_BYTES): InputFile[][] {
  const groups: InputFile[][] = [];
  let group: InputFile[] = [];
  let size = 0;
  for (const file of files) {
    if (group.length && size + file.bytes.byteLength > max) {
      groups.push(group);
      group = [];
      size = 0;
    }
    group.push(file);
    size += file.bytes.byteLength;
  }
  if (group.length) groups.push(group);
  return groups;
}

/** The record for a group of files. */
export function packRow(id: string, seq: number, files: readonly InputFile[]): PackRow {
  const bytes = new Uint8Array(files.reduce((n, f) => n + f.bytes.byteLength, 0));
  const ends: number[] = [];
  let at = 0;
  for (const f of files) {
    bytes.set(f.bytes, at);
    at += f.bytes.byteLength;
    ends.push(at);
  }
  return { id, seq, names: files.map((f) => f.name), ends, bytes };
}

/**
 * The files of a record read back, each with bytes of its own (a view into the pack would carry
 * the whole pack wherever it is posted); undefined when the record is not a pack this wrote.
 */
export function unpack(row: unknown): InputFile[] | undefined {
  const r = row as Partial<PackRow> | null;
  if (!r || !(r.bytes instanceof Uint8Array) || !Array.isArray(r.names) || !Array.isArray(r.ends) || r.names.length !== r.ends.length) return undefined;
  const files: InputFile[] = [];
  let start = 0;
  for (let i = 0; i < r.names.length; i++) {
    const name = r.names[i];
    const end = r.ends[i];
    if (typeof name !== 'string' || typeof end !== 'number' || end < start || end > r.bytes.byteLength) return undefined;
    files.push({ name, bytes: r.bytes.slice(start, end) });
    start = end;
  }
  return files;
}

/**
 * What saving `next` over the packs already saved takes: the packs to keep (every file of theirs
 * still in the corpus, unchanged), those to delete, and the files to write in new packs (the
 * corpus's new files, and the survivors of deleted packs), in the corpus's order.
 */
export function planSave(saved: ReadonlyMap<string, Pack>, next: readonly InputFile[]): { keep: string[]; drop: string[]; write: InputFile[] } {
  const wanted = new Set(next);
  const keep: string[] = [];
  const drop: string[] = [];
  for (const [id, pack] of saved) (pack.files.every((f) => wanted.has(f)) ? keep : drop).push(id);
  const packed = new Set(keep.flatMap((id) => saved.get(id)!.files));
  return { keep, drop, write: next.filter((f) => !packed.has(f)) };
}
