/**
 * A 50 MB article, made in memory from a seed repeated: read in full, as one document, its text
 * the file's own, its title and date found at the top, the page furniture of every repetition
 * left out and the news kept. (The command line's 20 MB test extracts events from such a file;
 * the browser's, in large-corpus.browser.test.ts, reads and hands one to the extractor.)
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { buildCorpus } from '../../src/corpus/corpus.js';

const seed = readFileSync(fileURLToPath(new URL('../../seeds/002_5ee8a384c6710020.txt', import.meta.url)), 'utf8');
const LEAD = 'Japan tightened export controls on three chipmaking materials bound for South Korea on Monday.';

describe('a 50 MB text file', () => {
  test('is read in full as one document, its furniture left out all through', { timeout: 600_000 }, () => {
    const repetitions = Math.ceil(50e6 / (seed.length + 2));
    const text = `Japan tightens export controls\n\nJuly 2, 2019\n\n${LEAD}\n\n${`${seed}\n\n`.repeat(repetitions)}`;
    const { docs, warnings } = buildCorpus([{ name: 'big.txt', bytes: new TextEncoder().encode(text) }]);
    expect(warnings).toEqual([]);
    expect(docs).toHaveLength(1);
    const doc = docs[0]!;
    expect(doc.length).toBeGreaterThanOrEqual(50e6);
    expect(doc.text === text).toBe(true);
    expect(doc.title).toBe('Japan tightens export controls');
    expect(doc.published).toBe('2019-07-02');
    const counters = doc.excluded.filter((e) => e.reason === 'view counter');
    expect(counters).toHaveLength(repetitions);
    expect(counters.every((e) => text.slice(e.start, e.end).startsWith('(Visited 128 times'))).toBe(true);
    const lead = text.indexOf(LEAD);
    expect(doc.excluded.some((e) => e.start <= lead && lead < e.end)).toBe(false);
  });
});
