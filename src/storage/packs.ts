/**
 * The corpus's files as the database keeps them. Files are grouped into packs of about a quarter
 * of a megabyte (many short articles to a pack; a larger file a pack of its own), and a pack is
 * written as records of at most that size (a 90 MB export as some 360 of them). A put copies its
 * value on the page's thread, at about 15 ms a megabyte on a slow machine: records this small keep
 * each write and each read to a few milliseconds, and ten thousand short articles are some
 * hundred requests rather than ten thousand. Pure: files in, records out, and back.
 */
import type { InputFile } from '../corpus/corpus.js';

/** One record: a slice of a pack's bytes, and (in every record of the pack) where each file ends in them. */
export interface PackRow {
  id: string;
  /** The pack's number: packs are read back in this order, and so are their files. */
  seq: number;
  /** Where this record's bytes begin in the pack's. */
  offset: number;
  names: string[];
  ends: number[];
  bytes: Uint8Array;
}

/** A pack as written or read: its files (the very objects the corpus holds) and its records. */
export interface Pack {
  seq: number;
  files: InputFile[];
  rows: string[];
}

/** Bytes a pack holds at most when it holds several files, and a record at most. */
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

/** The records of a pack, made one at a time (each is put before the next is made). */
export function* packRows(seq: number, files: readonly InputFile[], max = PACK_BYTES): Generator<PackRow> {
  const names = files.map((f) => f.name);
  const ends: number[] = [];
  let at = 0;
  for (const f of files) ends.push((at += f.bytes.byteLength));
  const total = at;
  // One file: its records are slices of its bytes. Several: they fit in one record, packed.
  const whole = files.length === 1 ? files[0]!.bytes : concat(files, total);
  let offset = 0;
  let part = 0;
  do {
    const end = Math.min(total, offset + max);
    // A slice, not a view: a view would be stored with the whole buffer under it.
    yield { id: `pack-${seq}-${part++}`, seq, offset, names, ends, bytes: whole.slice(offset, end) };
    offset = end;
  } while (offset < total);
}

function concat(files: readonly InputFile[], total: number): Uint8Array {
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const f of files) {
    bytes.set(f.bytes, at);
    at += f.bytes.byteLength;
  }
  return bytes;
}

/** Puts a pack's records back together as they are read; undefined from `add` when a record is not one of this pack's. */
export class PackReader {
  readonly seq: number;
  readonly rows: string[] = [];
  readonly #names: string[];
  readonly #ends: number[];
  readonly #bytes: Uint8Array;
  #filled = 0;

  private constructor(first: PackRow) {
    this.seq = first.seq;
    this.#names = first.names;
    this.#ends = first.ends;
    this.#bytes = new Uint8Array(first.ends[first.ends.length - 1] ?? 0);
  }

  /** A reader for the pack `row` belongs to; undefined when `row` is not a record this wrote. */
  static start(row: unknown): PackReader | undefined {
    return isRow(row) ? new PackReader(row) : undefined;
  }

  /** Takes one of the pack's records; false when it does not fit the pack. */
  add(row: unknown): boolean {
    if (!isRow(row) || row.seq !== this.seq || row.names.length !== this.#names.length || row.offset + row.bytes.byteLength > this.#bytes.byteLength) return false;
    this.#bytes.set(row.bytes, row.offset);
    this.#filled += row.bytes.byteLength;
    this.rows.push(row.id);
    return true;
  }

  /** The pack's files, each with bytes of its own; undefined while records are missing. */
  files(): InputFile[] | undefined {
    if (this.#filled !== this.#bytes.byteLength) return undefined;
    if (this.#names.length === 1) return [{ name: this.#names[0]!, bytes: this.#bytes }];
    let start = 0;
    return this.#names.map((name, i) => {
      const end = this.#ends[i]!;
      const file = { name, bytes: this.#bytes.slice(start, end) };
      start = end;
      return file;
    });
  }
}

function isRow(row: unknown): row is PackRow {
  const r = row as Partial<PackRow> | null;
  if (!r || typeof r.id !== 'string' || typeof r.seq !== 'number' || typeof r.offset !== 'number' || !(r.bytes instanceof Uint8Array)) return false;
  if (!Array.isArray(r.names) || !Array.isArray(r.ends) || !r.names.length || r.names.length !== r.ends.length) return false;
  let start = 0;
  for (let i = 0; i < r.names.length; i++) {
    const end = r.ends[i];
    if (typeof r.names[i] !== 'string' || typeof end !== 'number' || !Number.isInteger(end) || end < start) return false;
    start = end;
  }
  return r.offset >= 0;
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
