import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readFolder } from '../../src/cli/files.js';
import { buildCorpus } from '../../src/corpus/corpus.js';
import { extract } from '../../src/extract/pipeline.js';
import { expectGolden } from '../support/golden.js';
import { SHARED, scoreEvents } from '../support/score.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const seeds = join(root, 'seeds');

describe('extract(seeds)', () => {
  const file = extract(buildCorpus(readFolder(seeds).files).docs);

  it('extract(seeds) matches its golden events file', () => {
    expectGolden(join(root, 'test/output/seeds.events.json'), `${JSON.stringify(file, null, 2)}\n`);
  });

  it('extract(seeds) meets the bounds CI holds it to', async () => {
    const gold = JSON.parse(readFileSync(join(SHARED, 'gold/seeds.gold.json'), 'utf8'));
    const s = await scoreEvents(gold, file, seeds);
    expect(s.detect.f1).toBeGreaterThanOrEqual(0.8);
    expect(s.full.f1).toBeGreaterThanOrEqual(0.65);
    expect(s.dedup.share).toBeGreaterThanOrEqual(0.75);
    expect(s.date.share).toBeGreaterThanOrEqual(0.8);
    expect(s.links.f1).toBeGreaterThanOrEqual(0.5);
  });

  it('extract(seeds) finds the push on IBM in all five articles as one event', () => {
    const ibm = file.events.filter((e) => e.type === 'SANCTION' && e.target.includes('USA.BUS.IBM'));
    const docs = new Set(ibm.flatMap((e) => e.mentions.map((m) => m.doc)));
    expect(docs.size).toBe(5);
  });

  it('extract(seeds) keeps every mention true to its text', () => {
    const texts = Object.fromEntries(buildCorpus(readFolder(seeds).files).docs.map((d) => [d.id, d.text]));
    for (const e of file.events) for (const m of e.mentions) expect(texts[m.doc]!.slice(m.start, m.end)).toBe(m.text);
  });

  it('extract(seeds) leaves the reader comments of 001 alone', () => {
    const doc = file.documents.find((d) => d.id === '001_18338ec7fbeff6bb')!;
    const comments = doc.excluded!.find((x) => x.reason === 'reader comments')!;
    const inComments = file.events.flatMap((e) => e.mentions).filter((m) => m.doc === doc.id && m.start >= comments.start);
    expect(inComments).toEqual([]);
  });
});
