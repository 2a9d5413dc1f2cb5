import { describe, expect, test } from 'vitest';
import type { RedrawResult } from '../../bench/browser/redraw.js';
import type { BrowserFigures } from '../../bench/browser/run-browser.js';
import type { ExtractResult } from '../../bench/node/extract.js';
import { benchResults, benchTable, type BenchInput } from '../../bench/results.js';
import { summarize } from '../../bench/stats.js';

// Figures as the drivers report them (made up, not measured: the results are a pure function of them).
const extractRun = (size: number, workers: number, ms: number[]): ExtractResult => ({
  size,
  workers,
  bytes: size * 4000,
  readMs: 10,
  coldMs: 100,
  runs: ms.map((t) => ({ ms: t, docsMs: t * 0.6, assembleMs: t * 0.4, heapPeakMb: 50 + size / 100 })),
  events: size * 9,
  links: size * 3,
  heapCorpusMb: 20,
  maxRssMb: 200,
});

const redraw = (events: number, frames: number[]): RedrawResult => ({
  events,
  frameMs: summarize(frames),
  scriptMs: summarize(frames.map((f) => f / 2)),
  loadMs: 300,
  perView: { network: { frameMs: frames[0]!, loadMs: 100, label: 'network', elements: 40 } },
  longestTaskMs: 60,
});

const browser: BrowserFigures = {
  chromium: '120.0',
  seeds: { toChartsMs: summarize([900, 800, 1000]), domContentLoadedMs: summarize([200, 210, 220]), firstDrawMs: { network: 700, timeline: 750, chains: 780 } },
  drop: { articles: 10_000, bytes: 44e6, extractedMs: 8000, drawnMs: 9000, longestTaskMs: 48, longTasks: 0, caption: '10,005 documents' },
  redraw: { '1k': redraw(1000, [10, 12, 14]), '10k': redraw(10_000, [40, 60, 80]), '100k': redraw(100_000, [400, 500]) },
  errors: [],
};

const input = (over: Partial<BenchInput> = {}): BenchInput => ({
  mode: 'full',
  date: '2026-01-02T03:04:05.000Z',
  machine: { cpu: 'Test CPU', cores: 2, memoryGb: 8, platform: 'Linux x64', loadAverage: [0.5, 0.4, 0.3] },
  node: 'v20.19.0',
  seed: 1,
  // 1,000 articles of 4 KB (4 MB) in a median of 800 ms: 5 MB/s; 10,000 in 10 s: 1.25× the time per article.
  extract: [extractRun(100, 0, [100, 90, 110]), extractRun(1000, 0, [800, 700, 900]), extractRun(10_000, 0, [10_000]), extractRun(1000, 2, [500, 450, 550])],
  compromise: { size: 1000, bytes: 4e6, runs: [40_000], found: { organizations: 1, places: 2, people: 3 }, version: '14', maxRssMb: 100 },
  merge: { size: 10_000, shards: 10, shardBytes: 3e7, shardMs: 0, runs: [3000, 2500, 3500], events: 90_000, maxRssMb: 400 },
  browser,
  errors: [],
  seconds: 600.4,
  ...over,
});

const at = (value: unknown, path: string[]): unknown => path.reduce<unknown>((v, key) => (v && typeof v === 'object' && key in v ? (v as Record<string, unknown>)[key] : undefined), value);
const STABLE = [
  'extract.mbPerSec',
  'extract.docsPerSec',
  'extract.workers2.mbPerSec',
  'baseline.compromise.mbPerSec',
  'ratio.vsCompromise',
  'merge.shards10Ms',
  'browser.seedsToChartsMs',
  'browser.corpus10k.extractMs',
  'browser.corpus10k.longestTaskMs',
  'browser.redrawMs.1k',
  'browser.redrawMs.10k',
  'browser.redrawMs.100k',
].map((k) => k.split('.'));

