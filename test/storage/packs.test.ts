import { describe, expect, it } from 'vitest';
import { groupFiles, packRow, planSave, unpack, type Pack } from '../../src/storage/packs.js';

const file = (name: string, size: number) => ({ name, bytes: new Uint8Array(size).fill(name.charCodeAt(0)) });

describe('packs', () => {
  it('groupFiles() keeps the order and puts no more than max bytes in a pack, a larger file alone', () => {
    const files = [file('a', 40), file('b', 50), file('c', 20), file('d', 300), file('e', 10)];
    expect(groupFiles(files, 100).map((g) => g.map((f) => f.name))).toEqual([['a', 'b'], ['c'], ['d'], ['e']]);
    expect(groupFiles([], 100)).toEqual([]);
  });

  it('unpack(packRow()) gives the files back, each with bytes of its own', () => {
    const files = [file('a', 3), { name: 'dir/b.txt', bytes: new TextEncoder().encode('héllo') }, file('c', 0)];
    const back = unpack(structuredClone(packRow('p0', 0, files)))!;
    expect(back.map((f) => f.name)).toEqual(['a', 'dir/b.txt', 'c']);
    expect(back.map((f) => [...f.bytes])).toEqual(files.map((f) => [...f.bytes]));
    expect(back.map((f) => f.bytes.buffer.byteLength)).toEqual([3, 6, 0]);
  });

  it('unpack() refuses a record it did not write', () => {
    for (const bad of [null, {}, { names: ['a'], ends: [1], bytes: 'x' }, { names: ['a', 'b'], ends: [1], bytes: new Uint8Array(2) }, { names: ['a'], ends: [5], bytes: new Uint8Array(2) }, { names: ['a', 'b'], ends: [2, 1], bytes: new Uint8Array(2) }]) {
      expect(unpack(bad)).toBeUndefined();
    }
  });

  it('planSave() keeps the packs whose files all stay, drops the others and writes their survivors with the new files, in the corpus’s order', () => {
    const [a, b, c, d] = [file('a', 1), file('b', 1), file('c', 1), file('d', 1)];
    const saved = new Map<string, Pack>([
      ['p0', { seq: 0, files: [a, b] }],
      ['p1', { seq: 1, files: [c] }],
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
