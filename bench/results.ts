/**
 * What `npm run bench` measured → bench/results/latest.json and the table printed after a run
 * (the same table as in the README). Pure: figures in, JSON and text out, so a test can check the
 * keys without timing anything.
 *
 * The stable keys (other tools and the README read them; never rename them):
 *   extract.mbPerSec, extract.docsPerSec           1 core, whole pipeline, on 1,000 articles
 *   extract.workers2.mbPerSec                      the same on 2 worker threads
 *   baseline.compromise.mbPerSec, ratio.vsCompromise
 *   merge.shards10Ms
 *   browser.seedsToChartsMs, browser.corpus10k.extractMs, browser.corpus10k.longestTaskMs
 *   browser.redrawMs.1k / 10k / 100k
 * A figure that could not be measured is null, with the reason in `errors`.
 */
import type { DropResult } from './browser/drop.js';
import type { RedrawResult } from './browser/redraw.js';
import type { BrowserFigures, RedrawSize } from './browser/run-browser.js';
import type { CompromiseResult } from './node/compromise.js';
import type { ExtractResult } from './node/extract.js';
import type { MergeResult } from './node/merge.js';
import { round, summarize, type Summary } from './stats.js';

export const RESULTS_FORMAT = 'reprisal-bench/1';

/** The corpus size the headline figures and the compromise ratio are measured on. */
export const HEADLINE_SIZE = 1000;

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  platform: string;
  /** The 1, 5 and 15-minute load averages when the run began: other work on the machine slows every figure. */
  loadAverage: number[];
}

export interface BenchInput {
  mode: 'full' | 'quick';
  date: string;
  machine: Machine;
  node: string;
  seed: number;
  /** Every extraction measured: in this thread (workers 0) and on worker threads, at each size. */
  extract: ExtractResult[];
  compromise?: CompromiseResult;
  merge?: MergeResult;
  browser?: BrowserFigures;
  errors: { step: string; message: string }[];
  /** The whole run, seconds. */
  seconds: number;
}

/** Median, min and max of a measure, rounded. */
export interface Spread {
  median: number;
  min: number;
  max: number;
}

export interface SizeFigures {
  articles: number;
  mb: number;
  runs: number;
  ms: Spread;
  mbPerSec: Spread;
  docsPerSec: Spread;
  msPerDoc: number;
  /** Per-document extraction and the corpus-wide assembly (dedup, links, actors), median ms. */
  documentsMs: number;
  assembleMs: number;
  /** The warm-up run (the first 200 documents, 1,000 for the largest corpus), ms. */
  warmupMs: number;
  heapPeakMb: number;
  maxRssMb: number;
  events: number;
  links: number;
}

export interface Target {
  id: string;
  label: string;
  target: string;
  value: number | null;
  unit: string;
  /** null: not measured. */
  met: boolean | null;
}

export interface BenchResults {
  format: typeof RESULTS_FORMAT;
  mode: 'full' | 'quick';
  date: string;
  machine: Machine & { chromium: string | null };
  node: string;
  seed: number;
  seconds: number;
  extract: {
    articles: number;
    mbPerSec: number | null;
    docsPerSec: number | null;
    bySize: Record<string, SizeFigures>;
    /** Time per article at 10,000 articles over that at 1,000: 1 is linear. */
    scaling10kVs1k: number | null;
    workers2: { articles: number; mbPerSec: number | null; docsPerSec: number | null; bySize: Record<string, SizeFigures> };
  };
  baseline: { compromise: { articles: number; mbPerSec: number | null; docsPerSec: number | null; runs: Spread | null; version: string | null; found: CompromiseResult['found'] | null } };
  ratio: { vsCompromise: number | null; workers2VsOne: number | null };
  merge: { shards10Ms: number | null; articles: number | null; shards: number | null; runs: Spread | null; shardMb: number | null; events: number | null };
  browser: {
    seedsToChartsMs: number | null;
    seeds: { runs: Spread; domContentLoadedMs: number; firstDrawMs: Record<string, number> } | null;
    corpus10k: { articles: number | null; mb: number | null; extractMs: number | null; extractedMs: number | null; longestTaskMs: number | null; longTasks: number | null; caption: string | null };
    redrawMs: Record<RedrawSize, number | null>;
    redraw: Partial<Record<RedrawSize, { events: number; frameMs: Spread; scriptMs: Spread; loadMs: number; longestTaskMs: number; perView: RedrawResult['perView'] }>>;
    error: string | null;
  };
  targets: Target[];
  errors: { step: string; message: string }[];
}

