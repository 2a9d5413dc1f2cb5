import { describe, expect, it } from 'vitest';
import { groupFiles, PackReader, packRows, planSave, type Pack, type PackRow } from '../../src/storage/packs.js';

const file = (name: string, size: number) => ({ name, bytes: new Uint8Array(size).fill(name.charCodeAt(0)) });

describe('packs', () => {
  it('groupFiles() keeps the order and puts no more than max bytes in a pack, a larger file alone', () => {
    const files = [file('a', 40), file('b', 50), file('c', 20), file('d', 300), file('e', 10)];
    expect(groupFiles(files, 100).map((g) => g.map((f) => f.name))).toEqual([['a', 'b'], ['c'], ['d'], ['e']]);
    expect(groupFiles([], 100)).toEqual([]);
  });

  it('a pack of several files is one record; read back, each file has bytes of its own', () => {
    const files = [file('a', 3), { name: 'dir/b.txt', bytes: new TextEncoder().encode('héllo') }, file('c', 0)];
    const rows = [...packRows(7, files)];
    expect(rows.map((r) => [r.id, r.offset, r.bytes.byteLength])).toEqual([['pack-7-0', 0, 9]]);
    const back = read(rows.map((r) => structuredClone(r)))!;
    expect(back.map((f) => f.name)).toEqual(['a', 'dir/b.txt', 'c']);
    expect(back.map((f) => [...f.bytes])).toEqual(files.map((f) => [...f.bytes]));
    expect(back.map((f) => f.bytes.buffer.byteLength)).toEqual([3, 6, 0]);
  });

  it('a file larger than a record is written as several, and read back whole whatever their order', () => {
    const big = { name: 'export.CSV', bytes: Uint8Array.from({ length: 250 }, (_, i) => i) };
    const rows = [...packRows(3, [big], 100)];
    expect(rows.map((r) => [r.id, r.offset, r.bytes.byteLength])).toEqual([['pack-3-0', 0, 100], ['pack-3-1', 100, 100], ['pack-3-2', 200, 50]]);
    // Slices, not views of the file's buffer (a view is stored with the whole buffer).
    expect(rows.map((r) => r.bytes.buffer.byteLength)).toEqual([100, 100, 50]);
    const back = read([rows[2]!, rows[0]!, rows[1]!])!;
    expect(back).toEqual([{ name: 'export.CSV', bytes: big.bytes }]);
    // A record missing: the pack cannot be read.
    expect(read([rows[0]!, rows[2]!])).toBeUndefined();
  });

  it('a record that is not one this wrote is refused', () => {
    const [good] = [...packRows(0, [file('a', 2)])];
    for (const bad of [null, {}, { ...good, bytes: 'x' }, { ...good, names: ['a', 'b'] }, { ...good, ends: [-1] }, { ...good, offset: -1 }, { ...good, names: [] , ends: [] }]) {
      expect(PackReader.start(bad)).toBeUndefined();
    }
    const reader = PackReader.start(good)!;
    expect(reader.add({ ...good, seq: 1 })).toBe(false);
    expect(reader.add({ ...good, offset: 1 })).toBe(false);
  });

  it('planSave() keeps the packs whose files all stay, drops the others and writes their survivors with the new files, in the corpus’s order', () => {
    const [a, b, c, d] = [file('a', 1), file('b', 1), file('c', 1), file('d', 1)];
    const saved = new Map<string, Pack>([
      ['p0', { seq: 0, files: [a, b], rows: ['pack-0-0'] }],
      ['p1', { seq: 1, files: [c], rows: ['pack-1-0'] }],
    ]);
    expect(planSave(saved, [a, b, c])).toEqual({ keep: ['p0', 'p1'], drop: [], write: [] });
    expect(planSave(saved, [a, b, c, d])).toEqual({ keep: ['p0', 'p1'], drop: [], write: [d] });
    expect(planSave(saved, [d, c, b])).toEqual({ keep: ['p1'], drop: ['p0'], write: [d, b] });
    // Same name, other bytes (the file was read again): a new file, its pack rewritten.
    const c2 = file('c', 2);
    expect(planSave(saved, [a, b, c2])).toEqual({ keep: ['p0'], drop: ['p1'], write: [c2] });
    expect(planSave(saved, [])).toEqual({ keep: [], drop: ['p0', 'p1'], write: [] });
  });
});

/** The files of a pack from its records, as the database gives them back. */
function read(rows: PackRow[]) {
  const reader = PackReader.start(rows[0])!;
  for (const row of rows) if (!reader.add(row)) return undefined;
  return reader.files();
}
