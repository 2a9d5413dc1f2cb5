/**
 * The generalisation check: articles about other disputes, written for these tests with a hand-made
 * gold file each (test/disputes), and three more kept apart to measure, never to tune rules on
 * (test/disputes-holdout). The floors stop regressions; the figures are reported in closing notes.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readFolder } from '../../src/cli/files.js';
import { buildCorpus } from '../../src/corpus/corpus.js';
import { extract } from '../../src/extract/pipeline.js';
import { scoreEvents } from '../support/score.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const folders = ['test/disputes', 'test/disputes-holdout'].flatMap((base) =>
  readdirSync(join(root, base))
    .map((d) => join(base, d))
    .filter((d) => statSync(join(root, d)).isDirectory()),
);

describe('extract(dispute folders)', () => {
  it('has at least five disputes of our own', () => {
    expect(folders.length).toBeGreaterThanOrEqual(5);
  });
  it.each(folders)('%s stays above its floor', async (folder) => {
    const dir = join(root, folder);
    const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8'));
    const file = extract(buildCorpus(readFolder(dir).files).docs);
    const s = await scoreEvents(gold, file, dir);
    expect(s.detect.f1 ?? 0).toBeGreaterThanOrEqual(0.45);
    expect(s.full.f1 ?? 0).toBeGreaterThanOrEqual(0.3);
    expect(s.date.share ?? 0).toBeGreaterThanOrEqual(0.45);
  });
});