const spread = (s: Summary, digits = 3): Spread => ({ median: round(s.median, digits), min: round(s.min, digits), max: round(s.max, digits) });

export function sizeFigures(r: ExtractResult): SizeFigures {
  const mb = r.bytes / 1e6;
  const ms = r.runs.map((x) => x.ms);
  const median = (values: number[]) => summarize(values).median;
  return {
    articles: r.size,
    mb: round(mb),
    runs: r.runs.length,
    ms: spread(summarize(ms)),
    mbPerSec: spread(summarize(ms.map((t) => mb / (t / 1000)))),
    docsPerSec: spread(summarize(ms.map((t) => r.size / (t / 1000)))),
    msPerDoc: round(median(ms) / r.size),
    documentsMs: round(median(r.runs.map((x) => x.docsMs))),
    assembleMs: round(median(r.runs.map((x) => x.assembleMs))),
    warmupMs: round(r.coldMs),
    heapPeakMb: round(Math.max(...r.runs.map((x) => x.heapPeakMb))),
    maxRssMb: round(r.maxRssMb),
    events: r.events,
    links: r.links,
  };
}

export function benchResults(input: BenchInput): BenchResults {
  const bySize = (workers: number) => Object.fromEntries(input.extract.filter((r) => r.workers === workers && r.runs.length).sort((a, b) => a.size - b.size).map((r) => [String(r.size), sizeFigures(r)]));
  const one = bySize(0);
  const two = bySize(2);
  const head = one[HEADLINE_SIZE];
  const head2 = two[HEADLINE_SIZE];
  const c = input.compromise;
  const cMbPerSec = c && c.runs.length ? spread(summarize(c.runs.map((t) => c.bytes / 1e6 / (t / 1000)))) : null;
  const ratio = (a: number | undefined | null, b: number | undefined | null) => (a != null && b ? round(a / b) : null);
  const m = input.merge;
  const b = input.browser;
  const redrawMs = { '1k': null, '10k': null, '100k': null } as Record<RedrawSize, number | null>;
  const redraw: BenchResults['browser']['redraw'] = {};
  for (const [key, r] of Object.entries(b?.redraw ?? {}) as [RedrawSize, RedrawResult][]) {
    redrawMs[key] = round(r.frameMs.median);
    redraw[key] = { events: r.events, frameMs: spread(r.frameMs), scriptMs: spread(r.scriptMs), loadMs: round(r.loadMs), longestTaskMs: round(r.longestTaskMs), perView: r.perView };
  }
  const drop: DropResult | undefined = b?.drop;
  const browserErrors = input.errors.filter((e) => e.step.startsWith('browser')).concat(b?.errors ?? []);

  const results: BenchResults = {
    format: RESULTS_FORMAT,
    mode: input.mode,
    date: input.date,
    machine: { ...input.machine, chromium: b?.chromium ?? null },
    node: input.node,
    seed: input.seed,
    seconds: Math.round(input.seconds),
    extract: {
      articles: HEADLINE_SIZE,
      mbPerSec: head?.mbPerSec.median ?? null,
      docsPerSec: head?.docsPerSec.median ?? null,
      bySize: one,
      scaling10kVs1k: one['10000'] && head ? round(one['10000'].msPerDoc / head.msPerDoc) : null,
      workers2: { articles: HEADLINE_SIZE, mbPerSec: head2?.mbPerSec.median ?? null, docsPerSec: head2?.docsPerSec.median ?? null, bySize: two },
    },
    baseline: {
      compromise: {
        articles: c?.size ?? HEADLINE_SIZE,
        mbPerSec: cMbPerSec?.median ?? null,
        docsPerSec: c && c.runs.length ? round(c.size / (summarize(c.runs).median / 1000)) : null,
        runs: c && c.runs.length ? spread(summarize(c.runs)) : null,
        version: c?.version ?? null,
        found: c?.found ?? null,
      },
    },
    ratio: { vsCompromise: ratio(head?.mbPerSec.median, cMbPerSec?.median), workers2VsOne: ratio(head2?.mbPerSec.median, head?.mbPerSec.median) },
    merge: {
      shards10Ms: m && m.runs.length ? round(summarize(m.runs).median) : null,
      articles: m?.size ?? null,
      shards: m?.shards ?? null,
      runs: m && m.runs.length ? spread(summarize(m.runs)) : null,
      shardMb: m ? round(m.shardBytes / 1e6) : null,
      events: m?.events ?? null,
    },
    browser: {
      seedsToChartsMs: b?.seeds ? round(b.seeds.toChartsMs.median) : null,
      seeds: b?.seeds ? { runs: spread(b.seeds.toChartsMs), domContentLoadedMs: round(b.seeds.domContentLoadedMs.median), firstDrawMs: Object.fromEntries(Object.entries(b.seeds.firstDrawMs).map(([k, v]) => [k, round(v)])) } : null,
      corpus10k: {
        articles: drop?.articles ?? null,
        mb: drop ? round(drop.bytes / 1e6) : null,
        extractMs: drop ? round(drop.drawnMs) : null,
        extractedMs: drop ? round(drop.extractedMs) : null,
        longestTaskMs: drop ? round(drop.longestTaskMs) : null,
        longTasks: drop?.longTasks ?? null,
        caption: drop?.caption ?? null,
      },
      redrawMs,
      redraw,
      error: browserErrors.length ? browserErrors.map((e) => `${e.step}: ${e.message}`).join('\n') : null,
    },
    targets: [],
    errors: [...input.errors, ...(b?.errors ?? [])],
  };
  results.targets = targetsOf(results);
  return results;
}

