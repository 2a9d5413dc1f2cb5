import { describe, expect, test } from 'vitest';
import { shardCount, splitWork, SHARD_MIN_BYTES } from '../../src/worker/shards.js';

const file = (name: string, size: number) => ({ name, bytes: new Uint8Array(size) });

describe('splitWork(files, docs, count)', () => {
  test('files with one document id meet in one shard; a manifest goes to every shard', async () => {
    const files = [file('a/x.txt', 10), file('b/x.md', 10), file('y.txt', 15), file('z.txt', 12), file('a/corpus.json', 5)];
    const [one, two] = await splitWork(files, [], 2);
    const names = (s: typeof one) => s!.files.map((f) => f.name).sort();
    const withX = [one, two].find((s) => s!.files.some((f) => f.name === 'a/x.txt'))!;
    expect(withX.files.some((f) => f.name === 'b/x.md')).toBe(true);
    expect(names(one)).toContain('a/corpus.json');
    expect(names(two)).toContain('a/corpus.json');
    expect(one!.files.length + two!.files.length).toBe(4 + 2);
  });

  test('the biggest work goes first, each to the lightest shard', async () => {
    const files = [file('big.txt', 1000), ...Array.from({ length: 10 }, (_, i) => file(`s${i}.txt`, 100))];
    const shards = await splitWork(files, [], 2);
    expect(shards.map((s) => s.bytes).sort()).toEqual([1000, 1000]);
  });

  test('10,000 files: shared out in turns (the page’s other tasks run between), as they would be in one go', async () => {
    const files = Array.from({ length: 10_000 }, (_, i) => file(`f${i}.txt`, 100 + (i % 7) * 10));
    let pauses = 0;
    const inTurns = await splitWork(files, [], 2, async () => void pauses++);
    expect(pauses).toBeGreaterThanOrEqual(5);
    expect(inTurns).toEqual(await splitWork(files, [], 2));
    // Biggest first, and among equal sizes the input's order.
    const first = inTurns[0]!.files.slice(0, 3).map((f) => f.name);
    expect(first).toEqual(['f6.txt', 'f20.txt', 'f34.txt']);
    expect(inTurns[0]!.files.length + inTurns[1]!.files.length).toBe(10_000);
    expect(Math.abs(inTurns[0]!.bytes - inTurns[1]!.bytes)).toBeLessThanOrEqual(160);
  });

  test('documents to extract again are shared out too', async () => {
    const doc = (id: string, length: number) => ({ id, length, text: 'x'.repeat(length), file: `${id}.txt`, excluded: [] });
    const shards = await splitWork([file('a.txt', 50)], [doc('b', 40), doc('c', 30)], 2);
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
