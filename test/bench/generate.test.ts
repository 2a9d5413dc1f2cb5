import { describe, expect, test } from 'vitest';
import { corpusFiles, generateArticles } from '../../bench/generate.js';
import { loadSources } from '../../bench/sources/node.js';
import { isSourceFile } from '../../bench/sources/read.js';
import { buildCorpus } from '../../src/corpus/corpus.js';

const sources = loadSources();
const bytesOf = (files: { name: string; bytes: Uint8Array }[]) => files.map((f) => `${f.name}\n${new TextDecoder().decode(f.bytes)}`).join('\u0000');

describe('generateArticles', () => {
  test('generateArticles(options) gives byte-identical corpora for the same seed', () => {
    const a = corpusFiles(generateArticles({ seed: 7, count: 300, sources }));
    // A copy of the sources, so nothing cached from the first run is reused.
    const b = corpusFiles(generateArticles({ seed: 7, count: 300, sources: sources.map((s) => ({ ...s })) }));
    expect(bytesOf(b)).toBe(bytesOf(a));
  });

  test('generateArticles(options) gives a different corpus for a different seed', () => {
    const a = generateArticles({ seed: 7, count: 50, sources });
    const b = generateArticles({ seed: 8, count: 50, sources });
    const same = a.filter((x, i) => x.text === b[i]!.text).length;
    expect(same).toBe(0);
  });

  test('generateArticles(options) makes `count` articles of about 4 KB, a smaller corpus being the start of a larger one', () => {
    const large = generateArticles({ seed: 3, count: 1000, sources });
    const small = generateArticles({ seed: 3, count: 100, sources });
    expect(large).toHaveLength(1000);
    expect(small).toHaveLength(100);
    expect(small).toEqual(large.slice(0, 100));
    expect(new Set(large.map((a) => a.id)).size).toBe(1000);
    const sizes = large.map((a) => new TextEncoder().encode(a.text).length);
    const mean = sizes.reduce((s, n) => s + n, 0) / sizes.length;
    expect(mean).toBeGreaterThan(3600);
    expect(mean).toBeLessThan(4800);
    expect(Math.min(...sizes)).toBeGreaterThan(2000);
    expect(Math.max(...sizes)).toBeLessThan(8000);
    // Every source is used, and no article is a copy of its source.
    expect(new Set(large.map((a) => a.source)).size).toBe(sources.length);
    const text = new Map(sources.map((s) => [s.id, s.text]));
    expect(large.filter((a) => a.text.trim() === text.get(a.source)!.trim())).toEqual([]);
  });

  test('every generated article is read by src/corpus, with its publication date from the manifest', () => {
    const articles = generateArticles({ seed: 11, count: 200, sources });
    const { docs, warnings } = buildCorpus(corpusFiles(articles));
    expect(warnings).toEqual([]);
    expect(docs.map((d) => d.id)).toEqual(articles.map((a) => a.id).sort());
    const published = new Map(articles.map((a) => [a.id, a.published]));
    for (const d of docs) expect(d.published).toBe(published.get(d.id));
    expect(docs.every((d) => d.text.length > 1000)).toBe(true);
  });

  test('actors are swapped consistently within an article, and dates moved with the publication date', () => {
    const seedIds = new Set(sources.filter((s) => s.id.startsWith('00')).map((s) => s.id));
    const articles = generateArticles({ seed: 5, count: 200, sources }).filter((a) => seedIds.has(a.source));
    expect(articles.length).toBeGreaterThan(20);
    // The seeds are about China and the US; in most generated copies one or both became other countries.
    const renamed = articles.filter((a) => !/\bChina\b/.test(a.text) || !/\bUS\b|\bUnited States\b/.test(a.text));
    expect(renamed.length).toBeGreaterThan(articles.length / 2);
    const moved = articles.filter((a) => !a.published!.startsWith('2014') && !a.published!.startsWith('2015'));
    expect(moved.length).toBeGreaterThan(articles.length / 2);
  });
});

describe('isSourceFile', () => {
  test('isSourceFile(path) takes the seeds and the dispute articles, never the holdout or the gold', () => {
    expect(isSourceFile('seeds/000_0aadf95a2081af90.txt')).toBe(true);
    expect(isSourceFile('seeds/corpus.json')).toBe(true);
    expect(isSourceFile('test/disputes/us-china-tariffs-2018/usc-1-meridian-wire.txt')).toBe(true);
    expect(isSourceFile('test/disputes/huawei-entity-list-2019/hw-3-techledger.html')).toBe(true);
    expect(isSourceFile('test/disputes/us-china-tariffs-2018/gold.json')).toBe(false);
    expect(isSourceFile('test/disputes-holdout/canada-china-canola-2019/a.txt')).toBe(false);
    expect(isSourceFile('test/disputes/README.md')).toBe(false);
  });
});
