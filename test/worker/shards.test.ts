import { describe, expect, test } from 'vitest';
import { shardCount, splitWork, SHARD_MIN_BYTES } from '../../src/worker/shards.js';

const file = (name: string, size: number) => ({ name, bytes: new Uint8Array(size) });

describe('splitWork(files, docs, count)', () => {
  test('files with one document id meet in one shard; a manifest goes to every shard', () => {
    const files = [file('a/x.txt', 10), file('b/x.md', 10), file('y.txt', 15), file('z.txt', 12), file('a/corpus.json', 5)];
    const [one, two] = splitWork(files, [], 2);
    const names = (s: typeof one) => s!.files.map((f) => f.name).sort();
    const withX = [one, two].find((s) => s!.files.some((f) => f.name === 'a/x.txt'))!;
    expect(withX.files.some((f) => f.name === 'b/x.md')).toBe(true);
    expect(names(one)).toContain('a/corpus.json');
    expect(names(two)).toContain('a/corpus.json');
    expect(one!.files.length + two!.files.length).toBe(4 + 2);
  });

  test('the biggest work goes first, each to the lightest shard', () => {
    const files = [file('big.txt', 1000), ...Array.from({ length: 10 }, (_, i) => file(`s${i}.txt`, 100))];
    const shards = splitWork(files, [], 2);
    expect(shards.map((s) => s.bytes).sort()).toEqual([1000, 1000]);
  });

  test('documents to extract again are shared out too', () => {
    const doc = (id: string, length: number) => ({ id, length, text: 'x'.repeat(length), file: `${id}.txt`, excluded: [] });
    const shards = splitWork([file('a.txt', 50)], [doc('b', 40), doc('c', 30)], 2);
    expect(shards.map((s) => s.bytes).sort()).toEqual([50, 70]);
  });
});

describe('shardCount(bytes, most)', () => {
  test('one extractor for a small corpus, none for nothing, at most `most`', () => {
    expect(shardCount(0, 2)).toBe(0);
    expect(shardCount(1000, 2)).toBe(1);
    expect(shardCount(SHARD_MIN_BYTES * 10, 2)).toBe(2);
    expect(shardCount(SHARD_MIN_BYTES * 10, 1)).toBe(1);
  });
});