function target(id: string, label: string, goal: string, value: number | null, unit: string, met: (v: number) => boolean): Target {
  return { id, label, target: goal, value, unit, met: value == null ? null : met(value) };
}

export function targetsOf(r: BenchResults): Target[] {
  const drop = r.browser.corpus10k;
  const dropFull = drop.articles === 10_000;
  return [
    target('extract.mbPerSec', 'Extraction on one core', '≥ 5 MB/s', r.extract.mbPerSec, 'MB/s', (v) => v >= 5),
    target('ratio.vsCompromise', 'Reprisal / compromise', '≥ 35×', r.ratio.vsCompromise, '×', (v) => v >= 35),
    target('extract.scaling10kVs1k', 'Time per article, 10,000 vs 1,000 articles', '≤ 1.25× (near-linear)', r.extract.scaling10kVs1k, '×', (v) => v <= 1.25),
    target('ratio.workers2VsOne', '2 workers / one core', '≥ 1.7×', r.ratio.workers2VsOne, '×', (v) => v >= 1.7),
    target('browser.seedsToChartsMs', 'Seeds: navigation → three charts drawn', '≤ 1,000 ms', r.browser.seedsToChartsMs, 'ms', (v) => v <= 1000),
    // The 10,000-article targets only count when 10,000 articles were dropped (not in --quick).
    target('browser.corpus10k.extractMs', '10,000 articles dropped → extracted and drawn', '≤ 10,000 ms', dropFull ? drop.extractMs : null, 'ms', (v) => v <= 10_000),
    target('browser.corpus10k.longestTaskMs', 'Longest main-thread task meanwhile', '≤ 50 ms', dropFull ? drop.longestTaskMs : null, 'ms', (v) => v <= 50),
    target('browser.redrawMs.10k', 'Filter change: all views redrawn at 10k events', '≤ 50 ms', r.browser.redrawMs['10k'], 'ms', (v) => v <= 50),
  ];
}

const num = (v: number | null | undefined, digits = 3) => (v == null ? '—' : round(v, digits).toLocaleString('en'));
const ms = (v: number | null | undefined) => (v == null ? '—' : v >= 10_000 ? `${num(v / 1000)} s` : `${Math.round(v).toLocaleString('en')} ms`);
const range = (s: Spread | null | undefined, f: (v: number) => string) => (s ? `${f(s.min)} – ${f(s.max)}` : '');
const count = (n: number) => n.toLocaleString('en');