describe('benchResults', () => {
  test('benchResults(input) gives every stable key, from the 1,000-article medians', () => {
    const r = benchResults(input());
    for (const path of STABLE) expect(typeof at(r, path), path.join('.')).toBe('number');
    expect(r.extract.mbPerSec).toBe(5);
    expect(r.extract.docsPerSec).toBe(1250);
    expect(r.extract.workers2.mbPerSec).toBe(8);
    expect(r.baseline.compromise.mbPerSec).toBe(0.1);
    expect(r.ratio.vsCompromise).toBe(50);
    expect(r.ratio.workers2VsOne).toBe(1.6);
    expect(r.extract.scaling10kVs1k).toBe(1.25);
    expect(r.merge.shards10Ms).toBe(3000);
    expect(r.browser.redrawMs).toEqual({ '1k': 12, '10k': 60, '100k': 450 });
    expect(r.extract.bySize['1000']!.mbPerSec).toEqual({ median: 5, min: 4.44, max: 5.71 });
    expect(Object.keys(r.extract.bySize)).toEqual(['100', '1000', '10000']);
    expect(r.machine).toMatchObject({ cpu: 'Test CPU', cores: 2, memoryGb: 8, chromium: '120.0' });
    expect(r.browser.error).toBeNull();
    // Survives a round trip through JSON unchanged (no undefined, no NaN).
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  test('benchResults(input) marks each target met or missed by its figure', () => {
    const met = Object.fromEntries(benchResults(input()).targets.map((t) => [t.id, t.met]));
    expect(met).toEqual({
      'extract.mbPerSec': true,
      'ratio.vsCompromise': true,
      'extract.scaling10kVs1k': true,
      'ratio.workers2VsOne': false,
      'browser.seedsToChartsMs': true,
      'browser.corpus10k.extractMs': true,
      'browser.corpus10k.longestTaskMs': true,
      'browser.redrawMs.10k': false,
    });
  });

  test('a browser that failed keeps the Node figures, with null browser keys and the error', () => {
    const r = benchResults(input({ browser: undefined, errors: [{ step: 'browser', message: 'Chromium did not start' }] }));
    expect(r.extract.mbPerSec).toBe(5);
    for (const path of STABLE.filter((p) => p[0] === 'browser')) expect(at(r, path), path.join('.')).toBeNull();
    expect(r.browser.error).toContain('Chromium did not start');
    expect(r.targets.find((t) => t.id === 'browser.seedsToChartsMs')!.met).toBeNull();
    expect(benchTable(r)).toContain('Not measured: browser: Chromium did not start');
  });

  test('a quick run (1,000 articles dropped) does not count towards the 10,000-article targets', () => {
    const r = benchResults(input({ mode: 'quick', extract: [extractRun(1000, 0, [800])], browser: { ...browser, drop: { ...browser.drop!, articles: 1000 } } }));
    expect(r.browser.corpus10k.articles).toBe(1000);
    expect(r.browser.corpus10k.extractMs).toBe(9000);
    expect(r.targets.find((t) => t.id === 'browser.corpus10k.extractMs')!.met).toBeNull();
    expect(r.extract.scaling10kVs1k).toBeNull();
    expect(r.ratio.workers2VsOne).toBeNull();
  });
});

describe('benchTable', () => {
  test('benchTable(results) is a Markdown table with the machine and a row per measure', () => {
    const table = benchTable(benchResults(input()));
    const lines = table.trim().split('\n');
    expect(lines[0]).toContain('Test CPU, 2 cores, 8 GB');
    expect(lines[0]).toContain('2026-01-02');
    const rows = lines.filter((l) => l.startsWith('| ') && !l.startsWith('| Measure'));
    expect(rows.every((l) => l.split(' | ').length === 5)).toBe(true);
    expect(table).toMatch(/\| Extraction, 1 core, 1,000 articles \(4 MB\) \| 5 MB\/s · 1,250 docs\/s · RSS 200 MB \| 4.44 – 5.71 MB\/s \(3 runs\) \| ≥ 5 MB\/s \| met \|/);
    expect(table).toMatch(/\| 2 workers \/ one core, 1,000 articles \| 1.6× \|\s+\| ≥ 1.7× \| \*\*missed\*\* \|/);
    expect(table).toMatch(/10,000 articles dropped → extracted and drawn \| 9,000 ms/);
    expect(table).not.toContain('Not measured');
  });
});