/** The results as a Markdown table, with a line saying on what and when they were measured. */
export function benchTable(r: BenchResults): string {
  const rows: [string, string, string, string, string][] = [];
  const met = (id: string) => {
    const t = r.targets.find((x) => x.id === id);
    return t ? [t.target, t.met == null ? 'not measured' : t.met ? 'met' : '**missed**'] as const : ['', ''] as const;
  };
  const row = (measure: string, median: string, spreadText: string, id?: string) => rows.push([measure, median, spreadText, ...(id ? met(id) : (['', ''] as const))]);

  for (const [label, sizes] of [['1 core', r.extract.bySize], ['2 workers', r.extract.workers2.bySize]] as const) {
    for (const s of Object.values(sizes)) {
      const id = s.articles === HEADLINE_SIZE && label === '1 core' ? 'extract.mbPerSec' : undefined;
      row(`Extraction, ${label}, ${count(s.articles)} articles (${num(s.mb)} MB)`, `${num(s.mbPerSec.median)} MB/s · ${num(s.docsPerSec.median)} docs/s · RSS ${num(s.maxRssMb)} MB`, `${range(s.mbPerSec, (v) => num(v))} MB/s (${s.runs} ${s.runs === 1 ? 'run' : 'runs'})`, id);
    }
  }
  const perDoc = Object.values(r.extract.bySize).map((s) => `${num(s.msPerDoc)} ms`).join(' / ');
  if (Object.keys(r.extract.bySize).length > 1) row(`Time per article at ${Object.keys(r.extract.bySize).map((k) => count(Number(k))).join(' / ')} articles (per-document + assembly)`, perDoc, '', 'extract.scaling10kVs1k');
  if (r.ratio.workers2VsOne != null) row('2 workers / one core, 1,000 articles', `${num(r.ratio.workers2VsOne)}×`, '', 'ratio.workers2VsOne');
  const c = r.baseline.compromise;
  row(`compromise ${c.version ?? ''} (organisations, places, people), ${count(c.articles)} articles`.replace('  ', ' '), c.mbPerSec == null ? '—' : `${num(c.mbPerSec)} MB/s · ${num(c.docsPerSec)} docs/s`, range(c.runs, ms));
  row('Reprisal / compromise, same 1,000 articles', r.ratio.vsCompromise == null ? '—' : `${num(r.ratio.vsCompromise)}×`, '', 'ratio.vsCompromise');
  row(`Merge: ${r.merge.articles == null ? '' : `${count(r.merge.articles)} articles in `}${r.merge.shards ?? 10} shards (reprisal merge)`, ms(r.merge.shards10Ms), range(r.merge.runs, ms));
  const b = r.browser;
  row('Browser: navigation → three charts on the seeds', ms(b.seedsToChartsMs), range(b.seeds?.runs, ms), 'browser.seedsToChartsMs');
  const dropped = b.corpus10k.articles == null ? '10,000' : count(b.corpus10k.articles);
  const dropFull = b.corpus10k.articles === 10_000;
  row(`Browser: ${dropped} articles dropped → extracted and drawn`, ms(b.corpus10k.extractMs), b.corpus10k.extractedMs == null ? '' : `extracted at ${ms(b.corpus10k.extractedMs)}`, dropFull ? 'browser.corpus10k.extractMs' : undefined);
  row('Browser: longest main-thread task meanwhile', ms(b.corpus10k.longestTaskMs), b.corpus10k.longTasks == null ? '' : `${b.corpus10k.longTasks} tasks over 50 ms`, dropFull ? 'browser.corpus10k.longestTaskMs' : undefined);
  for (const key of ['1k', '10k', '100k'] as const) {
    const d = b.redraw[key];
    const slowest = d ? Object.entries(d.perView).sort((x, y) => y[1]!.frameMs - x[1]!.frameMs)[0] : undefined;
    row(`Browser: filter change → all views redrawn, ${key} events`, ms(b.redrawMs[key]), d ? `${range(d.frameMs, ms)}${slowest ? `; slowest alone: ${slowest[0]} ${ms(slowest[1]!.frameMs)}` : ''}` : '', key === '10k' ? 'browser.redrawMs.10k' : undefined);
  }

  const m = r.machine;
  const head = `Reprisal benchmarks (${r.mode} run), ${r.date.slice(0, 10)}: ${m.cpu}, ${m.cores} cores, ${num(m.memoryGb)} GB, ${m.platform}, load average ${m.loadAverage.map((l) => num(l, 2)).join(' / ')} at the start; Node ${r.node}${m.chromium ? `; Chromium ${m.chromium}` : ''}. Medians of several runs after a warm-up.`;
  const lines = [head, '', '| Measure | Median | Spread (min – max) | Target | |', '|---|---|---|---|---|', ...rows.map((cells) => `| ${cells.join(' | ')} |`)];
  if (r.errors.length) lines.push('', ...r.errors.map((e) => `Not measured: ${e.step}: ${e.message.split('\n')[0]}`));
  return `${lines.join('\n')}\n`;
}
